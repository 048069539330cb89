import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * TO (cash report): one user's shift at the counter — the float the drawer opened with, and the cash
 * counted at closing. What was received and refunded meanwhile is not copied here: it is the ledger's
 * rows by that user within the shift (one ledger for money).
 */
@Entity('counter_sessions')
@Index('counter_sessions_one_open_per_user', ['ticketingId', 'userId'], { unique: true, where: 'closed_at IS NULL' })
@Index(['ticketingId', 'openedAt'])
@Check('counter_sessions_float_check', `opening_float >= 0`)
@Check('counter_sessions_counted_check', `counted_cash IS NULL OR counted_cash >= 0`)
export class CounterSession {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  userId: string;

  @Column('text')
  userLabel: string;

  @Column('char', { length: 3 })
  currency: string;

  /** Cash in the drawer at opening, in minor units. */
  @Column('integer')
  openingFloat: number;

  @Column('timestamptz')
  openedAt: Date;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  /** Cash counted in the drawer at closing. */
  @Column('integer', { nullable: true })
  countedCash: number | null;

  @Column('text', { nullable: true })
  closingNote: string | null;
}
