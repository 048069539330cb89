import type { Problem } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { publishRefusal } from './publishing';

const refused = (fields: string[]): Problem => ({
  type: 'about:blank',
  title: 'Unprocessable',
  status: 422,
  code: 'EVENT_NOT_PUBLISHABLE',
  detail: 'Add a scheduled date before publishing this event',
  errors: fields.map((field) => ({ field, message: 'add something before publishing' })),
});

describe('a refused publication', () => {
  it('says in French what the event lacks', () => {
    expect(publishRefusal(refused(['dates'])).detail).toBe('Pour publier cet événement, ajoutez-lui une date programmée.');
    expect(publishRefusal(refused(['dates', 'zones', 'prices'])).detail).toBe(
      'Pour publier cet événement, ajoutez-lui une date programmée, une zone et un tarif.',
    );
  });

  it('keeps the catalog’s words for other problems and unknown fields', () => {
    expect(publishRefusal(refused(['venue'])).detail).toBe('Cet événement ne peut pas être publié : il lui manque une date programmée, une zone ou un tarif.');
    expect(publishRefusal({ ...refused([]), code: 'FORBIDDEN', status: 403 }).detail).toBe('Votre rôle ne permet pas cette action.');
  });
});
