import { describe, expect, it } from 'vitest';
import { salesWindowLabel, windowDraftFrom, windowRequest } from './sales-window';

describe('sales windows', () => {
  it('reads and writes Zurich wall-clock times, empty for no bound', () => {
    expect(windowDraftFrom({ salesStartAt: '2027-03-01T09:00:00.000Z', salesEndAt: null })).toEqual({ salesStartAt: '2027-03-01T10:00', salesEndAt: '' });
    expect(windowRequest({ salesStartAt: '2027-03-01T10:00', salesEndAt: '' })).toEqual({
      ok: true,
      value: { salesStartAt: '2027-03-01T10:00:00+01:00', salesEndAt: null },
    });
    expect(windowRequest({ salesStartAt: '', salesEndAt: '' })).toEqual({ ok: true, value: { salesStartAt: null, salesEndAt: null } });
  });

  it('refuses an end before the start, naming the field', () => {
    expect(windowRequest({ salesStartAt: '2027-03-02T10:00', salesEndAt: '2027-03-01T10:00' }, 'price')).toEqual({
      ok: false,
      errors: [{ field: 'price.salesEndAt', message: 'La fin de la vente doit suivre son ouverture.' }],
    });
  });

  it('says the window in words', () => {
    expect(salesWindowLabel({ salesStartAt: null, salesEndAt: null })).toBeNull();
    expect(salesWindowLabel({ salesStartAt: '2027-03-01T09:00:00.000Z' })).toBe('en vente dès le 01.03.2027 10:00');
    expect(salesWindowLabel({ salesEndAt: '2027-03-20T17:00:00.000Z' })).toBe('en vente jusqu’au 20.03.2027 18:00');
  });
});
