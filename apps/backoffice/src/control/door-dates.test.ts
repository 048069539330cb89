import { describe, expect, it } from 'vitest';
import { doorDates, mayPlaySoon, sessionDoorDates } from './door-dates';

const availability = (sold: number) => ({ zoneId: 'z', capacity: 100, sold, held: 0, blocked: 0, remaining: 100 - sold });
const date = (id: string, startsAt: string, sold: number[], status: 'scheduled' | 'cancelled' = 'scheduled') => ({
  id,
  startsAt,
  endsAt: null,
  doorsAt: null,
  status,
  availability: sold.map(availability),
});

describe('the dates the door staff will check', () => {
  const now = '2026-12-02T10:00:00+01:00';

  it('lists the published events’ scheduled dates from today on, soonest first, with the tickets sold', () => {
    const events = [
      {
        id: 'e1',
        name: 'Cyrano',
        venue: 'Grande salle',
        status: 'published' as const,
        dates: [date('d2', '2026-12-05T20:00:00+01:00', [3]), date('d1', '2026-12-02T20:00:00+01:00', [10, 5])],
      },
      { id: 'e2', name: 'Brouillon', venue: null, status: 'draft' as const, dates: [date('d3', '2026-12-02T21:00:00+01:00', [0])] },
      {
        id: 'e3',
        name: 'Concert',
        venue: null,
        status: 'published' as const,
        dates: [date('d4', '2026-12-02T08:00:00+01:00', [1]), date('d5', '2026-12-03T20:00:00+01:00', [1], 'cancelled')],
      },
    ];
    expect(doorDates(events, now).map((d) => [d.dateId, d.expected, d.today])).toEqual([
      ['d4', 1, true],
      ['d1', 15, true],
      ['d2', 3, false],
    ]);
  });

  it('leaves out yesterday and what is beyond the window', () => {
    const events = [
      {
        id: 'e',
        name: 'X',
        venue: null,
        status: 'published' as const,
        dates: [date('past', '2026-12-01T20:00:00+01:00', [1]), date('far', '2026-12-20T20:00:00+01:00', [1])],
      },
    ];
    expect(doorDates(events, now)).toEqual([]);
  });

  it('reads the dates of the events playing this week, and of those whose performance started today', () => {
    const summary = (nextStartsAt: string | null, firstStartsAt: string | null, lastStartsAt: string | null, status = 'published' as const) => ({
      status,
      nextStartsAt,
      firstStartsAt,
      lastStartsAt,
    });
    // Started at 08:00 today, nothing to come: past in the list, its door still watched.
    expect(mayPlaySoon(summary(null, '2026-12-02T08:00:00+01:00', '2026-12-02T08:00:00+01:00'), now)).toBe(true);
    // A run with a date this morning and the next one next month.
    expect(mayPlaySoon(summary('2027-01-10T20:00:00+01:00', '2026-11-01T20:00:00+01:00', '2027-01-10T20:00:00+01:00'), now)).toBe(true);
    expect(mayPlaySoon(summary('2026-12-09T20:00:00+01:00', '2026-12-09T20:00:00+01:00', '2026-12-09T20:00:00+01:00'), now)).toBe(true);
    expect(mayPlaySoon(summary('2026-12-10T20:00:00+01:00', '2026-12-10T20:00:00+01:00', '2026-12-10T20:00:00+01:00'), now)).toBe(false);
    expect(mayPlaySoon(summary(null, '2026-12-01T20:00:00+01:00', '2026-12-01T20:00:00+01:00'), now)).toBe(false);
    expect(mayPlaySoon(summary(null, null, null), now)).toBe(false);
    expect(mayPlaySoon({ ...summary('2026-12-03T20:00:00+01:00', null, null), status: 'draft' }, now)).toBe(false);
  });
});

describe('a device’s dates, as its session lists them', () => {
  it('keeps this week’s, from today (Zurich) on, today’s marked, soonest first', () => {
    const at = (dateId: string, startsAt: string) => ({ dateId, eventId: 'e', eventName: 'Concert', startsAt, zones: [], insideNow: 0 });
    const dates = sessionDoorDates(
      [
        at('next-week', '2026-12-12T19:00:00Z'),
        at('tonight', '2026-12-02T19:00:00Z'),
        at('yesterday', '2026-12-01T19:00:00Z'),
        at('friday', '2026-12-04T19:00:00Z'),
      ],
      '2026-12-02T10:00:00+01:00',
    );
    expect(dates.map((d) => [d.dateId, d.today])).toEqual([
      ['tonight', true],
      ['friday', false],
    ]);
  });
});
