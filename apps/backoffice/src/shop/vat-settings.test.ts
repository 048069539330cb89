import { describe, expect, it } from 'vitest';
import { draftFrom, rateBp, vatProblemInWords, vatRequest } from './vat-settings';

describe('the VAT card', () => {
  it('shows the rate in percent, and nothing when none is set', () => {
    expect(draftFrom({ vatNumber: 'CHE-123.456.789 TVA', rateBp: 810 })).toEqual({ vatNumber: 'CHE-123.456.789 TVA', rate: '8.1' });
    expect(draftFrom({ vatNumber: 'CHE-123.456.789 TVA', rateBp: 0 })).toEqual({ vatNumber: 'CHE-123.456.789 TVA', rate: '0' });
    expect(draftFrom({ vatNumber: null, rateBp: null })).toEqual({ vatNumber: '', rate: '' });
  });

  it('reads a percentage with a point or a comma into basis points', () => {
    expect([rateBp('8.1'), rateBp('8,1'), rateBp(' 2.6 % '), rateBp('0'), rateBp('7.75')]).toEqual([810, 810, 260, 0, 775]);
    expect([rateBp('huit'), rateBp('8.125'), rateBp('-1'), rateBp('')]).toEqual([null, null, null, null]);
  });

  it('clears both when both are empty, sends both otherwise, and says a rate that is no number under its field', () => {
    expect(vatRequest({ vatNumber: ' ', rate: '' })).toEqual({ body: { vatNumber: null, rateBp: null } });
    expect(vatRequest({ vatNumber: ' CHE-123.456.789 TVA ', rate: '8,1' })).toEqual({ body: { vatNumber: 'CHE-123.456.789 TVA', rateBp: 810 } });
    // One without the other: sent, the API names the missing field.
    expect(vatRequest({ vatNumber: 'CHE-123.456.789 TVA', rate: '' })).toEqual({ body: { vatNumber: 'CHE-123.456.789 TVA', rateBp: null } });
    const refused = vatRequest({ vatNumber: 'CHE-123.456.789 TVA', rate: 'huit' });
    expect('problem' in refused && refused.problem.errors?.map((e) => e.field)).toEqual(['rateBp']);
  });

  it('says what a VAT number and a rate look like when the API refuses them, once per field', () => {
    const shown = vatProblemInWords({
      detail: 'Vérifiez les champs signalés.',
      errors: [
        { field: 'vatNumber', message: 'valeur refusée' },
        { field: 'rateBp', message: '0 au moins' },
        { field: 'rateBp', message: 'un nombre entier' },
      ],
    });
    expect(shown.errors?.map((e) => e.field)).toEqual(['vatNumber', 'rateBp']);
    expect(shown.errors?.[0].message).toMatch(/^Un numéro suisse/);
    expect(shown.errors?.[1].message).toMatch(/^Un pourcentage/);
  });
});
