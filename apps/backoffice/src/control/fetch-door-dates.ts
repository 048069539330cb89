import type { Problem } from '@guichet/api-client';
import { api } from '../api/client';
import { collectPages } from '../api/pages';
import { inWords } from '../i18n/problems';
import { type DoorDate, doorDates, mayPlaySoon } from './door-dates';

/** The dates the door checks (today's and the coming week's), read with the user's session. */
export async function fetchDoorDates(ticketingId: string): Promise<{ dates: DoorDate[]; problem: Problem | null }> {
  const now = new Date();
  const [upcoming, past] = await Promise.all([
    collectPages((cursor) =>
      api.GET('/api/v1/ticketings/{ticketingId}/events', { params: { path: { ticketingId }, query: { when: 'upcoming', limit: 100, cursor } } }),
    ),
    // An event whose last date started a moment ago is past in the list, its door still open: the
    // past list's first page (latest first) holds those of today.
    api.GET('/api/v1/ticketings/{ticketingId}/events', { params: { path: { ticketingId }, query: { when: 'past', limit: 100 } } }),
  ]);
  const problem = upcoming.problem ?? (past.error ? inWords(past.error) : null);
  if (problem) return { dates: [], problem };
  // Only the events playing this week need their dates read.
  const playing = [...upcoming.items, ...(past.data?.items ?? [])].filter((e) => mayPlaySoon(e, now.toISOString()));
  const details = await Promise.all(
    playing.map((e) => api.GET('/api/v1/ticketings/{ticketingId}/events/{eventId}', { params: { path: { ticketingId, eventId: e.id } } })),
  );
  const failed = details.find((d) => d.error);
  return {
    dates: doorDates(
      details.flatMap((d) => (d.data ? [d.data] : [])),
      now.toISOString(),
    ),
    problem: failed?.error ? inWords(failed.error) : null,
  };
}
