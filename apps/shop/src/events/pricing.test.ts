import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { amountIn, initialCurrency, offeredCurrencies, priceApplies, priceLabel, pricesFor, readChosenAmount } from './pricing';

type ShopPrice = components['schemas']['ShopPriceResponse'];

const price = (over: Partial<ShopPrice>): ShopPrice => ({
  id: 'p',
  name: 'Plein tarif',
  kind: 'fixed',
  amounts: [],
  dateIds: null,
  zoneIds: null,
  salesStartAt: null,
  salesEndAt: null,
  salesStatus: 'open',
  ...over,
});
const full = price({
  id: 'full',
  amounts: [
    { amount: 3800, currency: 'CHF' },
    { amount: 4000, currency: 'EUR' },
  ],
});
const balconyFriday = price({ id: 'balcony', amounts: [{ amount: 2000, currency: 'CHF' }], dateIds: ['fri'], zoneIds: ['balcony'] });
const free = price({ id: 'free', kind: 'free' });
const pwyw = price({
  id: 'pwyw',
  kind: 'pay_what_you_want',
  amounts: [
    { amount: 1000, currency: 'CHF' },
    { amount: 1000, currency: 'EUR' },
  ],
});

describe('priceApplies', () => {
  it('applies to every date and zone when they are null', () => {
    expect(priceApplies(full, 'any', 'any')).toBe(true);
  });

  it('applies only to the listed dates and zones otherwise', () => {
    expect(priceApplies(balconyFriday, 'fri', 'balcony')).toBe(true);
    expect(priceApplies(balconyFriday, 'sat', 'balcony')).toBe(false);
    expect(priceApplies(balconyFriday, 'fri', 'stalls')).toBe(false);
    expect(priceApplies(price({ dateIds: ['fri'] }), 'fri', 'stalls')).toBe(true);
  });
});

describe('currencies', () => {
  it('offers the currencies the prices are listed in, CHF first', () => {
    expect(offeredCurrencies([free, balconyFriday])).toEqual(['CHF']);
    expect(offeredCurrencies([price({ amounts: [{ amount: 100, currency: 'EUR' }] }), full])).toEqual(['CHF', 'EUR']);
    expect(offeredCurrencies([free])).toEqual([]);
  });

  it('starts on the shop’s currency when offered', () => {
    expect(initialCurrency(['CHF', 'EUR'], 'EUR')).toBe('EUR');
    expect(initialCurrency(['EUR'], 'CHF')).toBe('EUR');
    expect(initialCurrency([], 'CHF')).toBe('CHF');
  });

  it('reads the amount in a currency', () => {
    expect(amountIn(full, 'EUR')).toEqual({ amount: 4000, currency: 'EUR' });
    expect(amountIn(balconyFriday, 'EUR')).toBeNull();
  });
});

describe('pricesFor', () => {
  it('keeps the prices of the date × zone that are free or listed in the currency', () => {
    const all = [full, balconyFriday, free, pwyw];
    expect(pricesFor(all, 'fri', 'balcony', 'CHF').map((p) => p.id)).toEqual(['full', 'balcony', 'free', 'pwyw']);
    expect(pricesFor(all, 'fri', 'balcony', 'EUR').map((p) => p.id)).toEqual(['full', 'free', 'pwyw']);
    expect(pricesFor(all, 'sat', 'balcony', 'CHF').map((p) => p.id)).toEqual(['full', 'free', 'pwyw']);
  });
});

describe('readChosenAmount', () => {
  const minimum = { amount: 1000, currency: 'CHF' as const };

  it('takes an amount at or above the minimum, in exact centimes', () => {
    expect(readChosenAmount('10', minimum)).toEqual({ amount: 1000 });
    expect(readChosenAmount('15.50', minimum)).toEqual({ amount: 1550 });
    expect(readChosenAmount('12,35', minimum)).toEqual({ amount: 1235 });
  });

  it('refuses an amount under the minimum or unreadable', () => {
    expect(readChosenAmount('9.99', minimum)).toEqual({ error: expect.stringContaining('10.00') });
    expect(readChosenAmount('', minimum)).toEqual({ error: expect.stringContaining('Indiquez') });
    expect(readChosenAmount('dix', minimum)).toEqual({ error: expect.stringContaining('Indiquez') });
  });
});

describe('priceLabel', () => {
  it('names the amount, the minimum, or free', () => {
    expect(priceLabel(full, 'EUR')).toMatch(/^40\.00\s€$/);
    expect(priceLabel(free, 'CHF')).toBe('Gratuit');
    expect(priceLabel(pwyw, 'CHF')).toMatch(/^À votre prix, dès 10\.00\sCHF$/);
  });
});
