import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An email asking a user without a password to choose one. Its link carries a token that only the
 * server can compute (see `link-tokens.ts`); only the token's hash is stored. It opens once,
 * until it expires, and a newer invitation to the same user replaces it.
 */
@Entity('invitations')
@Index(['ticketingId', 'userId'])
@Index('invitations_one_open_per_user', ['userId'], { unique: true, where: 'accepted_at IS NULL AND revoked_at IS NULL' })
export class Invitation {
  @PrimaryColumn('uuid')
  id: string;

  /** The ticketing the user was invited to (shown on the acceptance page). */
  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  userId: string;

  /** Who sent it, as they were named then. */
  @Column('uuid', { nullable: true })
  invitedById: string | null;

  @Column('text')
  invitedByName: string;

  /** SHA-256 of the token, hex. */
  @Index({ unique: true })
  @Column('text')
  tokenHash: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  /** Replaced by a newer invitation, or withdrawn when the membership was removed. */
  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
