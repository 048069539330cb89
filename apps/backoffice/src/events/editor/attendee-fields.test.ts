import { describe, expect, it } from 'vitest';
import { keyFor, requestFields } from './attendee-fields';

describe('attendee questions of a price', () => {
  it('makes a stable key from the label, unique among the others', () => {
    expect(keyFor('Nom du participant', [])).toBe('nom_du_participant');
    expect(keyFor('Âge', ['age'])).toBe('age_2');
    expect(keyFor('1re visite ?', [])).toBe('q_1re_visite');
  });

  it('keeps existing keys and splits the choices', () => {
    expect(
      requestFields([
        { key: 'meal', label: ' Repas ', kind: 'choice', required: true, options: 'Viande, Végétarien ,' },
        { key: '', label: 'Repas', kind: 'text', required: false, options: 'ignored' },
      ]),
    ).toEqual([
      { key: 'meal', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
      { key: 'repas', label: 'Repas', kind: 'text', required: false },
    ]);
  });
});
