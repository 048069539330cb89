import { describe, expect, it } from 'vitest';
import { isSoldOut, upcomingDates, zoneAvailabilityLabel } from './availability';

describe('zoneAvailabilityLabel', () => {
  it('counts places only when the organizer shows them', () => {
    expect(zoneAvailabilityLabel({ available: true, remaining: 12 })).toBe('12 places restantes');
    expect(zoneAvailabilityLabel({ available: true, remaining: 1 })).toBe('1 place restante');
    expect(zoneAvailabilityLabel({ available: true, remaining: null })).toBe('Disponible');
    expect(zoneAvailabilityLabel({ available: false, remaining: null })).toBe('Complet');
    expect(zoneAvailabilityLabel({ available: false, remaining: 0 })).toBe('Complet');
  });
});

describe('isSoldOut and upcomingDates', () => {
  it('is sold out when no zone has a place', () => {
    expect(isSoldOut({ zones: [{ available: false }] })).toBe(true);
    expect(
      isSoldOut({
        zones: [{ available: false }, { available: true }],
      }),
    ).toBe(false);
  });

  it('keeps the dates still to come, in order', () => {
    const dates = [{ startsAt: '2026-12-05T19:00:00Z' }, { startsAt: '2026-11-20T19:00:00Z' }, { startsAt: '2026-11-27T19:00:00Z' }];
    expect(upcomingDates(dates, new Date('2026-11-22T12:00:00Z')).map((d) => d.startsAt)).toEqual(['2026-11-27T19:00:00Z', '2026-12-05T19:00:00Z']);
  });
});
