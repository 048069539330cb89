import type { GroupSales, SalesGroup } from '../orders';

/** One group's line of a sales report (an event, a date, a price or a channel), in one currency (minor units). */
export interface SalesReportLine extends SalesGroup {
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
  sales: GroupSales[];
  commission: (SalesGroup & { currency: string; amount: number })[];
  refunds: { orderId: string; currency: string; amount: number }[];
  shares: (SalesGroup & { orderId: string; amount: number })[];
}

export interface SalesReport {
  lines: SalesReportLine[];
  /** Refunds of orders without tickets that sold for anything (gift vouchers bought alone), per currency. */
  otherRefunds: Map<string, number>;
}

/**
 * Assembles a sales report by group (ORD-15, PLT-7). A refund belongs to an order, not to a group: it
 * is shared out over the order's groups in proportion to what their tickets sold for, by largest
 * remainder so the shares add up to the refund exactly. Lines keep the order of the sales, then
 * groups known only from refunds or commission.
 */
export function salesReport(input: ReportInputs): SalesReport {
  const lines = new Map<string, SalesReportLine>();
  const line = (group: SalesGroup, currency: string): SalesReportLine => {
    const k = `${group.key}|${currency}`;
    let found = lines.get(k);
    if (!found) {
      const { key, label, eventId, eventName, startsAt } = group;
      found = {
        key,
        label,
        eventId,
        eventName,
        startsAt,
        currency,
        soldTickets: 0,
        cancelledTickets: 0,
        invitationTickets: 0,
        sold: 0,
        cancelled: 0,
        refunds: 0,
        commission: 0,
      };
      lines.set(k, found);
    }
    return found;
  };

  for (const s of input.sales) {
    Object.assign(line(s, s.currency), {
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
    shares.forEach((s, i) => (line(s, r.currency).refunds += parts[i]));
  }

  for (const c of input.commission) line(c, c.currency).commission += c.amount;

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
