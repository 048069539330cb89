import { catalogLeaves, formatDateTime, formatMoney, pickLocale } from '@guichet/ui';
import { afterEach, describe, expect, it } from 'vitest';
import { cartSummary } from '../cart/cart-summary';
import { CATALOGS, type Locale, LOCALES, type MessageKey, setLocale, t } from './i18n';

const keysOf = (catalog: object) => catalogLeaves(catalog).map(([key]) => key);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (text: string) => text.split('|').length;

describe('the four catalogs of the shop', () => {
  afterEach(() => setLocale('fr'));

  it('are French, German, Italian and English', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(['de', 'en', 'fr', 'it']);
  });

  it.each(LOCALES.filter((l) => l !== 'fr'))('%s has exactly the keys of the French catalog', (locale) => {
    expect(keysOf(CATALOGS[locale]).sort()).toEqual(keysOf(CATALOGS.fr).sort());
  });

  it.each(LOCALES.filter((l) => l !== 'fr'))('%s fills the same placeholders and has as many plural forms as French', (locale) => {
    const french = new Map(catalogLeaves(CATALOGS.fr));
    for (const [key, text] of catalogLeaves(CATALOGS[locale])) {
      expect(placeholders(text), key).toEqual(placeholders(french.get(key)!));
      expect(forms(text), key).toBe(forms(french.get(key)!));
    }
  });

  it.each(LOCALES.filter((l) => l !== 'fr'))('%s is written in its own language, not left in French', (locale) => {
    const french = new Map(catalogLeaves(CATALOGS.fr));
    // A few words are the same in both (Zone, Total, Contact, "{count} dates"…), but no sentence is.
    const words = (text: string) =>
      text
        .replace(/\{\w+\}/g, '')
        .replace(/[^\p{L}]+/gu, ' ')
        .trim();
    const same = catalogLeaves(CATALOGS[locale]).filter(([key, text]) => words(text).length > 12 && text === french.get(key));
    expect(same).toEqual([]);
  });

  it('writes Swiss German: Billett, and no ß', () => {
    const german = catalogLeaves(CATALOGS.de).map(([, text]) => text);
    expect(german.filter((text) => text.includes('ß'))).toEqual([]);
    expect(german.filter((text) => /Ticket(s)?\b/.test(text) && !/Ticketing/.test(text))).toEqual([]);
    expect(CATALOGS.de.cart.tickets).toBe('{count} Billett | {count} Billette');
  });

  it.each(LOCALES)('%s shows every message without placeholders exactly as written', (locale: Locale) => {
    setLocale(locale);
    for (const [key, text] of catalogLeaves(CATALOGS[locale]).filter(([, text]) => !/[{|]/.test(text))) expect(t(key as MessageKey), key).toBe(text);
  });

  it('follows the chosen language: words, plurals, amounts and dates', () => {
    const cart = { items: [{ quantity: 2 }], giftVouchers: [{ quantity: 1 }] } as Parameters<typeof cartSummary>[0];
    const chf = { amount: 123450, currency: 'CHF' };
    const at = '2027-05-01T18:00:00.000Z';

    expect(cartSummary(cart).label).toBe('2 billets et 1 bon cadeau');
    expect(formatMoney(chf).replace(/\s/g, ' ')).toBe('1 234.50 CHF');
    expect(formatDateTime(at)).toMatch(/^sam\.,? 1 mai 2027 à 20:00$/);

    setLocale('de');
    expect(document.documentElement.lang).toBe('de');
    expect(cartSummary(cart).label).toBe('2 Billette und 1 Geschenkgutschein');
    expect(formatMoney(chf)).toMatch(/^CHF\s1['’]234\.50$/);
    expect(formatDateTime(at)).toMatch(/^Sa\., 1\. Mai 2027(,| um) 20:00$/);

    setLocale('it');
    expect(cartSummary(cart).label).toBe('2 biglietti e 1 buono regalo');
    expect(formatDateTime(at)).toMatch(/^sab,? 1 maggio 2027(,| alle ore) 20:00$/);

    setLocale('en');
    expect(cartSummary(cart).label).toBe('2 tickets and 1 gift voucher');
    expect(formatMoney(chf)).toMatch(/^CHF\s1['’]234\.50$/);
    expect(t('booking.onlyLeft', { count: 1 }, 1)).toBe('Only 1 place left.');
  });

  it('speaks the first of the browser’s languages that has a catalog, else French', () => {
    expect(pickLocale(['de-CH', 'fr'], LOCALES)).toBe('de');
    expect(pickLocale(['es-ES', 'it-IT'], LOCALES)).toBe('it');
    expect(pickLocale(['es', 'pt'], LOCALES)).toBe('fr');
  });
});
