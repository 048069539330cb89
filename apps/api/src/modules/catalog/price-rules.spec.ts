import { DomainError } from '../../platform/http/problem';
import { assertPriceRules, unitAmountFor } from './price-rules';

const untaxed = { subjectToEntertainmentTax: false };
const codeOf = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return { code: (e as DomainError).code, fields: (e as DomainError).errors?.map((x) => x.field) };
  }
};

describe('price rules', () => {
  it('accepts a fixed price in CHF and EUR', () => {
    expect(
      codeOf(() =>
        assertPriceRules(
          {
            kind: 'fixed',
            amounts: [
              { amount: 2500, currency: 'CHF' },
              { amount: 2600, currency: 'EUR' },
            ],
          },
          untaxed,
          'prices[0]',
        ),
      ),
    ).toBeNull();
  });

  it('refuses a fixed price without an amount, or at zero', () => {
    expect(codeOf(() => assertPriceRules({ kind: 'fixed' }, untaxed, 'prices[0]'))).toEqual({ code: 'VALIDATION_FAILED', fields: ['prices[0].amounts'] });
    expect(codeOf(() => assertPriceRules({ kind: 'fixed', amounts: [{ amount: 0, currency: 'CHF' }] }, untaxed, 'p'))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['p.amounts[0].amount'],
    });
  });

  it('refuses two amounts in one currency', () => {
    const twice = {
      kind: 'fixed' as const,
      amounts: [
        { amount: 1, currency: 'CHF' },
        { amount: 2, currency: 'CHF' },
      ],
    };
    expect(codeOf(() => assertPriceRules(twice, untaxed, 'p'))?.fields).toContain('p.amounts');
  });

  it('refuses an amount on a free price', () => {
    expect(codeOf(() => assertPriceRules({ kind: 'free', amounts: [{ amount: 100, currency: 'CHF' }] }, untaxed, 'p'))?.code).toBe('VALIDATION_FAILED');
  });

  it('wants a pay-what-you-want minimum of more than 2.00 in every currency', () => {
    expect(codeOf(() => assertPriceRules({ kind: 'pay_what_you_want', amounts: [{ amount: 201, currency: 'CHF' }] }, untaxed, 'p'))).toBeNull();
    expect(
      codeOf(() =>
        assertPriceRules(
          {
            kind: 'pay_what_you_want',
            amounts: [
              { amount: 500, currency: 'CHF' },
              { amount: 200, currency: 'EUR' },
            ],
          },
          untaxed,
          'p',
        ),
      ),
    ).toEqual({
      code: 'PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW',
      fields: ['p.amounts[1].amount'],
    });
    expect(codeOf(() => assertPriceRules({ kind: 'pay_what_you_want' }, untaxed, 'p'))?.code).toBe('VALIDATION_FAILED');
  });

  it('refuses pay-what-you-want for an event subject to the Lausanne entertainment tax', () => {
    expect(
      codeOf(() => assertPriceRules({ kind: 'pay_what_you_want', amounts: [{ amount: 1000, currency: 'CHF' }] }, { subjectToEntertainmentTax: true }, 'p')),
    ).toEqual({
      code: 'PAY_WHAT_YOU_WANT_NOT_ALLOWED',
      fields: ['p.kind'],
    });
  });

  it('lets the buyer pay at least the minimum of a pay-what-you-want price', () => {
    expect(unitAmountFor('pay_what_you_want', 1000, 1500, 'a')).toBe(1500);
    expect(unitAmountFor('pay_what_you_want', 1000, 1000, 'a')).toBe(1000);
    expect(codeOf(() => unitAmountFor('pay_what_you_want', 1000, 999, 'items[0].amount'))).toEqual({
      code: 'PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW',
      fields: ['items[0].amount'],
    });
    expect(codeOf(() => unitAmountFor('pay_what_you_want', 1000, undefined, 'a'))?.code).toBe('VALIDATION_FAILED');
  });

  it('takes no buyer amount for fixed and free prices', () => {
    expect(unitAmountFor('fixed', 2500, undefined, 'a')).toBe(2500);
    expect(unitAmountFor('free', 0, undefined, 'a')).toBe(0);
    expect(codeOf(() => unitAmountFor('fixed', 2500, 3000, 'a'))?.code).toBe('VALIDATION_FAILED');
  });
});
