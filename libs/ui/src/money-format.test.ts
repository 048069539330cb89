import { describe, expect, it } from 'vitest';
import { formatMoney } from './money-format';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('writes minor units the Swiss French way, whatever the currency', () => {
    expect(plain(formatMoney({ amount: 5200, currency: 'CHF' }))).toBe('52.00 CHF');
    expect(plain(formatMoney({ amount: 123456, currency: 'CHF' }))).toBe('1 234.56 CHF');
    expect(plain(formatMoney({ amount: 5, currency: 'EUR' }))).toBe('0.05 €');
    expect(plain(formatMoney({ amount: 0, currency: 'CHF' }))).toBe('0.00 CHF');
  });

  it('writes an amount the same way each time (one formatter per language and currency)', () => {
    expect(formatMoney({ amount: 1040, currency: 'CHF' })).toBe(formatMoney({ amount: 1040, currency: 'CHF' }));
    expect(plain(formatMoney({ amount: 1040, currency: 'CHF' }, 'de-CH'))).toBe('CHF 10.40');
  });
});
