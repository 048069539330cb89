import { describe, expect, it } from 'vitest';
import { type CustomField, DEFAULT_STANDARD, editedField, keyFor, moved, newField, requestOf } from './registration-form';

const standard = { ...DEFAULT_STANDARD, city: 'required', mobile: 'optional' } as const;

describe('the registration form editor', () => {
  it('makes keys from French labels, unlike the others', () => {
    expect(keyFor('Régime alimentaire', [])).toBe('regimeAlimentaire');
    expect(keyFor('Régime alimentaire', ['regimeAlimentaire'])).toBe('regimeAlimentaire2');
    expect(keyFor('2e choix', [])).toBe('champ2eChoix');
    expect(keyFor('', ['champ'])).toBe('champ2');
  });

  it('sends only what each kind uses: options for choices, types and a capped size in bytes for files', () => {
    const text = { ...newField([]), key: 'note', label: { fr: ' Remarque ', de: '', it: '', en: 'Note ' }, options: 'ignored' };
    const dropdown = { ...newField([]), key: 'diet', label: { fr: 'Régime', de: '', it: '', en: '' }, kind: 'dropdown' as const, options: 'Vegan\n\n Omni \n' };
    const file = {
      ...newField([]),
      key: 'cv',
      label: { fr: 'CV', de: '', it: '', en: '' },
      kind: 'file' as const,
      required: true,
      accept: ['application/pdf' as const],
      maxMb: 50,
    };
    expect(requestOf(standard, [text, dropdown, file])).toEqual({
      standard,
      customFields: [
        { key: 'note', label: { fr: 'Remarque', en: 'Note' }, kind: 'text', required: false },
        { key: 'diet', label: { fr: 'Régime' }, kind: 'dropdown', required: false, options: ['Vegan', 'Omni'] },
        { key: 'cv', label: { fr: 'CV' }, kind: 'file', required: true, accept: ['application/pdf'], maxBytes: 10 * 1024 * 1024 },
      ],
    });
  });

  it('reads a saved field back into the editor', () => {
    const saved: CustomField = {
      key: 'cv',
      label: { fr: 'CV', de: 'Lebenslauf' },
      kind: 'file',
      required: true,
      accept: ['image/png'],
      maxBytes: 2 * 1024 * 1024,
    };
    expect(editedField(saved)).toEqual({
      key: 'cv',
      label: { fr: 'CV', de: 'Lebenslauf', it: '', en: '' },
      kind: 'file',
      required: true,
      options: '',
      accept: ['image/png'],
      maxMb: 2,
    });
  });

  it('moves a field up or down, and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
