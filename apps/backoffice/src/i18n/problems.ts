import type { ProblemCode } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { hasMessage, type MessageKey, t } from './i18n';

/** A problem the API answered (its code is one of the contract's), or one the backoffice made itself (no code). */
export type ShownProblem = ProblemLike & { code?: ProblemCode };

/** The catalog's words for a problem code; null for a code this build does not know yet (a newer API). */
export function problemWords(code: ProblemCode): string | null {
  const key = `problems.${code}` as const satisfies MessageKey;
  return hasMessage(key) ? t(key) : null;
}

/**
 * The problem in the catalog's words: its `detail` replaced by the words for its code and, for the
 * codes the catalog words per field too, its field messages. Every problem the backoffice shows goes
 * through here first. A problem without a code (made by the backoffice, already in its words) or with
 * an unknown one keeps what it says.
 */
export function inWords<T extends ShownProblem>(problem: T): T {
  if (!problem.code) return problem;
  const detail = problemWords(problem.code);
  if (!detail) return problem;
  const fieldKey = `problemFields.${problem.code}` as const satisfies MessageKey;
  const field = hasMessage(fieldKey) ? t(fieldKey) : null;
  return { ...problem, detail, errors: problem.errors?.map((e) => ({ ...e, message: field ?? fieldMessageInWords(e.message) })) };
}

/** What the API's validation says of a field, as class-validator words it, matched to the catalog's words. */
const FIELD_MESSAGES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/must be a UUID/i, () => t('fieldMessages.uuid')],
  [/should not be empty|is required|must not be empty|^required$/i, () => t('fieldMessages.empty')],
  [/shorter than or equal to (\d+)|at most (\d+) characters/i, (m) => t('fieldMessages.maxLength', { max: m[1] ?? m[2] })],
  [/longer than or equal to (\d+)|at least (\d+) characters/i, (m) => t('fieldMessages.minLength', { min: m[1] ?? m[2] })],
  [/must be an integer/i, () => t('fieldMessages.integer')],
  [/must be a number|conforming to the specified constraints/i, () => t('fieldMessages.number')],
  [/must not be less than (-?[\d.]+)/i, (m) => t('fieldMessages.min', { min: m[1] })],
  [/must not be greater than (-?[\d.]+)/i, (m) => t('fieldMessages.max', { max: m[1] })],
  [/must be an email/i, () => t('fieldMessages.email')],
  [/ISO 8601|date string|must be a date/i, () => t('fieldMessages.date')],
  [/one of (?:the following values: )?(.+)$/i, (m) => t('fieldMessages.oneOf', { values: m[1] })],
  [/must be a boolean/i, () => t('fieldMessages.boolean')],
  [/must be an array/i, () => t('fieldMessages.array')],
  [/must be a string/i, () => t('fieldMessages.text')],
  [/unknown property|should not exist/i, () => t('fieldMessages.unknown')],
];

/** The API's (English) message of one field in the catalog's words; anything not recognised reads « valeur refusée ». */
export function fieldMessageInWords(message: string): string {
  for (const [pattern, words] of FIELD_MESSAGES) {
    const match = message.match(pattern);
    if (match) return words(match);
  }
  return t('fieldMessages.fallback');
}
