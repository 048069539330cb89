import { ref } from 'vue';

/**
 * The locale amounts and dates are written in (`fr-CH`, `de-CH`, `it-CH`, `en-CH`: Swiss usage of
 * each language). Reactive: a template that formats an amount re-renders when the language changes.
 * `createCatalog` sets it with the catalog's language.
 */
const current = ref('fr-CH');

export function displayLocale(): string {
  return current.value;
}

export function setDisplayLocale(locale: string): void {
  current.value = locale;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.DateTimeFormat` with these options in the display locale (made once per locale and options). */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = current.value;
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
