import type { ProblemLike } from '@guichet/ui';

/** French wording for the catalog's error codes; other problems keep the API's text. */
const FRENCH: Record<string, { detail: string; field?: string }> = {
  PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW: {
    detail: 'Le minimum d’un prix libre doit être supérieur à 2.00 (frais bancaires).',
    field: 'Le minimum doit être supérieur à 2.00 (frais bancaires).',
  },
  PAY_WHAT_YOU_WANT_NOT_ALLOWED: {
    detail: 'Le prix libre n’est pas possible pour un événement soumis à la taxe sur les divertissements (Lausanne).',
    field: 'Pas de prix libre pour un événement soumis à la taxe sur les divertissements.',
  },
  CAPACITY_BELOW_TAKEN: { detail: 'La capacité ne peut pas être inférieure aux places déjà vendues ou en panier.' },
  SINGLE_DATE_EVENT: { detail: 'Un événement à date unique ne peut avoir qu’une seule date.' },
  EVENT_NOT_FOUND: { detail: 'Cet événement n’existe pas ou plus.' },
};

export function inFrench<T extends ProblemLike>(problem: T): T {
  const french = problem.code ? FRENCH[problem.code] : undefined;
  if (!french) return problem;
  return {
    ...problem,
    detail: french.detail,
    errors: problem.errors?.map((e) => ({ ...e, message: french.field ?? e.message })),
  };
}
