import { de } from './de';
import { en } from './en';
import { type DocumentWords, fr } from './fr';
import { it } from './it';

export type { DocumentWords } from './fr';

/** The languages a customer's documents are written in (the shop's languages); French unless chosen. */
export const LANGUAGES = ['fr', 'de', 'it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const WORDS: Record<Language, DocumentWords> = { fr, de, it, en };
/** Swiss usage of each language for amounts and dates ("CHF 1'234.50" in German, "1 234.50 CHF" in French). */
const LOCALES: Record<Language, string> = { fr: 'fr-CH', de: 'de-CH', it: 'it-CH', en: 'en-CH' };

/** A document's language: its words and the locale its amounts and dates are written in. */
export function documentLanguage(language: Language): { words: DocumentWords; locale: string } {
  return { words: WORDS[language] ?? fr, locale: LOCALES[language] ?? LOCALES.fr };
}
