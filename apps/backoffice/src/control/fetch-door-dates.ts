import type { Problem } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { api } from '../api/client';
import { collectPages } from '../api/pages';
import { t } from '../i18n/i18n';
import { inWords } from '../i18n/problems';
import { type DoorDate, doorDates, sessionDoorDates } from './door-dates';
import { deviceApi } from './scanner-setup';

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
