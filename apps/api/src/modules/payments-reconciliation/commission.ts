/** The terms a ticketing's sales are charged by (ORD-15); the charge itself is computed where it is written (`insertCommissionCharges`). */
export interface CommissionRate {
  /** Minor units per ticket. */
  fixedAmount: number;
  /** Basis points of the ticket's price. */
  rateBp: number;
  freeTickets: boolean;
}

export const NO_COMMISSION: CommissionRate = { fixedAmount: 0, rateBp: 0, freeTickets: false };
