import { zurichLocalToIso } from '@guichet/ui';
import { describe, expect, it } from 'vitest';
import { MAX_REPEATS, weeklyRepeats } from './repeat-weekly';

describe('weeklyRepeats', () => {
  it('repeats a performance every week up to and including the last day', () => {
    const rows = weeklyRepeats({ startsAt: '2027-03-05T20:00', endsAt: '' }, '2027-03-26');
    expect(rows).toEqual([
      { startsAt: '2027-03-12T20:00', endsAt: '' },
      { startsAt: '2027-03-19T20:00', endsAt: '' },
      { startsAt: '2027-03-26T20:00', endsAt: '' },
    ]);
  });

  it('keeps the wall-clock time across the spring clock change, and the end with it', () => {
    const rows = weeklyRepeats({ startsAt: '2027-03-21T20:00', endsAt: '2027-03-21T22:30' }, '2027-04-01');
    expect(rows).toEqual([{ startsAt: '2027-03-28T20:00', endsAt: '2027-03-28T22:30' }]);
    // 20:00 is +01:00 before the change and +02:00 after it.
    expect(zurichLocalToIso('2027-03-21T20:00')).toBe('2027-03-21T20:00:00+01:00');
    expect(zurichLocalToIso(rows[0].startsAt)).toBe('2027-03-28T20:00:00+02:00');
  });

  it('keeps an end past midnight on the next day', () => {
    expect(weeklyRepeats({ startsAt: '2027-01-29T22:00', endsAt: '2027-01-30T01:00' }, '2027-02-05')).toEqual([
      { startsAt: '2027-02-05T22:00', endsAt: '2027-02-06T01:00' },
    ]);
  });

  it('gives nothing before the first repeat, for a bad value, and stops at the cap', () => {
    expect(weeklyRepeats({ startsAt: '2027-03-05T20:00', endsAt: '' }, '2027-03-11')).toEqual([]);
    expect(weeklyRepeats({ startsAt: '', endsAt: '' }, '2027-03-11')).toEqual([]);
    expect(weeklyRepeats({ startsAt: '2027-03-05T20:00', endsAt: '' }, '11.03.2027')).toEqual([]);
    expect(weeklyRepeats({ startsAt: '2027-03-05T20:00', endsAt: '' }, '2099-12-31')).toHaveLength(MAX_REPEATS);
  });
});
