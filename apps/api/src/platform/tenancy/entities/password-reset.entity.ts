import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A link that lets an organizer user choose a new password (forgotten, or locked out): single use, short-lived. */
@Entity('password_resets')
export class PasswordReset {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  /** SHA-256 of the link's token (an HMAC of the id: see link-tokens.ts); the token itself is never stored. */
  @Index({ unique: true })
  @Column('text')
  tokenHash: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  /** When the link was used, or replaced by a newer one: it opens nothing after. */
  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}
