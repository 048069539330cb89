import { describe, expect, it } from 'vitest';
import { filtersFromQuery, listQueryOf } from './order-filters';

describe('the order list’s filters', () => {
  it('reads the URL, with nothing chosen as empty', () => {
    expect(filtersFromQuery({ status: 'paid', q: 'x' })).toEqual({
      eventId: '',
      dateId: '',
      placedFrom: '',
      placedTo: '',
      status: 'paid',
      channel: '',
      paymentMethod: '',
    });
  });

  it('asks the API for whole Zurich days, the last one included', () => {
    expect(listQueryOf({ q: 'dupont', placedFrom: '2026-11-02', placedTo: '2026-11-03', channel: 'shop' })).toEqual({
      q: 'dupont',
      eventId: undefined,
      dateId: undefined,
      placedFrom: '2026-11-02T00:00:00+01:00',
      placedTo: '2026-11-04T00:00:00+01:00',
      status: undefined,
      channel: 'shop',
      paymentMethod: undefined,
    });
  });

  it('crosses the end of summer time and of a month', () => {
    expect(listQueryOf({ placedFrom: '2026-10-25', placedTo: '2026-10-31' })).toMatchObject({
      placedFrom: '2026-10-25T00:00:00+02:00',
      placedTo: '2026-11-01T00:00:00+01:00',
    });
  });
});
