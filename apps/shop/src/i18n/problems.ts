import type { ProblemCode } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { type Catalog, hasMessage, type MessageKey, t } from './i18n';

/** A problem the API answered (its code is one of the contract's), or one the shop made itself (no code). */
export type ShownProblem = ProblemLike & { code?: ProblemCode };
/** A place of the shop where some codes have their own words (`problemsIn`). */
export type ProblemPlace = keyof Catalog['problemsIn'];

/** The catalog's words for a problem code (in `place`'s words when it has some); null for a code this build does not know yet. */
export function problemWords(code: ProblemCode, place?: ProblemPlace): string | null {
  const here = place && `problemsIn.${place}.${code}`;
  if (here && hasMessage(here)) return t(here as MessageKey);
  const key = `problems.${code}` as const satisfies MessageKey;
  return hasMessage(key) ? t(key) : null;
}

/**
 * The problem in the catalog's words: its `detail` replaced by the words for its code, as said in
 * `place` if given. Every problem the shop shows goes through here first. A problem without a code
 * (made by the shop, already in its words) or with an unknown one keeps what it says.
 */
export function inWords<T extends ShownProblem>(problem: T, place?: ProblemPlace): T {
  if (!problem.code) return problem;
  const detail = problemWords(problem.code, place);
  // The API words its field errors in English: the customer reads the catalog's words for the
  // fields a form of the shop shows; the others (a path like items[0].seatIds) are left to the detail.
  const errors = problem.errors?.filter((e) => hasMessage(`fields.${e.field}`)).map((e) => ({ ...e, message: fieldWords(e.field) }));
  if (!detail && !errors) return problem;
  return { ...problem, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
}

/** The catalog's words for a field the API refused (`customer.email`), or general ones for a field it does not name. */
export function fieldWords(field: string): string {
  const key = `fields.${field}`;
  return hasMessage(key) ? t(key as MessageKey) : t('fields.other');
}
