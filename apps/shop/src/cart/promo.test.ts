import { describe, expect, it } from 'vitest';
import { cleanPromoCode } from './promo';

describe('promo code in the cart', () => {
  it('cleans what the buyer typed', () => {
    expect(cleanPromoCode('  amis 2027 ')).toBe('amis2027');
  });
});
