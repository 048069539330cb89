import { randomInt } from 'node:crypto';

// Crockford-style alphabet without I, L, O, U: no 0/O or 1/I confusion when read aloud.
export const ORDER_NUMBER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random 8-character order number (32^8 ≈ 10^12 values); uniqueness is enforced per ticketing. */
export function newOrderNumber(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ORDER_NUMBER_ALPHABET[randomInt(ORDER_NUMBER_ALPHABET.length)];
  return s;
}
