import { Check, Column, Entity, Index } from 'typeorm';
import { LedgerEntry } from './ledger-entry';

/** One payment attempt for an order: appended, never edited (a pending one settles once). */
@Entity('payments')
@Index(['ticketingId', 'orderId'])
// A clerk's shift: what they received or gave back (the cash report, counter_sessions).
@Index('payments_by_clerk', ['ticketingId', 'actorId', 'at'])
@Check('payments_amount_check', `amount > 0`)
@Check('payments_method_check', `method IN ('cash','card','bank_transfer','gift_voucher','other')`)
@Check('payments_status_check', `status IN ('pending','succeeded','failed')`)
@Check('payments_cash_given_check', `cash_given IS NULL OR (method = 'cash' AND cash_given >= amount)`)
export class Payment extends LedgerEntry {
  /** TO-5 (ADR 0040): the cash handed over at the counter for this cash payment, when said; the change is what it exceeds the amount by. */
  @Column('integer', { nullable: true })
  cashGiven: number | null;
}
