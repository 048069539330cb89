const ZONE = 'Europe/Zurich';
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** Zurich's offset from UTC in minutes at an instant, e.g. 60 in winter, 120 in summer. */
function offsetMinutes(epochMs: number): number {
  const name = offsetFormat.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Reads the value of an `<input type="datetime-local">` ("2026-12-04T19:30") as Zurich wall-clock
 * time — the venue's time, whatever the organizer's browser zone — and returns ISO 8601 with the
 * offset ("2026-12-04T19:30:00+01:00"). A time skipped by the spring change is moved forward an hour.
 */
export function zurichLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  let offset = offsetMinutes(asUtc - offsetMinutes(asUtc) * 60_000);
  const instant = asUtc - offset * 60_000;
  offset = offsetMinutes(instant);
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Zurich wall-clock time of an instant as an `<input type="datetime-local">` value ("2026-12-04T19:30"). */
export function isoToZurichLocal(iso: string): string {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Zurich calendar day of an instant ("2026-12-04"): the day a performance is listed under. */
export function zurichDay(iso: string): string {
  return isoToZurichLocal(iso).slice(0, 10);
}

/** The Zurich time of day of an instant ("19:30"). */
export function zurichTime(iso: string): string {
  return isoToZurichLocal(iso).slice(11, 16);
}
