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

describe('the backoffice catalogs', () => {
  it.each(Object.entries(CATALOGS))('%s has words for every problem code of the contract, and for no other', (_locale, catalog) => {
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) expect(catalog.problems[code as keyof typeof catalog.problems]?.trim(), code).toBeTruthy();
    expect(Object.keys(catalog.problems).sort()).toEqual([...codes].sort());
  });

  it('shows every message without placeholders exactly as written (no character taken for message syntax)', () => {
    const plain = catalogLeaves(CATALOGS.fr).filter(([, text]) => !/[{|]/.test(text));
    expect(plain.length).toBeGreaterThan(100);
    for (const [key, text] of plain) expect(t(key as MessageKey), key).toBe(text);
  });

  it('fills placeholders and picks the plural form', () => {
    expect(t('orders.payment.notAwaiting', { status: 'annulée' })).toBe('Cette commande n’attend plus de paiement : elle est annulée.');
    expect(t('capacity.belowTaken', { taken: 1 }, 1)).toMatch(/^Refusé : 1 place est déjà vendue/);
    expect(t('capacity.belowTaken', { taken: 3 }, 3)).toMatch(/^Refusé : 3 places sont déjà vendues/);
  });
});
