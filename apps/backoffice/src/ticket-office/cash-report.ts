import type { components } from '@guichet/api-client';

type Session = components['schemas']['CounterSessionResponse'];

/** The report's columns of means of payment, as the API and its CSV name them. */
export const REPORT_METHODS = ['cash', 'card', 'bank_transfer', 'gift_voucher', 'other'] as const;
export type ReportMethod = (typeof REPORT_METHODS)[number];

/** One line of the cash report (a session, a day or the total), in minor units of `currency`. */
export interface CashRow {
  key: string;
  sessions: number;
  currency: string;
  openingFloat: number;
  received: Record<ReportMethod, number>;
  refunds: number;
  expected: number;
  /** Counted at closing: null while no session of the line is closed. */
  counted: number | null;
  difference: number | null;
  /** Sessions of the line still open (their count is not in `counted`). */
  open: number;
}

const noMethods = (): Record<ReportMethod, number> => ({ cash: 0, card: 0, bank_transfer: 0, gift_voucher: 0, other: 0 });

/** A session as a line: what it received per means of payment and refunded, in its own currency (as the API's expected cash counts it). */
export function sessionRow(s: Session): CashRow {
  const currency = s.openingFloat.currency;
  const received = noMethods();
  let refunds = 0;
  for (const t of s.totals) {
    if (t.received.currency !== currency) continue;
    const method = (REPORT_METHODS as readonly string[]).includes(t.method) ? (t.method as ReportMethod) : 'other';
    received[method] += t.received.amount;
    refunds += t.refunded.amount;
  }
  return {
    key: s.id,
    sessions: 1,
    currency,
    openingFloat: s.openingFloat.amount,
    received,
    refunds,
    expected: s.expectedCash.amount,
    counted: s.countedCash?.amount ?? null,
    difference: s.difference?.amount ?? null,
    open: s.closedAt ? 0 : 1,
  };
}

/** The means of payment a report shows: cash always, the others when some line received through them. */
export function methodsUsed(rows: readonly CashRow[]): ReportMethod[] {
  return REPORT_METHODS.filter((m) => m === 'cash' || rows.some((r) => r.received[m] !== 0));
}

/** Lines added up under `key` (the counts of closed sessions only; null when none is closed). */
export function sumRows(key: string, rows: readonly CashRow[]): CashRow {
  const sum: CashRow = {
    key,
    sessions: 0,
    currency: rows[0]?.currency ?? 'CHF',
    openingFloat: 0,
    received: noMethods(),
    refunds: 0,
    expected: 0,
    counted: null,
    difference: null,
    open: 0,
  };
  for (const r of rows) {
    sum.sessions += r.sessions;
    sum.openingFloat += r.openingFloat;
    for (const m of REPORT_METHODS) sum.received[m] += r.received[m];
    sum.refunds += r.refunds;
    sum.expected += r.expected;
    sum.open += r.open;
    if (r.counted !== null) sum.counted = (sum.counted ?? 0) + r.counted;
    if (r.difference !== null) sum.difference = (sum.difference ?? 0) + r.difference;
  }
  return sum;
}

/** The sessions per day they were opened on (`dayOf` gives the local day of an instant), oldest day first. */
export function rowsByDay(sessions: readonly Session[], dayOf: (iso: string) => string): CashRow[] {
  const days = new Map<string, CashRow[]>();
  for (const s of sessions) {
    const day = dayOf(s.openedAt);
    days.set(day, [...(days.get(day) ?? []), sessionRow(s)]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, rows]) => sumRows(day, rows));
}
