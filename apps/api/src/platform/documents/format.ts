/**
 * How the server writes amounts and moments for people (emails, PDFs): exactly as the SPAs do —
 * `formatMoney` in libs/ui (both SPAs) is `Intl.NumberFormat(locale, { style: 'currency', currency })`
 * on minor units / 100 — so an amount reads the same on a page, in an email and on a ticket.
 * French (Switzerland) unless a language is given; times in the venue's zone.
 */
export const DEFAULT_LOCALE = 'fr-CH';
export const VENUE_TIME_ZONE = 'Europe/Zurich';

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: { amount: number; currency: string }, locale = DEFAULT_LOCALE): string {
  const key = `${locale}|${money.currency}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency })));
  return format.format(money.amount / 100);
}

/** "samedi 12 décembre 2026 à 20:00" */
export function formatDateTime(at: Date, locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: VENUE_TIME_ZONE }).format(at);
}

/** "12 décembre 2026" */
export function formatDay(at: Date, locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: VENUE_TIME_ZONE }).format(at);
}

/** "19:30" */
export function formatTime(at: Date, locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: VENUE_TIME_ZONE }).format(at);
}
