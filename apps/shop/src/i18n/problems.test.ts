import type { Problem, ProblemCode } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { fieldWords, inWords, problemWords } from './problems';

const problem = (code: string) => ({ type: 'about:blank', title: 'x', status: 409, code, detail: 'The API says' }) as Problem;

describe('problems in the shop’s words', () => {
  it('speaks to the customer', () => {
    expect(inWords(problem('CART_EXPIRED')).detail).toBe('Le délai de réservation de vos places est écoulé : choisissez-les à nouveau.');
    expect(problemWords('PROMO_CODE_EXPIRED')).toBe('Ce code promo a expiré.');
    expect(problemWords('GIFT_VOUCHER_EMPTY')).toBe('Ce bon cadeau a déjà été entièrement utilisé.');
    expect(problemWords('GIFT_VOUCHER_NOT_PAID')).toBe('Ce bon cadeau sera utilisable dès que la commande qui l’a acheté sera payée.');
  });

  it('says a code in a place’s own words where it has some, else in the general ones', () => {
    expect(problemWords('CURRENCY_NOT_OFFERED', 'booking')).toBe('Ce tarif n’est pas proposé dans cette devise.');
    expect(problemWords('CURRENCY_NOT_OFFERED', 'giftVoucherLines')).toBe('Ce bon cadeau n’est pas vendu dans la devise de votre panier.');
    expect(problemWords('CURRENCY_NOT_OFFERED')).toBe('Cet article n’est pas proposé dans la devise de votre panier.');
    expect(inWords(problem('CAPACITY_EXCEEDED'), 'booking').detail).toBe('Il ne reste plus assez de places pour cette date dans cette zone.');
  });

  it('keeps a problem the shop made itself, and one whose code this build does not know', () => {
    const local = { detail: 'Merci de compléter vos coordonnées.' };
    expect(inWords(local)).toBe(local);
    expect(problemWords('SOMETHING_NEWER' as ProblemCode, 'booking')).toBeNull();
    const newer = problem('SOMETHING_NEWER');
    expect(inWords(newer)).toBe(newer);
  });

  it('words the API’s field errors in French, never in the API’s English', () => {
    const refused = {
      ...problem('VALIDATION_FAILED'),
      errors: [
        { field: 'customer.email', message: 'customer.email must be an email' },
        { field: 'items[0].zoneId', message: 'must be a UUID' },
      ],
    };
    // A field no form of the shop shows is left to the detail: its path would mean nothing to a customer.
    expect(inWords(refused).errors).toEqual([{ field: 'customer.email', message: 'Indiquez une adresse e-mail valide.' }]);
    expect(fieldWords('customer.firstName')).toBe('Indiquez votre prénom.');
    expect(fieldWords('items[0].zoneId')).toBe('Cette valeur n’est pas acceptée.');
  });
});
