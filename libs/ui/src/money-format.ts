import { displayLocale } from './locale';

/** One `Intl.NumberFormat` per language and currency, made once and reused by every amount shown. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount in minor units as both SPAs write it: `{ amount: 5200, currency: 'CHF' }` → "52.00 CHF"
 * in French (fr-CH), "CHF 52.00" in German (de-CH): the display locale unless one is given. Every
 * amount on a screen goes through here, so they all read the same way.
 */
export function formatMoney(money: { amount: number; currency: string }, locale = displayLocale()): string {
  const key = `${locale}|${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    formatters.set(key, formatter);
  }
  return formatter.format(money.amount / 100);
}
