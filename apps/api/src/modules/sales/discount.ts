import type { PromoCode } from './entities/promo-code.entity';

export interface PricedLine {
  eventId: string;
  priceId: string;
  unitAmount: number;
  quantity: number;
}

export interface DiscountedTicket {
  /** Index of the line the ticket comes from. */
  line: number;
  amount: number;
}

export type PromoRule = Pick<PromoCode, 'kind' | 'percent' | 'amount' | 'currency' | 'eventIds' | 'priceIds'>;

export type DiscountResult = { applies: true; tickets: DiscountedTicket[]; discount: number } | { applies: false; reason: 'no_eligible_ticket' | 'currency' };

/**
 * Spreads a promo code over a cart's tickets, in integer minor units. A percentage comes off each
 * eligible ticket (rounded half up); a fixed amount comes off the eligible tickets once per order,
 * in proportion to their price (largest remainder), never below zero. Every ticket keeps the exact
 * amount it is sold for, so later refunds and reports add up.
 */
export function applyPromo(rule: PromoRule, lines: PricedLine[], currency: string): DiscountResult {
  const tickets: (DiscountedTicket & { eligible: boolean })[] = lines.flatMap((l, line) =>
    Array.from({ length: l.quantity }, () => ({
      line,
      amount: l.unitAmount,
      eligible: l.unitAmount > 0 && (!rule.eventIds || rule.eventIds.includes(l.eventId)) && (!rule.priceIds || rule.priceIds.includes(l.priceId)),
    })),
  );
  const eligible = tickets.filter((t) => t.eligible);
  if (eligible.length === 0) return { applies: false, reason: 'no_eligible_ticket' };
  if (rule.kind === 'fixed_amount' && rule.currency !== currency) return { applies: false, reason: 'currency' };

  const before = eligible.reduce((s, t) => s + t.amount, 0);
  if (rule.kind === 'percentage') {
    for (const t of eligible) t.amount -= Math.round((t.amount * rule.percent!) / 100);
  } else {
    const off = Math.min(rule.amount!, before);
    const shares = eligible.map((t) => (off * t.amount) / before);
    const floors = shares.map(Math.floor);
    let left = off - floors.reduce((s, f) => s + f, 0);
    const order = shares.map((s, i) => [s - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) {
      if (left === 0) break;
      floors[i] += 1;
      left -= 1;
    }
    eligible.forEach((t, i) => (t.amount -= floors[i]));
  }
  const after = eligible.reduce((s, t) => s + t.amount, 0);
  return { applies: true, tickets: tickets.map(({ line, amount }) => ({ line, amount })), discount: before - after };
}
