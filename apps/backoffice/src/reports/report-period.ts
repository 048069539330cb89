import { zurichDay, zurichLocalToIso } from '@guichet/ui';

/** The periods the sales report offers, besides days chosen by hand. */
export const PERIODS = ['thisMonth', 'lastMonth', 'thisYear', 'all', 'custom'] as const;
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
  const to = range.to && inclusiveTo ? nextDay(range.to) : range.to;
  return {
    ...(range.from ? { from: zurichLocalToIso(`${range.from}T00:00`) ?? undefined } : {}),
    ...(to ? { to: zurichLocalToIso(`${to}T00:00`) ?? undefined } : {}),
  };
}

function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today in Zurich. */
export const zurichToday = (now: Date): string => zurichDay(now.toISOString());
