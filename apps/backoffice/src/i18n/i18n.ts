import { createI18n } from 'vue-i18n';
import { fr } from './fr';

/** The languages Guichet is written for (the shop's issue); a catalog per language, French first. */
export const LOCALES = ['fr', 'de', 'it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every language has the keys of the French catalog: a `de.ts` typed `Catalog` lists what it lacks at typecheck. */
export type Catalog = typeof fr;

/** The catalogs written so far. French is the reference and the fallback; add `de` here once `de.ts` exists. */
export const CATALOGS: { fr: Catalog } & Partial<Record<Locale, Catalog>> = { fr };

/** A message's path in the catalog, e.g. `labels.orderStatus.paid`. */
export type MessageKey = Leaves<Catalog>;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends string ? `${Prefix}${K}` : Leaves<NonNullable<T[K]>, `${Prefix}${K}.`>;
}[keyof T & string];

/** The first of the browser's languages that has a catalog, else French. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    const locale = LOCALES.find((l) => l === language);
    if (locale && CATALOGS[locale]) return locale;
  }
  return 'fr';
}

export const i18n = createI18n({
  legacy: false,
  locale: pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLocale: 'fr',
  messages: CATALOGS,
});

type Translate = (key: string, named: Record<string, unknown>, plural?: number) => string;
const translate = i18n.global.t as unknown as Translate;

/**
 * The catalog's message at `key`, with `{name}` placeholders filled from `named`; `plural` picks the
 * form of a message with `|` (one | several). Reactive: a template that calls it follows the locale.
 */
export function t(key: MessageKey, named: Record<string, unknown> = {}, plural?: number): string {
  return plural === undefined ? translate(key, named) : translate(key, named, plural);
}

/** Whether the catalog has a message at a path built at run time (an API value this build may not know). */
export function hasMessage(key: string): boolean {
  return i18n.global.te(key) || i18n.global.te(key, 'fr');
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
