import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const TRANSACTION_STATUSES = ['started', 'succeeded', 'failed'] as const;
/** started (the customer was sent to the provider's page), succeeded (authorised and captured), failed (with the bank's note). */
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/**
 * PAY-2: one attempt to pay an order online, as the provider reported it — every attempt, failed ones
 * included, with the note the bank returned. None at all means the customer never reached payment.
 * What was received is in the ledger (a payment row written with the success), not here.
 */
@Entity('payment_transactions')
@Index(['ticketingId', 'orderId', 'createdAt'])
// The provider's outcome names its session only: found without knowing the ticketing.
@Index('payment_transactions_session', ['provider', 'providerSession'], { unique: true })
@Check('payment_transactions_status_check', `status IN ('started','succeeded','failed')`)
@Check('payment_transactions_amount_check', `amount > 0`)
export class PaymentTransaction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  /** Which provider: `test` (built in) until a real acquirer is plugged in. */
  @Column('text')
  provider: string;

  @Column('text')
  providerSession: string;

  @Column('text')
  method: 'card';

  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  status: TransactionStatus;

  /** What the bank or the provider said (why it failed, or that it was authorised). */
  @Column('text', { nullable: true })
  note: string | null;

  @Column('text', { nullable: true })
  brand: string | null;

  @Column('text', { nullable: true })
  last4: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;
}
