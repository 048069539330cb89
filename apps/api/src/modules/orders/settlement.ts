/** How the ticket office received what a reserved order owed. */
export const SETTLEMENT_METHODS = ['cash', 'card', 'bank_transfer', 'other'] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];
