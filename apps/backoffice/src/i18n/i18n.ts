import { createCatalog, type Leaves, type Locale } from '@guichet/ui';
import { fr } from './fr';

export { LOCALES } from '@guichet/ui';
export type { Locale } from '@guichet/ui';

/** Every language has the keys of the French catalog: a `de.ts` typed `Catalog` lists what it lacks at typecheck. */
export type Catalog = typeof fr;

/** The catalogs written so far. French is the reference and the fallback; add `de` here once `de.ts` exists. */
export const CATALOGS: { fr: Catalog } & Partial<Record<Locale, Catalog>> = { fr };

/** A message's path in the catalog, e.g. `labels.orderStatus.paid`. */
export type MessageKey = Leaves<Catalog>;

export const { i18n, t, hasMessage, setLocale } = createCatalog(CATALOGS);
