/** The terms a ticketing's sales are charged by (ORD-15). */
export interface CommissionRate {
  /** Minor units per ticket. */
  fixedAmount: number;
  /** Basis points of the ticket's price. */
  rateBp: number;
  freeTickets: boolean;
}

export const NO_COMMISSION: CommissionRate = { fixedAmount: 0, rateBp: 0, freeTickets: false };

/**
 * What the platform takes on one ticket sold at `price` (minor units, after any discount): the fixed
 * part plus the share, the share rounded half up to the minor unit. A free ticket is charged nothing
 * unless the terms say so.
 */
export function commissionOf(terms: CommissionRate, price: number): number {
  if (price === 0 && !terms.freeTickets) return 0;
  return terms.fixedAmount + Math.floor((price * terms.rateBp + 5000) / 10000);
}
