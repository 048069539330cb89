import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '../../../platform/documents/words';

/**
 * A customer's login at one shop (one ticketing): an organizer's customers are theirs, so the same
 * email may hold an account in several shops, each with its own password (ADR 0029). Not an
 * organizer user: it opens only the shop's `/account` routes.
 */
@Entity('customer_accounts')
@Index(['ticketingId', 'email'], { unique: true })
@Check('customer_accounts_language_check', `language IN ('fr','de','it','en')`)
export class CustomerAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  /** Lower-case, so one account per address whatever the case it is typed in. */
  @Column('text')
  email: string;

  /** bcrypt. */
  @Column('text')
  passwordHash: string;

  @Column('text')
  firstName: string;

  @Column('text')
  lastName: string;

  /** Its emails are written in it. */
  @Column('text')
  language: Language;

  /** When the owner of the address opened the confirmation link; no login before. */
  @Column('timestamptz', { nullable: true })
  confirmedAt: Date | null;

  /** Wrong passwords in a row since the last good one (the login is refused for a while past a limit). */
  @Column('integer', { default: 0 })
  failedLogins: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @Column('timestamptz')
  createdAt: Date;
}
