import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A logged-in customer: the bearer token is random and only its hash is kept, so logging out (or a
 * password reset) revokes it on the server, not just in the browser.
 */
@Entity('customer_sessions')
@Index(['ticketingId', 'accountId'])
export class CustomerSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  accountId: string;

  /** SHA-256 of the bearer token, hex. */
  @Index({ unique: true })
  @Column('text')
  tokenHash: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
