import { describe, expect, it } from 'vitest';
import { addDays, chartSpan, csvFileName, currenciesOf, type DailyLine, dailySeries, daysBetween, eventsOf } from './sales-chart';

const chf = (amount: number) => ({ amount, currency: 'CHF' });
const lines: DailyLine[] = [
  { day: '2026-11-30', eventId: 'b', eventName: 'Tartuffe', tickets: 2, revenue: chf(8000) },
  { day: '2026-12-02', eventId: 'a', eventName: 'Le Cid', tickets: 1, revenue: chf(4550) },
  { day: '2026-12-02', eventId: 'b', eventName: 'Tartuffe', tickets: 3, revenue: chf(12000) },
  { day: '2026-12-02', eventId: 'a', eventName: 'Le Cid', tickets: 1, revenue: { amount: 3000, currency: 'EUR' } },
];

describe('the sales chart’s days', () => {
  it('counts calendar days across the month, the year and the clock changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2027-03-27', '2027-03-30')).toEqual(['2027-03-27', '2027-03-28', '2027-03-29']);
    expect(daysBetween('2026-12-03', '2026-12-03')).toEqual([]);
  });

  it('draws a period up to today, at most two years, an open start from the first sale', () => {
    expect(chartSpan({ from: '2026-11-04', to: '2026-12-04' }, '2026-12-03')).toEqual({
      from: '2026-11-04',
      to: '2026-12-04',
      openStart: false,
      clipped: false,
    });
    // This year: the days to come are not drawn.
    expect(chartSpan({ from: '2026-01-01', to: '2027-01-01' }, '2026-12-03')).toMatchObject({ from: '2026-01-01', to: '2026-12-04' });
    expect(chartSpan({ from: null, to: null }, '2026-12-03')).toEqual({ from: '2024-12-02', to: '2026-12-04', openStart: true, clipped: false });
    expect(chartSpan({ from: '2020-01-01', to: '2020-02-01' }, '2026-12-03')).toEqual({
      from: '2020-01-01',
      to: '2020-02-01',
      openStart: false,
      clipped: false,
    });
    expect(chartSpan({ from: '2020-01-01', to: null }, '2026-12-03')).toMatchObject({ from: '2024-12-02', clipped: true });
  });
});

describe('the sales chart’s figures', () => {
  it('has one series per event by name and a zero on the days without a sale', () => {
    const chart = dailySeries(lines, { from: '2026-11-29', to: '2026-12-04', metric: 'tickets', currency: 'CHF' });
    expect(chart.days).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']);
    expect(chart.series).toEqual([
      { eventId: 'a', label: 'Le Cid', values: [0, 0, 0, 2, 0] },
      { eventId: 'b', label: 'Tartuffe', values: [0, 2, 0, 3, 0] },
    ]);
    expect(chart.totals).toEqual([0, 2, 0, 5, 0]);
  });

  it('gives the revenue of one currency in francs, and one event when asked', () => {
    const chart = dailySeries(lines, { from: '2026-11-30', to: '2026-12-03', metric: 'revenue', currency: 'CHF' });
    expect(chart.series.map((s) => s.values)).toEqual([
      [0, 0, 45.5],
      [80, 0, 120],
    ]);
    expect(chart.totals).toEqual([80, 0, 165.5]);
    const eur = dailySeries(lines, { from: '2026-11-30', to: '2026-12-03', metric: 'revenue', currency: 'EUR' });
    expect(eur.series).toEqual([{ eventId: 'a', label: 'Le Cid', values: [0, 0, 30] }]);
    const one = dailySeries(lines, { from: '2026-11-30', to: '2026-12-03', metric: 'tickets', currency: 'CHF', eventId: 'b' });
    expect(one.series.map((s) => s.label)).toEqual(['Tartuffe']);
    expect(one.totals).toEqual([2, 0, 3]);
  });

  it('starts an open period at its first sale, and has no day without one', () => {
    expect(dailySeries(lines, { from: '2024-12-02', to: '2026-12-04', metric: 'tickets', currency: 'CHF', openStart: true }).days[0]).toBe('2026-11-30');
    expect(dailySeries([], { from: '2024-12-02', to: '2026-12-04', metric: 'tickets', currency: 'CHF', openStart: true })).toEqual({
      days: [],
      series: [],
      totals: [],
    });
  });

  it('lists the events by name and the currencies with CHF first', () => {
    expect(eventsOf(lines)).toEqual([
      { id: 'a', name: 'Le Cid' },
      { id: 'b', name: 'Tartuffe' },
    ]);
    expect(currenciesOf([...lines].reverse())).toEqual(['CHF', 'EUR']);
  });
});

describe('a downloaded report’s name', () => {
  it('says the report, its grouping and the day', () => {
    expect(csvFileName('sales', '2026-12-03', 'date')).toBe('sales-by-date-2026-12-03.csv');
    expect(csvFileName('payments', '2026-12-03')).toBe('payments-2026-12-03.csv');
    expect(csvFileName('open-invoices', '2026-12-03')).toBe('open-invoices-2026-12-03.csv');
  });
});
