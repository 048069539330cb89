import { describe, expect, it } from 'vitest';
import { isoToZurichLocal, zurichDay, zurichLocalToIso, zurichTime } from './zurich-time';

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

describe('isoToZurichLocal, zurichDay, zurichTime', () => {
  it('reads an instant as Zurich wall-clock time, whatever its offset', () => {
    expect(isoToZurichLocal('2026-12-04T18:30:00.000Z')).toBe('2026-12-04T19:30');
    expect(isoToZurichLocal('2026-07-14T19:00:00Z')).toBe('2026-07-14T21:00');
    expect(isoToZurichLocal('2026-12-04T19:30:00+01:00')).toBe('2026-12-04T19:30');
  });

  it('round-trips with zurichLocalToIso', () => {
    for (const local of ['2026-12-04T19:30', '2027-06-01T00:15', '2026-10-25T12:00']) {
      expect(isoToZurichLocal(zurichLocalToIso(local)!)).toBe(local);
    }
  });

  it('puts a late-evening performance on its Zurich day', () => {
    // 23:30 UTC on 31 December is already 00:30 on 1 January in Zurich.
    expect(zurichDay('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(zurichTime('2026-12-31T23:30:00Z')).toBe('00:30');
    expect(zurichDay('2026-11-27T19:00:00.000Z')).toBe('2026-11-27');
    expect(zurichTime('2026-11-27T19:00:00.000Z')).toBe('20:00');
  });
});
