import { describe, expect, it } from 'vitest';
import { emptyCustomer } from './counter-customer';
import { editedFields, saleFields, withoutErrorsOf } from './sale-fields';

describe('the sale’s fields and their refusals', () => {
  const text = { line: '', holderName: '' };

  it('names what was typed as the API’s refusals name it', () => {
    const fields = saleFields({ ...emptyCustomer(), email: 'ada@' }, { line: 'Bonne fête', holderName: '' }, [null, { size: 'M' }]);
    expect(fields).toMatchObject({ 'customer.email': 'ada@', 'ticketText.line': 'Bonne fête', 'attendees[1].size': 'M' });
    expect(fields).not.toHaveProperty('attendees[0].size');
  });

  it('finds the fields edited, an answer filled in included', () => {
    const before = saleFields(emptyCustomer(), text, [{}]);
    const now = saleFields({ ...emptyCustomer(), phone: '079' }, text, [{ size: 'M' }]);
    expect(editedFields(before, now).sort()).toEqual(['attendees[0].size', 'customer.mobile', 'customer.phone']);
    expect(editedFields(now, now)).toEqual([]);
  });

  it('drops the refusals of the fields edited and of what holds them, keeps the others', () => {
    const problem = {
      detail: 'Refusé',
      errors: [
        { field: 'customer.email', message: 'adresse' },
        { field: 'customer', message: 'nom ou adresse' },
        { field: 'ticketText.line', message: 'trop long' },
        { field: 'attendees[0].size', message: 'requis' },
      ],
    };
    expect(withoutErrorsOf(problem, ['customer.email'])?.errors.map((e) => e.field)).toEqual(['ticketText.line', 'attendees[0].size']);
    expect(withoutErrorsOf(problem, ['attendees[0].size'])?.errors.map((e) => e.field)).toEqual(['customer.email', 'customer', 'ticketText.line']);
    expect(withoutErrorsOf(problem, ['ticketText.holderName'])).toBe(problem);
  });

  it('drops a refusal of fields with its last one, keeps one that names no field', () => {
    const fields = { detail: 'Refusé', errors: [{ field: 'attendees[1].holder', message: 'à remplir' }] };
    expect(withoutErrorsOf(fields, ['attendees[1].holder'])).toBeNull();
    const notFound = { code: 'CUSTOMER_NOT_FOUND', detail: 'Client introuvable' };
    expect(withoutErrorsOf(notFound, ['customer.email'])).toBe(notFound);
  });
});
