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
  return { ...problem, detail, errors: field ? problem.errors?.map((e) => ({ ...e, message: field })) : problem.errors };
}
