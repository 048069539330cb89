import type { EventSales } from '../orders';

/** One event's line of the sales report, in one currency (minor units). */
export interface SalesReportLine {
  eventId: string;
  eventName: string;
  currency: string;
  soldTickets: number;
  cancelledTickets: number;
  /** Given away (ADR 0036): apart from the tickets sold, no revenue. */
  invitationTickets: number;
  sold: number;
  cancelled: number;
  refunds: number;
  commission: number;
}

export interface ReportInputs {
  sales: EventSales[];
  commission: { eventId: string; currency: string; amount: number }[];
  refunds: { orderId: string; currency: string; amount: number }[];
  shares: { orderId: string; eventId: string; eventName: string; amount: number }[];
}

export interface SalesReport {
  lines: SalesReportLine[];
  /** Refunds of orders without tickets that sold for anything (gift vouchers bought alone), per currency. */
  otherRefunds: Map<string, number>;
}

/**
 * Assembles the report by event (ORD-15). A refund belongs to an order, not to an event: it is shared
 * out over the order's events in proportion to what their tickets sold for, by largest remainder so
 * the shares add up to the refund exactly.
 */
export function salesReport(input: ReportInputs): SalesReport {
  const lines = new Map<string, SalesReportLine>();
  const key = (eventId: string, currency: string) => `${eventId}|${currency}`;
  const line = (eventId: string, eventName: string, currency: string): SalesReportLine => {
    const k = key(eventId, currency);
    let found = lines.get(k);
    if (!found) {
      found = { eventId, eventName, currency, soldTickets: 0, cancelledTickets: 0, invitationTickets: 0, sold: 0, cancelled: 0, refunds: 0, commission: 0 };
      lines.set(k, found);
    }
    return found;
  };

  for (const s of input.sales) {
    Object.assign(line(s.eventId, s.eventName, s.currency), {
      soldTickets: s.soldTickets,
      cancelledTickets: s.cancelledTickets,
      invitationTickets: s.invitationTickets,
      sold: s.soldAmount,
      cancelled: s.cancelledAmount,
    });
  }

  const sharesByOrder = new Map<string, ReportInputs['shares']>();
  for (const s of input.shares) sharesByOrder.set(s.orderId, [...(sharesByOrder.get(s.orderId) ?? []), s]);
  const otherRefunds = new Map<string, number>();
  for (const r of input.refunds) {
    const shares = (sharesByOrder.get(r.orderId) ?? []).filter((s) => s.amount > 0);
    if (!shares.length) {
      otherRefunds.set(r.currency, (otherRefunds.get(r.currency) ?? 0) + r.amount);
      continue;
    }
    const parts = shareOut(
      r.amount,
      shares.map((s) => s.amount),
    );
    shares.forEach((s, i) => (line(s.eventId, s.eventName, r.currency).refunds += parts[i]));
  }

  const names = new Map(input.sales.map((s) => [s.eventId, s.eventName]));
  for (const s of input.shares) if (!names.has(s.eventId)) names.set(s.eventId, s.eventName);
  for (const c of input.commission) line(c.eventId, names.get(c.eventId) ?? '', c.currency).commission += c.amount;

  return { lines: [...lines.values()], otherRefunds };
}

/** `total` split in proportion to `weights` (all > 0), in whole units that add up to `total` (largest remainder). */
export function shareOut(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}
