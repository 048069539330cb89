import { type DayRange, shiftDay } from './report-period';

/** One line of the daily sales the API gives: a day (Zurich), an event, its tickets and revenue. */
export interface DailyLine {
  day: string;
  eventId: string;
  eventName: string;
  tickets: number;
  revenue: { amount: number; currency: string };
}

export type Metric = 'tickets' | 'revenue';

/** The longest span the API draws (CHART_MAX_DAYS): a longer period shows its last days. */
export const CHART_MAX_DAYS = 732;

/** `day` moved by `n` days: calendar days, whatever the clock changes. */
export const addDays = shiftDay;

/** The days from `from` to `to` (exclusive), in order. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The days the chart asks for and draws, for a period seen from `today` (Zurich days, `to`
 * exclusive): never past today, at most `CHART_MAX_DAYS`. An open start ("since the start") asks
 * for the longest span and is drawn from the first day with a sale (`openStart`); `clipped` says a
 * chosen start was moved to fit.
 */
export function chartSpan(range: DayRange, today: string): { from: string; to: string; openStart: boolean; clipped: boolean } {
  const tomorrow = addDays(today, 1);
  const to = range.to && range.to < tomorrow ? range.to : tomorrow;
  const earliest = addDays(to, -CHART_MAX_DAYS);
  if (!range.from) return { from: earliest, to, openStart: true, clipped: false };
  if (range.from < earliest) return { from: earliest, to, openStart: false, clipped: true };
  return { from: range.from, to, openStart: false, clipped: false };
}

/** The events of the lines, by name: the legend's order and the filter's options. */
export function eventsOf(lines: DailyLine[]): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const line of lines) names.set(line.eventId, line.eventName);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
}

/** The currencies of the lines, CHF first. */
export function currenciesOf(lines: DailyLine[]): string[] {
  return [...new Set(lines.map((l) => l.revenue.currency))].sort((a, b) => (a === 'CHF' ? -1 : b === 'CHF' ? 1 : a.localeCompare(b)));
}

export interface DailySeries {
  /** Each day drawn, the days without a sale included (at zero). */
  days: string[];
  /** One per event, its value per day: tickets, or revenue in major units (48.5) of `currency`. */
  series: { eventId: string; label: string; values: number[] }[];
  /** The sum of every series per day. */
  totals: number[];
}

/**
 * The chart's figures: one series per event (all of them, or `eventId` alone), one value per day
 * from `from` to `to` (exclusive), zero where nothing sold. Revenue counts `currency` alone (amounts
 * in two currencies do not add up). With `openStart`, the days before the first sale are left out.
 */
export function dailySeries(
  lines: DailyLine[],
  options: { from: string; to: string; metric: Metric; currency: string; eventId?: string | null; openStart?: boolean },
): DailySeries {
  const { metric, currency, eventId } = options;
  const shown = lines.filter((l) => (!eventId || l.eventId === eventId) && (metric === 'tickets' || l.revenue.currency === currency));
  const first = options.openStart ? shown.map((l) => l.day).sort()[0] : options.from;
  const days = first ? daysBetween(first > options.from ? first : options.from, options.to) : [];
  const index = new Map(days.map((day, i) => [day, i]));
  const series = eventsOf(shown).map((event) => ({ eventId: event.id, label: event.name, values: days.map(() => 0) }));
  const byEvent = new Map(series.map((s) => [s.eventId, s]));
  for (const line of shown) {
    const i = index.get(line.day);
    const s = byEvent.get(line.eventId);
    if (i === undefined || !s) continue;
    // Revenue in cents, added in cents, then shown in francs: no float drift.
    s.values[i] += metric === 'tickets' ? line.tickets : line.revenue.amount;
  }
  if (metric === 'revenue') for (const s of series) s.values = s.values.map((v) => v / 100);
  const totals = days.map((_, i) => series.reduce((sum, s) => Math.round((sum + s.values[i]) * 100) / 100, 0));
  return { days, series, totals };
}

/** The name a downloaded report is saved under, e.g. `sales-by-date-2026-12-03.csv`. */
export function csvFileName(report: 'sales' | 'payments' | 'open-invoices', today: string, by?: string): string {
  return `${report}${by ? `-by-${by}` : ''}-${today}.csv`;
}
