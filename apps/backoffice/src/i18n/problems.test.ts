import type { Problem, ProblemCode } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { inWords, problemWords } from './problems';

const problem = (code: string, errors?: Problem['errors']) =>
  ({ type: 'about:blank', title: 'x', status: 409, code, detail: 'The API says', errors }) as Problem;

describe('problems in the catalog’s words', () => {
  it('gives the words for a code', () => {
    expect(problemWords('PLAN_IN_USE')).toMatch(/^Ce plan est utilisé par un événement/);
    expect(problemWords('SOMETHING_NEWER' as ProblemCode)).toBeNull();
  });

  it('replaces the detail, and the API’s English field messages by the catalog’s words', () => {
    const shown = inWords(problem('CAPACITY_BELOW_TAKEN', [{ field: 'capacity', message: 'too low' }]));
    expect(shown.detail).toBe('La capacité ne peut pas être inférieure aux places déjà vendues ou en panier.');
    expect(shown.errors).toEqual([{ field: 'capacity', message: 'valeur refusée' }]);
    expect(shown.code).toBe('CAPACITY_BELOW_TAKEN');
  });

  it('words the fields too where the catalog says how', () => {
    const shown = inWords(problem('PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW', [{ field: 'prices[0].amounts[CHF]', message: 'minimum must be more than 200' }]));
    expect(shown.detail).toBe('Le minimum d’un prix libre doit être supérieur à 2.00 (frais bancaires).');
    expect(shown.errors).toEqual([{ field: 'prices[0].amounts[CHF]', message: 'Le minimum doit être supérieur à 2.00 (frais bancaires).' }]);
  });

  it('words what the API’s validation says of each field, never in English', () => {
    const shown = inWords(
      problem('VALIDATION_FAILED', [
        { field: 'eventId', message: 'must be a UUID' },
        { field: 'name', message: 'name must be shorter than or equal to 100 characters' },
        { field: 'quantity', message: 'quantity must not be greater than 50' },
        { field: 'email', message: 'email must be an email' },
        { field: 'method', message: 'method must be one of the following values: cash, card' },
        { field: 'extra', message: 'unknown property' },
        { field: 'x', message: 'something new the API says' },
      ]),
    );
    expect(shown.errors!.map((e) => e.message)).toEqual([
      'identifiant non valable',
      '100 caractères au plus',
      '50 au plus',
      'une adresse e-mail valable',
      'une des valeurs : cash, card',
      'champ inconnu',
      'valeur refusée',
    ]);
  });

  it('keeps a problem the backoffice made itself, and one whose code this build does not know', () => {
    const local = { detail: 'Vérifiez les champs signalés.', errors: [{ field: 'name', message: 'Le nom est obligatoire.' }] };
    expect(inWords(local)).toBe(local);
    const newer = problem('SOMETHING_NEWER');
    expect(inWords(newer)).toBe(newer);
  });
});
