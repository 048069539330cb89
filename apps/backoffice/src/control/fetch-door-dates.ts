import type { Problem } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { api } from '../api/client';
import { collectPages } from '../api/pages';
import { t } from '../i18n/i18n';
import { inWords } from '../i18n/problems';
import { type DoorDate, doorDates, mayPlaySoon, sessionDoorDates } from './door-dates';
import { deviceApi } from './scanner-setup';

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

/** The dates a device may check this week, read with its own token (`GET /control/me`): a device logged in by code has no user session. */
export async function fetchDeviceDates(token: string): Promise<{ dates: DoorDate[]; problem: ProblemLike | null }> {
  try {
    const { data, error } = await deviceApi(token).GET('/api/v1/control/me');
    if (error) return { dates: [], problem: inWords(error) };
    return { dates: sessionDoorDates(data.dates, new Date().toISOString()), problem: null };
  } catch {
    return { dates: [], problem: { detail: t('scanner.login.noNetwork') } };
  }
}
