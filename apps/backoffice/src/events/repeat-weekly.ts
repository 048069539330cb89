import type { DateRow } from './event-form';

const DAY_MS = 86_400_000;
/** Enough for two years of weekly performances; more is a typo in the "until" date. */
export const MAX_REPEATS = 104;

function shiftDays(local: string, days: number): string {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
  return `${shifted}T${time}`;
}

/**
 * The same performance every week after `first`, up to and including the day `until`
 * ("2027-01-31"). Works on Zurich wall-clock values, so 20:00 stays 20:00 across a clock change;
 * an end time keeps its distance from the start, in days and time of day.
 */
export function weeklyRepeats(first: DateRow, until: string): DateRow[] {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(first.startsAt) || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return [];
  const rows: DateRow[] = [];
  for (let week = 1; week <= MAX_REPEATS; week++) {
    const startsAt = shiftDays(first.startsAt, week * 7);
    if (startsAt.slice(0, 10) > until) break;
    rows.push({ startsAt, endsAt: first.endsAt ? shiftDays(first.endsAt, week * 7) : '' });
  }
  return rows;
}
