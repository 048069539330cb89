/** What the ledger says of one order: money received and money given back (succeeded rows only). */
export interface OrderLedger {
  paid: number;
  refunded: number;
}

export const EMPTY_LEDGER: OrderLedger = { paid: 0, refunded: 0 };

/**
 * An order's balance: what it costs, minus what was paid, plus what was given back. Positive: the
 * customer still owes it; negative: the organizer owes it back (e.g. a cancellation not yet refunded).
 */
export const balanceOf = (total: number, ledger: OrderLedger): number => total - ledger.paid + ledger.refunded;
