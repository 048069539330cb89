import { createHash, randomInt } from 'node:crypto';

/** Digits and capitals without 0/O and 1/I, which people misread: 32 symbols, 5 bits each. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 12;

/** A new login code, 60 random bits, grouped by four for reading aloud: `K7QM-4XRT-9HPW`. */
export function newLoginCode(): string {
  const symbols = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return symbols.match(/.{4}/g)!.join('-');
}

/** What is stored and looked up: the SHA-256 of the code without dashes, spaces or case (60 random bits need no slow hash). */
export function loginCodeHash(code: string): string {
  return createHash('sha256')
    .update(code.toUpperCase().replace(/[^0-9A-Z]/g, ''))
    .digest('hex');
}
