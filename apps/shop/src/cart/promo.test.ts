import { describe, expect, it } from 'vitest';
import { cleanPromoCode, promoMessage } from './promo';

describe('promo code in the cart', () => {
  it('says why a code is refused, in French', () => {
    expect(promoMessage('PROMO_CODE_EXPIRED', 'x')).toBe('Ce code promo a expiré.');
    expect(promoMessage('SOMETHING_ELSE', 'The API says')).toBe('The API says');
  });
  it('cleans what the buyer typed', () => {
    expect(cleanPromoCode('  amis 2027 ')).toBe('amis2027');
  });
});
