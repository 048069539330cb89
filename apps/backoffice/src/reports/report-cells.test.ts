import { describe, expect, it } from 'vitest';
import { cellText, currenciesIn } from './report-cells';

const chf = (amount: number) => ({ amount, currency: 'CHF' });

describe('a report’s cells', () => {
  it('gives an amount alone in a one-currency report, with its currency otherwise', () => {
    expect(currenciesIn([chf(1), { amount: 2, currency: 'EUR' }, chf(3)])).toEqual(['CHF', 'EUR']);
    expect(cellText(chf(-1550), ['CHF'])).toBe('-15.50');
    expect(cellText(4, ['CHF'])).toBe('4');
    expect(cellText(chf(1550), ['CHF', 'EUR'])).toMatch(/^15\.50\sCHF$/);
  });
});
