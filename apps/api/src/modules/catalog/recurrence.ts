/** The occurrences of a series: same local wall-clock time (Europe/Zurich) every day, week or month. */
export const MAX_OCCURRENCES = 200;

const ZONE = 'Europe/Zurich';

/** Offset of Europe/Zurich from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function zurichOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - at.getTime()) / 60000);
}

/**
 * Starts of a series from `first` until the end of the `until` day, keeping the local time across
 * daylight-saving changes. Returns null when the series would exceed MAX_OCCURRENCES.
 */
export function occurrences(first: Date, every: 'day' | 'week' | 'month', until: string): Date[] | null {
  const offset = zurichOffsetMinutes(first);
  const local = new Date(first.getTime() + offset * 60000); // wall clock as if it were UTC
  const end = Date.parse(`${until.slice(0, 10)}T23:59:59Z`);
  const result: Date[] = [];
  for (let i = 0; ; i++) {
    const wall = new Date(local);
    if (every === 'day') wall.setUTCDate(local.getUTCDate() + i);
    if (every === 'week') wall.setUTCDate(local.getUTCDate() + 7 * i);
    if (every === 'month') {
      wall.setUTCMonth(local.getUTCMonth() + i);
      if (wall.getUTCDate() !== local.getUTCDate()) continue; // no 31 February: skip that month
    }
    if (wall.getTime() > end) return result;
    if (result.length === MAX_OCCURRENCES) return null;
    // Back to an instant with the offset in force on that day.
    const guess = new Date(wall.getTime() - offset * 60000);
    result.push(new Date(wall.getTime() - zurichOffsetMinutes(guess) * 60000));
  }
}
