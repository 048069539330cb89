import { formatDateTime, formatMoney, formatTime } from './format';

/** The SPAs' formatMoney (libs/api-client), restated: the server must write amounts the same way. */
const spaFormatMoney = (money: { amount: number; currency: string }, locale = 'fr-CH') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount / 100);

describe('formatting for people', () => {
  it.each([
    [{ amount: 2500, currency: 'CHF' }, undefined],
    [{ amount: 123450, currency: 'CHF' }, undefined],
    [{ amount: 5, currency: 'EUR' }, undefined],
    [{ amount: 0, currency: 'CHF' }, undefined],
    [{ amount: -1500, currency: 'CHF' }, undefined],
    [{ amount: 2500, currency: 'EUR' }, 'de-CH'],
    [{ amount: 2500, currency: 'CHF' }, 'en'],
  ])('writes %j in %s as the SPAs do', (money, locale) => {
    expect(formatMoney(money, locale)).toBe(spaFormatMoney(money, locale));
  });

  it('writes French by default, with the currency', () => {
    expect(formatMoney({ amount: 2500, currency: 'CHF' })).toMatch(/^25\.00\sCHF$/);
    expect(formatMoney({ amount: 2500, currency: 'EUR' })).toMatch(/^25\.00\s€$/);
  });

  it('writes moments in the venue’s time zone', () => {
    expect(formatDateTime(new Date('2027-03-01T19:00:00Z'))).toMatch(/^lundi,? 1 mars 2027 à 20:00$/);
    expect(formatTime(new Date('2027-07-01T17:30:00Z'))).toBe('19:30');
  });
});
