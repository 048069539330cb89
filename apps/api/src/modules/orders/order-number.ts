import { randomInt } from 'node:crypto';

// Crockford-style alphabet without I, L, O, U: no 0/O or 1/I confusion when read aloud.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random 8-character order number (32^8 ≈ 10^12 values); uniqueness is enforced per ticketing. */
export function newOrderNumber(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}
