import { describe, expect, it } from 'vitest';
import { periodDays, reportQuery } from './report-period';

describe('sales report periods', () => {
  it('covers whole Zurich months and years, or the last 30 days with today', () => {
    expect(periodDays('last30', '2027-03-15')).toEqual({ from: '2027-02-14', to: '2027-03-16' });
    expect(periodDays('thisMonth', '2027-03-15')).toEqual({ from: '2027-03-01', to: '2027-04-01' });
    expect(periodDays('lastMonth', '2027-01-10')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(periodDays('thisMonth', '2027-12-31')).toEqual({ from: '2027-12-01', to: '2028-01-01' });
    expect(periodDays('thisYear', '2027-06-01')).toEqual({ from: '2027-01-01', to: '2028-01-01' });
    expect(periodDays('all', '2027-06-01')).toEqual({ from: null, to: null });
  });

  it('asks from Zurich midnight to the midnight after the last day chosen', () => {
    // Winter: UTC+1; summer: UTC+2.
    expect(reportQuery({ from: '2027-01-01', to: '2027-01-31' }, true)).toEqual({ from: '2027-01-01T00:00:00+01:00', to: '2027-02-01T00:00:00+01:00' });
    expect(reportQuery({ from: '2027-07-01', to: '2027-08-01' })).toEqual({ from: '2027-07-01T00:00:00+02:00', to: '2027-08-01T00:00:00+02:00' });
    expect(reportQuery({ from: null, to: null })).toEqual({});
  });
});
