import type { components } from '@guichet/api-client';

type Order = components['schemas']['OrderResponse'];
type Payment = components['schemas']['PaymentResponse'];
type Refund = components['schemas']['RefundResponse'];

/** One row of an order's ledger: a payment, or a refund (money going back to the customer). */
export type LedgerLine = (Payment & { kind: 'payment'; reason?: undefined }) | (Refund & { kind: 'refund' });

/** Payments and refunds in one list, oldest first (a refund at the same instant as its payment comes after it). */
export function ledgerLines(order: Pick<Order, 'payments' | 'refunds'>): LedgerLine[] {
  const lines: LedgerLine[] = [
    ...order.payments.map((p) => ({ ...p, kind: 'payment' as const })),
    ...order.refunds.map((r) => ({ ...r, kind: 'refund' as const })),
  ];
  return lines.sort((a, b) => a.at.localeCompare(b.at) || (a.kind === b.kind ? 0 : a.kind === 'payment' ? -1 : 1));
}

/** What the organizer owes the customer back (a negative balance), or null when nothing is owed. */
export function amountToRefund(order: Pick<Order, 'balance'>): { amount: number; currency: string } | null {
  return order.balance.amount < 0 ? { amount: -order.balance.amount, currency: order.balance.currency } : null;
}
