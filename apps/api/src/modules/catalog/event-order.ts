import { ValidationFailedError } from '../../platform/http/problem';

/**
 * Where an event stands in a list ordered by its next date: events with a date to come first,
 * soonest first (group 0); events without any date yet, newest first (group 1); events whose
 * dates are all past (or cancelled), most recent last date first (group 2). `key` orders within a
 * group, ascending (microseconds since the epoch, negated for the groups listed newest first).
 */
export interface EventListPosition {
  group: 0 | 1 | 2;
  key: string;
  id: string;
}

/**
 * A page's cursor: the position of its last event and the moment the first page was read, so
 * every page of one listing splits upcoming and past events at the same instant (an event whose
 * next date passes while someone pages does not jump between pages).
 */
export interface EventListCursor extends EventListPosition {
  now: Date;
}

const INTEGER = /^-?\d{1,20}$/;
const UUID = /^[0-9a-f-]{36}$/;

export function encodeEventCursor(c: EventListCursor): string {
  return Buffer.from(`e1|${c.group}|${c.key}|${c.id}|${c.now.toISOString()}`).toString('base64url');
}

export function decodeEventCursor(cursor: string | undefined): EventListCursor | null {
  if (!cursor) return null;
  const [version, group, key, id, at] = Buffer.from(cursor, 'base64url').toString().split('|');
  const now = new Date(at);
  if (version !== 'e1' || !['0', '1', '2'].includes(group) || !INTEGER.test(key ?? '') || !UUID.test(id ?? '') || Number.isNaN(now.getTime())) {
    throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor returned by this API' }]);
  }
  return { group: Number(group) as 0 | 1 | 2, key, id, now };
}
