import { createI18n } from 'vue-i18n';
import { setDisplayLocale } from './locale';

/** The languages Guichet is written for; a catalog per language, French first (the reference and the fallback). */
export const LOCALES = ['fr', 'de', 'it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message's path in a catalog, e.g. `labels.orderStatus.paid`. */
export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends string ? `${Prefix}${K}` : Leaves<NonNullable<T[K]>, `${Prefix}${K}.`>;
}[keyof T & string];

/** The first of the browser's languages that has a catalog, else French. */
export function pickLocale(preferred: readonly string[], available: readonly Locale[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    const locale = available.find((l) => l === language);
    if (locale) return locale;
  }
  return 'fr';
}

/** Where amounts and dates of a language are written the Swiss way: "CHF 52.00" in German, "52.00 CHF" in French. */
export const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-CH', de: 'de-CH', it: 'it-CH', en: 'en-CH' };

type Translate = (key: string, named: Record<string, unknown>, plural?: number) => string;

/**
 * One SPA's message catalog (ADR 0011): vue-i18n with the SPA's catalogs, French the reference and
 * the fallback, the browser's language when a catalog exists for it. Each SPA calls this once, in
 * its `src/i18n/i18n.ts`, with its own catalogs.
 */
/**
 * French counts 0 and 1 as one (« 0 billet vendu »); vue-i18n's default rule is English's (« 0 tickets »).
 * With three forms (none | one | several) the first is for 0, as by default.
 */
export function frenchPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice);
  if (choicesLength === 3) return n === 0 ? 0 : n === 1 ? 1 : 2;
  return n < 2 ? 0 : 1;
}

export function createCatalog<C extends object>(catalogs: { fr: C } & Partial<Record<Locale, C>>) {
  const available = LOCALES.filter((l) => catalogs[l]);
  const initial = pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages, available);
  setDisplayLocale(INTL_LOCALES[initial]);
  const i18n = createI18n({
    legacy: false,
    locale: initial,
    fallbackLocale: 'fr',
    pluralRules: { fr: frenchPlural },
    // vue-i18n types messages by a schema it infers; ours is checked by `Catalog` in each SPA instead.
    messages: catalogs as unknown as Record<string, Record<string, never>>,
  });
  // The composer, seen through the few calls we make (its generic types are too deep for our catalogs).
  const global = i18n.global as unknown as { t: Translate; te(key: string, locale?: string): boolean; locale: { value: string } };
  return {
    i18n,
    /**
     * The message at `key`, with `{name}` placeholders filled from `named`; `plural` picks the form of
     * a message with `|` (one | several). Reactive: a template that calls it follows the locale.
     */
    t(key: Leaves<C>, named: Record<string, unknown> = {}, plural?: number): string {
      return plural === undefined ? global.t(key, named) : global.t(key, named, plural);
    },
    /** Whether the catalog has a message at a path built at run time (an API value this build may not know). */
    hasMessage(key: string): boolean {
      return global.te(key) || global.te(key, 'fr');
    },
    /** The language shown (its words, amounts and dates) and the page's `lang`. */
    setLocale(locale: Locale): void {
      global.locale.value = locale;
      setDisplayLocale(INTL_LOCALES[locale]);
      if (typeof document !== 'undefined') document.documentElement.lang = locale;
    },
    locale(): Locale {
      return global.locale.value as Locale;
    },
    available,
  };
}

/** Every message of a catalog as [path, text], for the SPAs' catalog tests. */
export function catalogLeaves(node: object, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : catalogLeaves(value as object, `${prefix}${key}.`),
  );
}
