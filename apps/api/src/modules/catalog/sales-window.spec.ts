import { effectiveWindow, salesStatus, windowProblems } from './sales-window';

const d = (s: string) => new Date(s);

describe('sales windows', () => {
  it('opens at the start, closes at the end', () => {
    const w = { startAt: d('2027-01-01T10:00:00Z'), endAt: d('2027-02-01T10:00:00Z') };
    expect(salesStatus(w, d('2027-01-01T09:59:59Z'))).toBe('not_open_yet');
    expect(salesStatus(w, d('2027-01-01T10:00:00Z'))).toBe('open');
    expect(salesStatus(w, d('2027-02-01T09:59:59Z'))).toBe('open');
    expect(salesStatus(w, d('2027-02-01T10:00:00Z'))).toBe('closed');
    expect(salesStatus({ startAt: null, endAt: null }, d('2030-01-01T00:00:00Z'))).toBe('open');
  });

  it('sells a price where its window and its event’s overlap', () => {
    const event = { startAt: d('2027-01-01T00:00:00Z'), endAt: null };
    const price = { startAt: d('2026-12-01T00:00:00Z'), endAt: d('2027-01-15T00:00:00Z') };
    expect(effectiveWindow(event, price)).toEqual({ startAt: event.startAt, endAt: price.endAt });
    expect(effectiveWindow({ startAt: null, endAt: null }, { startAt: null, endAt: null })).toEqual({ startAt: null, endAt: null });
  });

  it('names an end that is not after the start', () => {
    expect(windowProblems({ startAt: d('2027-01-02T00:00:00Z'), endAt: d('2027-01-01T00:00:00Z') }, 'salesEndAt')).toEqual([
      { field: 'salesEndAt', message: 'must be after salesStartAt' },
    ]);
    expect(windowProblems({ startAt: null, endAt: d('2027-01-01T00:00:00Z') }, 'salesEndAt')).toEqual([]);
  });
});
