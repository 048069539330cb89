import { describe, expect, it } from 'vitest';
import { zurichLocalToIso } from './zurich-time';

describe('zurichLocalToIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(zurichLocalToIso('2026-12-04T19:30')).toBe('2026-12-04T19:30:00+01:00');
    expect(zurichLocalToIso('2026-07-14T21:00')).toBe('2026-07-14T21:00:00+02:00');
  });

  it('denotes the same instant as the wall-clock time in Zurich', () => {
    const iso = zurichLocalToIso('2027-01-05T20:00');
    expect(new Date(iso!).toISOString()).toBe('2027-01-05T19:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
    expect(zurichLocalToIso('2026-03-29T01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(zurichLocalToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(zurichLocalToIso('2026-03-29T03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(zurichLocalToIso('2026-10-25T12:00')).toBe('2026-10-25T12:00:00+01:00');
  });

  it('rejects anything but a datetime-local value', () => {
    expect(zurichLocalToIso('')).toBeNull();
    expect(zurichLocalToIso('04.12.2026 19:30')).toBeNull();
  });
});
