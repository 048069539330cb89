import type { components } from '@guichet/api-client';
import type { DoorDate } from '../door-dates';

type Schemas = components['schemas'];
export type DoorBoard = Schemas['DoorDashboardResponse'];
export type ScanResult = Schemas['RefusalCount']['result'];

/** The chart's window: the API gives the last hour's minutes that had a scan. */
export const CHART_MINUTES = 60;

const clock = new Intl.DateTimeFormat('fr-CH', { timeZone: 'Europe/Zurich', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const minuteOfDay = new Intl.DateTimeFormat('fr-CH', { timeZone: 'Europe/Zurich', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Zurich time with seconds ("20:31:05"): when the figures were read. */
export const zurichClock = (iso: string) => clock.format(new Date(iso));

/** Every minute of the last hour up to the read's, oldest first, with its scans (0 without any). */
export function minuteSeries(
  perMinute: DoorBoard['scansPerMinute'],
  generatedAt: string,
): { minutes: string[]; labels: string[]; accepted: number[]; refused: number[] } {
  const last = Math.floor(Date.parse(generatedAt) / 60_000) * 60_000;
  const minutes = Array.from({ length: CHART_MINUTES }, (_, i) => new Date(last - (CHART_MINUTES - 1 - i) * 60_000).toISOString());
  const byMinute = new Map(perMinute.map((m) => [Date.parse(m.minute), m]));
  return {
    minutes,
    labels: minutes.map((m) => minuteOfDay.format(new Date(m))),
    accepted: minutes.map((m) => byMinute.get(Date.parse(m))?.accepted ?? 0),
    refused: minutes.map((m) => byMinute.get(Date.parse(m))?.refused ?? 0),
  };
}

/** The dates ticked when the page opens: today's (Zurich), none when nothing plays today. */
export const todaysDateIds = (dates: DoorDate[]) => dates.filter((d) => d.today).map((d) => d.dateId);

/** The watched dates' figures added up: what the page's headline says. */
export function overall(board: Pick<DoorBoard, 'dates'>): { tickets: number; inside: number; entered: number } {
  return board.dates.reduce((sum, d) => ({ tickets: sum.tickets + d.tickets, inside: sum.inside + d.inside, entered: sum.entered + d.entered }), {
    tickets: 0,
    inside: 0,
    entered: 0,
  });
}

/** The refusals with their words (the scanner's verdicts), most frequent first, and their total. */
export function refusalRows(board: Pick<DoorBoard, 'refusals'>, words: (result: ScanResult) => string) {
  const rows = board.refusals.map((r) => ({ result: r.result, words: words(r.result), count: r.count }));
  return { rows, total: rows.reduce((n, r) => n + r.count, 0) };
}
