const DAY_MS = 86_400_000;
/** Guard against a typo in "until" (the API has its own limit). */
const MAX_PREVIEW = 500;

/**
 * How many occurrences a series starting at the Zurich wall-clock `firstStartsAt`
 * ("2027-01-08T20:00") and repeating every day/week/month has up to the day `until` (inclusive).
 * Months keep the day of the month and skip months without it (31st).
 */
export function countOccurrences(firstStartsAt: string, every: 'day' | 'week' | 'month', until: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(firstStartsAt);
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  let count = 0;
  for (let k = 0; k < MAX_PREVIEW; k++) {
    let day: Date;
    if (every === 'month') {
      day = new Date(Date.UTC(y, mo + k, d));
      if (day.getUTCDate() !== d) continue;
    } else {
      day = new Date(Date.UTC(y, mo, d) + k * (every === 'week' ? 7 : 1) * DAY_MS);
    }
    if (day.toISOString().slice(0, 10) > until) break;
    count++;
  }
  return count;
}
