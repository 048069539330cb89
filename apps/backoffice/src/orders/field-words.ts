import type { ShownProblem } from '../i18n/problems';
import { hasMessage, type MessageKey, t } from '../i18n/i18n';

/**
 * A refused contact, customer or comment with its field messages in the catalog's words
 * (`orders.contact.invalid.<field>`): the API names the fields, the backoffice says what they need.
 */
export function withFieldWords<T extends ShownProblem>(problem: T): T {
  if (problem.code !== 'VALIDATION_FAILED' || !problem.errors) return problem;
  return {
    ...problem,
    errors: problem.errors.map((e) => {
      const key = `orders.contact.invalid.${e.field}`;
      return hasMessage(key) ? { ...e, message: t(key as MessageKey) } : e;
    }),
  };
}
