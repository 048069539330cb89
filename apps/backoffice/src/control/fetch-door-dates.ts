import type { Problem } from '@guichet/api-client';
import { api } from '../api/client';
import { collectPages } from '../api/pages';
import { inWords } from '../i18n/problems';
import { type DoorDate, doorDates } from './door-dates';

/** The dates the door checks (today's and the coming week's), read with the user's session. */
export async function fetchDoorDates(ticketingId: string): Promise<{ dates: DoorDate[]; problem: Problem | null }> {
  const now = new Date();
  const soon = now.getTime() + 7 * 86_400_000;
  const { items, problem } = await collectPages((cursor) =>
    api.GET('/api/v1/ticketings/{ticketingId}/events', { params: { path: { ticketingId }, query: { when: 'upcoming', limit: 100, cursor } } }),
  );
  if (problem) return { dates: [], problem };
  // Only the events playing this week need their dates read.
  const playing = items.filter((e) => e.status === 'published' && e.nextStartsAt && Date.parse(e.nextStartsAt) <= soon);
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
