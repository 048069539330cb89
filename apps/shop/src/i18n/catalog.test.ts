/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogLeaves } from '@guichet/ui';
import { CATALOGS, type MessageKey, t } from './i18n';

/** The contract's `ProblemCode` enum: what the API can answer, whatever this build's generated types say. */
const contract = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../openapi/openapi.json'), 'utf8')) as {
  components: { schemas: { ProblemCode: { enum: string[] } } };
};
const codes = contract.components.schemas.ProblemCode.enum;

describe('the shop catalogs', () => {
  it.each(Object.entries(CATALOGS))('%s has words for every problem code of the contract, and for no other', (_locale, catalog) => {
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) expect(catalog.problems[code as keyof typeof catalog.problems]?.trim(), code).toBeTruthy();
    expect(Object.keys(catalog.problems).sort()).toEqual([...codes].sort());
  });

  it('shows every message without placeholders exactly as written (no character taken for message syntax)', () => {
    const plain = catalogLeaves(CATALOGS.fr).filter(([, text]) => !/[{|]/.test(text));
    expect(plain.length).toBeGreaterThan(60);
    for (const [key, text] of plain) expect(t(key as MessageKey), key).toBe(text);
  });

  it('words a code in the places that have their own words, and only with codes of the contract', () => {
    for (const place of Object.values(CATALOGS.fr.problemsIn)) for (const code of Object.keys(place)) expect(codes).toContain(code);
  });

  it('fills placeholders', () => {
    expect(t('booking.minimumIs', { minimum: '12.00 CHF' })).toBe('Le minimum est de 12.00 CHF.');
    expect(t('booking.seatsTaken', { seats: 'Parterre, rang A, place 3' })).toBe(
      'Ces places viennent d’être prises : Parterre, rang A, place 3. Choisissez-en d’autres sur le plan.',
    );
  });
});
