import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayRangeLabel, groupByDay, mondayOf, monthGrid, monthLabel, weekDays } from './calendar';

describe('day arithmetic', () => {
  it('adds days across months, years and the clock changes', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2026-11-27')).toBe('2026-11-23'); // Friday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('adds months across years', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });
});

describe('monthGrid', () => {
  const byDay = groupByDay(['2026-11-27T20:00', '2026-11-28T20:00', '2026-11-28T15:00', '2026-12-04T20:00'], (s) => s.slice(0, 10));

  it('covers the month in whole weeks from Monday', () => {
    const weeks = monthGrid('2026-11', byDay);
    // November 2026 starts on a Sunday and ends on a Monday: six rows.
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0]).toMatchObject({ day: '2026-10-26', inMonth: false });
    expect(weeks[0][6]).toMatchObject({ day: '2026-11-01', inMonth: true });
    expect(weeks[5][0]).toMatchObject({ day: '2026-11-30', inMonth: true });
    expect(weeks[5][6]).toMatchObject({ day: '2026-12-06', inMonth: false });
  });

  it('marks the days that have dates, with all of that day’s dates', () => {
    const cells = monthGrid('2026-11', byDay).flat();
    const marked = cells.filter((c) => c.items.length > 0);
    expect(marked.map((c) => c.day)).toEqual(['2026-11-27', '2026-11-28', '2026-12-04']);
    expect(marked[1].items).toEqual(['2026-11-28T20:00', '2026-11-28T15:00']);
    expect(marked[2].inMonth).toBe(false);
  });

  it('has four rows for a February that starts on Monday', () => {
    // February 2027 starts on a Monday and has 28 days.
    expect(monthGrid('2027-02', new Map())).toHaveLength(4);
  });
});

describe('weekDays', () => {
  it('gives seven days from Monday with their dates', () => {
    const byDay = groupByDay(['2026-12-11T14:00', '2026-12-11T16:30', '2026-12-13T15:00'], (s) => s.slice(0, 10));
    const week = weekDays(mondayOf('2026-12-11'), byDay);
    expect(week.map((c) => c.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect(week[4].items).toEqual(['2026-12-11T14:00', '2026-12-11T16:30']);
    expect(week[6].items).toEqual(['2026-12-13T15:00']);
  });
});

describe('dayRangeLabel and monthLabel', () => {
  it('says the range in French', () => {
    expect(dayRangeLabel('2026-11-27', '2026-12-06')).toBe('du 27 nov. au 6 déc.');
    expect(dayRangeLabel('2026-12-11', '2026-12-13')).toBe('du 11 au 13 déc.');
    expect(dayRangeLabel('2026-11-27', '2026-11-27')).toBe('le 27 nov.');
    expect(dayRangeLabel('2026-12-28', '2027-01-03')).toBe('du 28 déc. 2026 au 3 janv. 2027');
    expect(monthLabel('2026-11')).toBe('novembre 2026');
  });
});
