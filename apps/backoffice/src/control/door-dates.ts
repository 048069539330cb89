import type { components } from '@guichet/api-client';
import { zurichDay } from '@guichet/ui';

type EventResponse = components['schemas']['EventResponse'];
type EventSummary = components['schemas']['EventSummaryResponse'];

/** One performance the door staff will check: when, what, where, and how many tickets to expect. */
export interface DoorDate {
  eventId: string;
  eventName: string;
  venue: string | null;
  dateId: string;
  startsAt: string;
  doorsAt: string | null;
  /** Tickets sold for this date, all zones. */
  expected: number;
  today: boolean;
}

/**
 * The published events' scheduled dates from today (Zurich) to `days` days ahead, soonest first —
 * what the control page lists. A date that started earlier today stays listed: its door may still be open.
 */
export function doorDates(events: Pick<EventResponse, 'id' | 'name' | 'venue' | 'status' | 'dates'>[], nowIso: string, days = 7): DoorDate[] {
  const today = zurichDay(nowIso);
  const last = zurichDay(new Date(Date.parse(nowIso) + days * 86_400_000).toISOString());
  return events
    .filter((e) => e.status === 'published')
    .flatMap((e) =>
      e.dates
        .filter((d) => d.status === 'scheduled' && zurichDay(d.startsAt) >= today && zurichDay(d.startsAt) <= last)
        .map((d) => ({
          eventId: e.id,
          eventName: e.name,
          venue: e.venue,
          dateId: d.id,
          startsAt: d.startsAt,
          doorsAt: d.doorsAt,
          expected: d.availability.reduce((sum, a) => sum + a.sold, 0),
          today: zurichDay(d.startsAt) === today,
        })),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

type SessionDate = components['schemas']['DoorDateResponse'];

/**
 * A device's dates (`GET /control/me`: every scheduled date its profile allows) within the same
 * window as the control page's, from today (Zurich) to `days` days ahead: what its door will check.
 */
export function sessionDoorDates(dates: SessionDate[], nowIso: string, days = 7): DoorDate[] {
  const today = zurichDay(nowIso);
  const last = zurichDay(new Date(Date.parse(nowIso) + days * 86_400_000).toISOString());
  return dates
    .filter((d) => zurichDay(d.startsAt) >= today && zurichDay(d.startsAt) <= last)
    .map((d) => ({
      eventId: d.eventId,
      eventName: d.eventName,
      venue: null,
      dateId: d.dateId,
      startsAt: d.startsAt,
      doorsAt: null,
      expected: 0,
      today: zurichDay(d.startsAt) === today,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * Whether an event of the list may play at the door from today (Zurich) to `days` days ahead, so its
 * dates are worth reading: a date to come within the window, or dates around today — a performance
 * that started an hour ago has no date to come but its door is still watched.
 */
export function mayPlaySoon(e: Pick<EventSummary, 'status' | 'nextStartsAt' | 'firstStartsAt' | 'lastStartsAt'>, nowIso: string, days = 7): boolean {
  if (e.status !== 'published') return false;
  const today = zurichDay(nowIso);
  if (e.nextStartsAt && zurichDay(e.nextStartsAt) <= zurichDay(new Date(Date.parse(nowIso) + days * 86_400_000).toISOString())) return true;
  return !!e.firstStartsAt && !!e.lastStartsAt && zurichDay(e.firstStartsAt) <= today && zurichDay(e.lastStartsAt) >= today;
}
