import { createCatalog, type Leaves, type Locale, LOCALES } from '@guichet/ui';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { it } from './it';

export { LOCALES } from '@guichet/ui';
export type { Locale } from '@guichet/ui';

/** Every language has the keys of the French catalog: `de.ts` is typed `Catalog`, so a missing key fails the typecheck. */
export type Catalog = typeof fr;

/** The shop's languages; French is the reference and the fallback. */
export const CATALOGS: Record<Locale, Catalog> = { fr, de, it, en };

/** A message's path in the catalog, e.g. `labels.orderStatus.paid`. */
export type MessageKey = Leaves<Catalog>;

export const { i18n, t, hasMessage, setLocale, locale } = createCatalog(CATALOGS);

/** Where the customer's choice of language is remembered (this browser only). */
export const LOCALE_STORAGE_KEY = 'guichet.shop.locale';

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The customer's choice: shown at once and remembered for their next visit. */
export function chooseLocale(chosen: Locale): void {
  setLocale(chosen);
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, chosen);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this visit.
  }
}

/** At start: the language chosen before in this browser, else the browser's first language the shop speaks, else French. */
export function restoreLocale(): void {
  const stored = storedLocale();
  setLocale(isLocale(stored) ? stored : locale());
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}
