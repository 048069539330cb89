import { describe, expect, it } from 'vitest';
import type { DoorDate } from '../door-dates';
import { minuteSeries, overall, refusalRows, todaysDateIds, zurichClock } from './door-board';

describe('the door dashboard’s figures as shown', () => {
  it('spreads the scans over every minute of the last hour, the minutes without any at zero, in Zurich time', () => {
    const series = minuteSeries(
      [
        { minute: '2026-12-02T18:10:00.000Z', accepted: 4, refused: 1 },
        { minute: '2026-12-02T19:05:00.000Z', accepted: 2, refused: 0 },
      ],
      '2026-12-02T19:05:42.000Z',
    );
    expect(series.minutes).toHaveLength(60);
    expect(series.labels[0]).toBe('19:06');
    expect(series.labels[59]).toBe('20:05');
    expect(series.accepted[59]).toBe(2);
    expect(series.refused[59]).toBe(0);
    // 18:10 UTC is 19:10 in Zurich, the fifth minute shown.
    expect(series.labels[4]).toBe('19:10');
    expect([series.accepted[4], series.refused[4]]).toEqual([4, 1]);
    expect(series.accepted.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('says when the figures were read to the second, in Zurich', () => {
    expect(zurichClock('2026-07-01T18:31:05.000Z')).toBe('20:31:05');
  });

  it('ticks today’s dates', () => {
    const date = (dateId: string, today: boolean) => ({ dateId, today }) as DoorDate;
    expect(todaysDateIds([date('a', true), date('b', false), date('c', true)])).toEqual(['a', 'c']);
  });

  it('adds up the dates and says the refusals in the scanner’s words', () => {
    const dates = [
      { tickets: 10, inside: 3, entered: 4 },
      { tickets: 5, inside: 1, entered: 1 },
    ] as Parameters<typeof overall>[0]['dates'];
    expect(overall({ dates })).toEqual({ tickets: 15, inside: 4, entered: 5 });
    const shown = refusalRows(
      {
        refusals: [
          { result: 'already_used', count: 3 },
          { result: 'wrong_date', count: 1 },
        ],
      },
      (r) => `mots ${r}`,
    );
    expect(shown).toEqual({
      rows: [
        { result: 'already_used', words: 'mots already_used', count: 3 },
        { result: 'wrong_date', words: 'mots wrong_date', count: 1 },
      ],
      total: 4,
    });
  });
});
