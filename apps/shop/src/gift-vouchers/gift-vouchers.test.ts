import type { components, ProblemCode } from '@guichet/api-client';
import { formatMoney } from '@guichet/ui';
import { describe, expect, it } from 'vitest';
import {
  changedVoucherLines,
  groupVoucherCode,
  keptVoucherLines,
  offerCurrencies,
  offerValueLabel,
  readVoucherValue,
  validUntilLabel,
  voucherChangeMessage,
  voucherLineOfField,
  voucherLineQuantities,
  voucherRequests,
} from './gift-vouchers';

type Offer = components['schemas']['GiftVoucherOfferResponse'];
type Cart = components['schemas']['CartResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const offer = (over: Partial<Offer>): Offer => ({
  id: 'fixed',
  name: 'Bon 50 francs',
  currency: 'CHF',
  amount: chf(5000),
  minAmount: null,
  maxAmount: null,
  validityMonths: 12,
  onSale: true,
  position: 0,
  ...over,
});
const fixed = offer({});
const free = offer({ id: 'free', name: 'Bon au choix', amount: null, minAmount: chf(2000), maxAmount: chf(20000) });

describe('offerValueLabel', () => {
  it('shows the fixed value, or the range the buyer chooses in', () => {
    expect(offerValueLabel(fixed)).toBe(formatMoney(chf(5000)));
    expect(offerValueLabel(free)).toBe(`Valeur au choix, de ${formatMoney(chf(2000))} à ${formatMoney(chf(20000))}`);
  });
});

describe('readVoucherValue', () => {
  it('takes the fixed value whatever was typed', () => {
    expect(readVoucherValue('', fixed)).toEqual({ amount: 5000 });
  });
  it('reads a value within the range, bounds included', () => {
    expect(readVoucherValue('75.50', free)).toEqual({ amount: 7550 });
    expect(readVoucherValue('75,5', free)).toEqual({ amount: 7550 });
    expect(readVoucherValue('20', free)).toEqual({ amount: 2000 });
    expect(readVoucherValue('200.00', free)).toEqual({ amount: 20000 });
  });
  it('refuses a value outside the range with the range in French', () => {
    const range = `entre ${formatMoney(chf(2000))} et ${formatMoney(chf(20000))}`;
    expect(readVoucherValue('19.99', free)).toEqual({ error: `La valeur doit être comprise ${range}.` });
    expect(readVoucherValue('250', free)).toEqual({ error: `La valeur doit être comprise ${range}.` });
  });
  it('asks for a value when none or an unreadable one is typed', () => {
    expect(readVoucherValue('  ', free)).toEqual({ error: `Indiquez la valeur du bon, entre ${formatMoney(chf(2000))} et ${formatMoney(chf(20000))}.` });
    expect(readVoucherValue('cinquante', free)).toEqual({ error: 'Indiquez un montant, par exemple 20.00.' });
    expect(readVoucherValue('-30', free)).toEqual({ error: 'Indiquez un montant, par exemple 20.00.' });
  });
});

describe('voucherRequests', () => {
  it('builds the cart lines of the chosen offers, with the value only for buyer-chosen ones', () => {
    const result = voucherRequests([fixed, free], { fixed: { quantity: 2, value: '' }, free: { quantity: 1, value: '80' } });
    expect(result).toEqual({
      lines: [
        { offerId: 'fixed', quantity: 2 },
        { offerId: 'free', quantity: 1, amount: 8000 },
      ],
      errors: {},
      total: 18000,
    });
  });
  it('skips offers left at zero, even with a bad value typed', () => {
    expect(voucherRequests([fixed, free], { fixed: { quantity: 1, value: '' }, free: { quantity: 0, value: '5' } })).toEqual({
      lines: [{ offerId: 'fixed', quantity: 1 }],
      errors: {},
      total: 5000,
    });
  });
  it('names the offer whose value cannot be taken', () => {
    const result = voucherRequests([fixed, free], { free: { quantity: 1, value: '500' } });
    expect(result.lines).toEqual([]);
    expect(Object.keys(result.errors)).toEqual(['free']);
  });
});

describe('offerCurrencies', () => {
  it('lists each currency once, CHF first', () => {
    expect(offerCurrencies([offer({ id: 'e', currency: 'EUR' }), fixed, free])).toEqual(['CHF', 'EUR']);
    expect(offerCurrencies([])).toEqual([]);
  });
});

const cart: Cart = {
  id: 'cart-1',
  status: 'open',
  expiresAt: '2026-11-22T11:00:00.000Z',
  orderId: null,
  subtotal: chf(15000),
  discount: chf(0),
  promoCode: null,
  giftVoucher: chf(0),
  giftVoucherCode: null,
  total: chf(15000),
  items: [],
  giftVouchers: [
    { offerId: 'fixed', name: 'Bon 50 francs', quantity: 1, unitPrice: chf(5000), lineTotal: chf(5000), validityMonths: 12 },
    { offerId: 'free', name: 'Bon au choix', quantity: 1, unitPrice: chf(10000), lineTotal: chf(10000), validityMonths: 12 },
  ],
};

describe('keptVoucherLines', () => {
  it('carries the vouchers of an open cart into the next one, at their value', () => {
    expect(keptVoucherLines(cart, 'CHF')).toEqual([
      { offerId: 'fixed', quantity: 1, amount: 5000 },
      { offerId: 'free', quantity: 1, amount: 10000 },
    ]);
  });
  it('keeps nothing from a closed cart, a cart in another currency, or no cart', () => {
    expect(keptVoucherLines({ ...cart, status: 'expired' }, 'CHF')).toEqual([]);
    expect(keptVoucherLines(cart, 'EUR')).toEqual([]);
    expect(keptVoucherLines(null, 'CHF')).toEqual([]);
  });
});

describe('changedVoucherLines', () => {
  it('sends the whole list with one line at its new quantity, the others as they are', () => {
    expect(changedVoucherLines(cart, 1, 3)).toEqual([
      { offerId: 'fixed', quantity: 1, amount: 5000 },
      { offerId: 'free', quantity: 3, amount: 10000 },
    ]);
  });
  it('leaves a line out at quantity zero', () => {
    expect(changedVoucherLines(cart, 0, 0)).toEqual([{ offerId: 'free', quantity: 1, amount: 10000 }]);
    expect(changedVoucherLines({ giftVouchers: cart.giftVouchers.slice(0, 1) }, 0, 0)).toEqual([]);
  });
});

describe('voucherLineQuantities', () => {
  it('offers 1 to 10, or up to what a line already holds', () => {
    expect(voucherLineQuantities(2)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(voucherLineQuantities(12)).toHaveLength(12);
    expect(voucherLineQuantities(12).at(-1)).toBe(12);
  });
});

describe('voucherChangeMessage', () => {
  const sent = changedVoucherLines(cart, 0, 2);
  it('names the voucher a refusal is about, in the shop’s words', () => {
    const error = {
      code: 'GIFT_VOUCHER_OFFER_NOT_ON_SALE' as const,
      detail: 'not on sale',
      errors: [{ field: 'giftVouchers[1].offerId', message: 'not on sale' }],
    };
    expect(voucherChangeMessage(error, sent, cart)).toBe('Bon au choix : ce bon cadeau n’est plus en vente.');
  });
  it('says the catalog’s words alone when the refusal names no line', () => {
    expect(voucherChangeMessage({ code: 'CART_EXPIRED', detail: 'The places in this cart were released' }, sent, cart)).toBe(
      'Le délai de réservation de vos places est écoulé : choisissez-les à nouveau.',
    );
  });
  it('keeps the API’s detail for a code this build does not know yet', () => {
    expect(voucherChangeMessage({ code: 'SOMETHING_NEWER' as ProblemCode, detail: 'The API says' }, sent, cart)).toBe('The API says');
  });
});

describe('voucherLineOfField', () => {
  it('finds the line a refusal names', () => {
    expect(voucherLineOfField('giftVouchers[1].amount')).toBe(1);
    expect(voucherLineOfField('giftVouchers[0].offerId')).toBe(0);
    expect(voucherLineOfField('items[0].amount')).toBeNull();
  });
});

describe('voucher display', () => {
  it('groups a code by four, however the API spells it', () => {
    expect(groupVoucherCode('K7PM2QXD9HWT')).toBe('K7PM-2QXD-9HWT');
    expect(groupVoucherCode('k7pm-2qxd-9hwt')).toBe('K7PM-2QXD-9HWT');
  });
  it('gives the last day of validity in Zurich time', () => {
    // 23:30 UTC on 21 November is already 22 November in Zurich.
    expect(validUntilLabel('2027-11-21T23:30:00.000Z')).toBe('Valable jusqu’au 22 novembre 2027');
  });
});
