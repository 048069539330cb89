import { zurichDay, zurichLocalToIso } from '@guichet/ui';

/** The periods the reports offer, besides days chosen by hand. */
export const PERIODS = ['last30', 'thisMonth', 'lastMonth', 'thisYear', 'all', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

/** Local days in Zurich ("2027-03-01"), `to` exclusive; null for an open end. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/** The days a period covers, seen from `today` (a Zurich day, "2027-03-15"). */
export function periodDays(period: Exclude<Period, 'custom'>, today: string): DayRange {
  const [y, m] = today.split('-').map(Number);
  const first = (year: number, month: number) => `${year + Math.floor((month - 1) / 12)}-${String(((((month - 1) % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
  switch (period) {
    case 'last30':
      return { from: shiftDay(today, -29), to: shiftDay(today, 1) };
    case 'thisMonth':
      return { from: first(y, m), to: first(y, m + 1) };
    case 'lastMonth':
      return { from: first(y, m - 1), to: first(y, m) };
    case 'thisYear':
      return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
    case 'all':
      return { from: null, to: null };
  }
}

/** The report's query: Zurich midnights as instants; an inclusive last day becomes the next midnight. */
export function reportQuery(range: DayRange, inclusiveTo = false): { from?: string; to?: string } {
  const to = range.to && inclusiveTo ? shiftDay(range.to, 1) : range.to;
  return {
    ...(range.from ? { from: zurichLocalToIso(`${range.from}T00:00`) ?? undefined } : {}),
    ...(to ? { to: zurichLocalToIso(`${to}T00:00`) ?? undefined } : {}),
  };
}

/** A calendar day moved by `n` days ("2026-12-03", -1 → "2026-12-02"). */
export function shiftDay(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Today in Zurich. */
export const zurichToday = (now: Date): string => zurichDay(now.toISOString());
