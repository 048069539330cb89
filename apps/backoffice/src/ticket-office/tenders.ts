import type { components } from '@guichet/api-client';

export type Tender = components['schemas']['CounterTenderRequest'];
export type TenderMethod = Tender['method'];

/** One means of payment as the clerk types it: for cash, `received` is what was handed over; otherwise what it pays. */
export interface TenderDraft {
  method: TenderMethod;
  /** Minor units; null while the field is empty or not an amount. */
  received: number | null;
  reference?: string;
}

/** Where the tenders stand against the total: `ok` pays it exactly (cash may be over: the change). */
export type TenderState = 'ok' | 'short' | 'over' | 'incomplete';

export interface Settlement {
  state: TenderState;
  /** What is still to receive (0 when paid). */
  remaining: number;
  /** Cash to give back. */
  change: number;
  /** The request's tenders, as `sellCounterCart` wants them (only meaningful when `state` is `ok`). */
  tenders: Tender[];
}

/**
 * Reads the drafts against the total (TO-3, ADR 0034): card, transfer and other pay what they say and
 * may not exceed the total — only cash gives change. Cash pays what the other means leave, in the
 * order typed; what is handed over beyond it is the change.
 */
export function settle(total: number, drafts: readonly TenderDraft[]): Settlement {
  if (drafts.some((d) => d.received === null || d.received <= 0)) {
    return { state: 'incomplete', remaining: remainingOf(total, drafts), change: 0, tenders: [] };
  }
  const others = drafts.filter((d) => d.method !== 'cash');
  const othersSum = others.reduce((sum, d) => sum + d.received!, 0);
  if (othersSum > total) return { state: 'over', remaining: 0, change: 0, tenders: [] };
  let left = total - othersSum;
  let change = 0;
  const tenders: Tender[] = [];
  for (const d of drafts) {
    if (d.method !== 'cash') {
      const reference = d.reference?.trim();
      tenders.push({ method: d.method, amount: d.received!, ...(reference ? { reference } : {}) });
      continue;
    }
    const amount = Math.min(d.received!, left);
    // Cash handed over when nothing is left to pay is not a tender: the clerk gives it back.
    if (amount === 0) return { state: 'over', remaining: 0, change: 0, tenders: [] };
    left -= amount;
    change += d.received! - amount;
    tenders.push({ method: 'cash', amount, given: d.received! });
  }
  return left > 0 ? { state: 'short', remaining: left, change: 0, tenders } : { state: 'ok', remaining: 0, change, tenders };
}

/** What is left to receive once the typed amounts are counted (an empty field counts for nothing). */
export function remainingOf(total: number, drafts: readonly TenderDraft[]): number {
  return Math.max(0, total - drafts.reduce((sum, d) => sum + (d.received ?? 0), 0));
}

const ROUND_STEPS = [1_000, 2_000, 5_000, 10_000];

/** The round amounts a customer is likely to hand over for `due`: the next multiple of 10, 20, 50 and 100 above it. */
export function roundAmounts(due: number): number[] {
  if (due <= 0) return [];
  const amounts = ROUND_STEPS.map((step) => (Math.floor(due / step) + 1) * step);
  return [...new Set(amounts)].sort((a, b) => a - b);
}
