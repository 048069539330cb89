import { Check, Column, Entity, Index } from 'typeorm';
import { LedgerEntry } from './ledger-entry';

/** Money given back for an order: appended, never edited (a pending one settles once). */
@Entity('refunds')
@Index(['ticketingId', 'orderId'])
// A clerk's shift: what they received or gave back (the cash report, counter_sessions).
@Index('refunds_by_clerk', ['ticketingId', 'actorId', 'at'])
@Check('refunds_amount_check', `amount > 0`)
@Check('refunds_method_check', `method IN ('cash','card','bank_transfer','gift_voucher','other')`)
@Check('refunds_status_check', `status IN ('pending','succeeded','failed')`)
export class Refund extends LedgerEntry {
  /** The payment this gives back, when there is one (a card refund goes to the card it came from). */
  @Column('uuid', { nullable: true })
  paymentId: string | null;

  /** Why the money goes back, as the organizer wrote it (for revenue reports). */
  @Column('text', { nullable: true })
  reason: string | null;
}
