import { describe, expect, it } from 'vitest';
import { type GiftVoucher, readVoucherForm, voucherState } from './voucher-display';

const voucher = (over: Partial<GiftVoucher>): GiftVoucher => ({
  id: 'v',
  orderId: null,
  code: 'K7PM-2QXD-9HWT',
  initialAmount: { amount: 5000, currency: 'CHF' },
  balance: { amount: 5000, currency: 'CHF' },
  expiresAt: '2027-12-31T22:59:59.000Z',
  status: 'active',
  note: null,
  createdAt: '2027-01-01T00:00:00.000Z',
  redemptions: [],
  buyer: null,
  ...over,
});
const now = new Date('2027-06-01T00:00:00Z');

describe('voucher display', () => {
  it('says whether a voucher can still be spent', () => {
    expect(voucherState(voucher({}), now).label).toBe('Valable');
    expect(voucherState(voucher({ balance: { amount: 2000, currency: 'CHF' } }), now).label).toBe('Entamé');
    expect(voucherState(voucher({ balance: { amount: 0, currency: 'CHF' } }), now).label).toBe('Épuisé');
    expect(voucherState(voucher({ expiresAt: '2027-05-01T00:00:00Z' }), now).label).toBe('Expiré');
    expect(voucherState(voucher({ status: 'cancelled' }), now).label).toBe('Annulé');
    expect(voucherState(voucher({ status: 'awaiting_payment', orderId: 'o' }), now).label).toBe('En attente du paiement');
  });

  it('reads the issue form into exact minor units', () => {
    expect(readVoucherForm({ amount: '50.10', currency: 'CHF', expiresOn: '2027-12-31', note: ' Concours ' })).toEqual({
      body: { amount: { amount: 5010, currency: 'CHF' }, expiresAt: '2027-12-31T23:59:59+01:00', note: 'Concours' },
    });
    expect(readVoucherForm({ amount: '0', currency: 'CHF', expiresOn: '', note: '' })).toEqual({
      errors: [{ field: 'amount', message: 'Indiquez une valeur, par exemple 50.00.' }],
    });
  });
});
