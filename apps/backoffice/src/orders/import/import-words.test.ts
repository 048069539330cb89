import { describe, expect, it } from 'vitest';
import { columnWords, IMPORT_COLUMNS, lineProblemWords, REQUIRED_COLUMNS, templateCsv } from './import-words';

describe('the words of an order import', () => {
  it('names columns in the catalog’s words, and a whole-line problem as such', () => {
    expect(columnWords('first_name')).toBe('Prénom');
    expect(columnWords('price')).toBe('Tarif');
    expect(columnWords(null)).toBe('toute la ligne');
    expect(columnWords('prix')).toBe('prix');
  });

  it('words a line error by its code, a refused sale by its problem code, and keeps the API’s words for an unknown code', () => {
    expect(lineProblemWords({ code: 'NOT_ENOUGH_PLACES', message: 'only 2 places left' })).toBe('plus assez de places');
    expect(lineProblemWords({ code: 'ORDER_IMPORT_NOT_FOUND', message: 'x' })).toBe('Cet import est introuvable.');
    expect(lineProblemWords({ code: 'SOMETHING_NEW', message: 'as the API says' })).toBe('as the API says');
  });

  it('offers a template whose header has every column, the required ones included, and whose lines have as many cells', () => {
    const [header, ...lines] = templateCsv().trim().split('\r\n');
    expect(header.split(';')).toEqual([...IMPORT_COLUMNS]);
    for (const c of REQUIRED_COLUMNS) expect(header.split(';')).toContain(c);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split(';')).toHaveLength(IMPORT_COLUMNS.length);
  });
});
