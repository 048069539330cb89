import { describe, expect, it } from 'vitest';
import { withFieldWords } from './field-words';

describe('withFieldWords', () => {
  it('words the refused fields of a contact in French, and leaves other fields and problems as they are', () => {
    const refused = withFieldWords({
      code: 'VALIDATION_FAILED',
      detail: 'Vérifiez les champs signalés.',
      errors: [
        { field: 'email', message: 'email must be an email' },
        { field: 'mobile', message: 'must be a phone number' },
        { field: 'other', message: 'as is' },
      ],
    });
    expect(refused.errors).toEqual([
      { field: 'email', message: 'Indiquez une adresse e-mail valide.' },
      { field: 'mobile', message: 'Indiquez un numéro de téléphone (chiffres, espaces, + au début).' },
      { field: 'other', message: 'as is' },
    ]);
    const taken = { code: 'CUSTOMER_EMAIL_TAKEN' as const, detail: 'x' };
    expect(withFieldWords(taken)).toBe(taken);
  });
});
