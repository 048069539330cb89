import { describe, expect, it } from 'vitest';
import { categoryCounts, duplicateKeys, fitSize, generateBlock, rowLetter, seatsInRect, toSeatInputs, type BlockSpec } from './plan-draft';

const spec: BlockSpec = {
  section: 'Parterre',
  firstRow: 'A',
  rows: 2,
  seatsPerRow: 8,
  firstNumber: 1,
  spacing: 30,
  startX: 20,
  startY: 20,
  category: 'Catégorie 1',
  aisleEvery: 4,
  aisleWidth: 40,
};

describe('plan draft', () => {
  it('names rows A, B, … Z, AA', () => {
    expect(rowLetter('A', 1)).toBe('B');
    expect(rowLetter('z', 1)).toBe('AA');
    expect(rowLetter('AB', 0)).toBe('AB');
    expect(rowLetter('3', 2)).toBe('5');
  });

  it('generates a block with an aisle after every 4 seats', () => {
    const seats = generateBlock(spec, 100);
    expect(seats).toHaveLength(16);
    expect(seats.map((s) => s.key)).toEqual([...Array(16).keys()].map((k) => k + 100));
    const rowA = seats.filter((s) => s.row === 'A');
    expect(rowA.map((s) => s.x)).toEqual([20, 50, 80, 110, 180, 210, 240, 270]);
    expect(rowA.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(seats.filter((s) => s.row === 'B').every((s) => s.y === 50)).toBe(true);
    expect(seats[0]).toMatchObject({ section: 'Parterre', kind: 'standard', blocked: false, category: 'Catégorie 1' });
  });

  it('generates a block without aisle', () => {
    const xs = generateBlock({ ...spec, rows: 1, seatsPerRow: 3, aisleEvery: 0 }, 0).map((s) => s.x);
    expect(xs).toEqual([20, 50, 80]);
  });

  it('selects the seats inside a rectangle dragged in any direction', () => {
    const seats = generateBlock(spec, 0);
    const picked = seatsInRect(seats, { x1: 115, y1: 60, x2: 0, y2: 0 });
    expect(picked.map((s) => `${s.row}${s.number}`)).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4']);
  });

  it('grows the plan to hold every seat', () => {
    expect(fitSize([{ x: 270, y: 50 }], 20, { width: 100, height: 400 })).toEqual({ width: 290, height: 400 });
  });

  it('counts seats per category, sellable ones apart', () => {
    const seats = generateBlock({ ...spec, rows: 1, seatsPerRow: 3 }, 0);
    seats[0].blocked = true;
    seats[2].category = 'Catégorie 2';
    expect(categoryCounts(seats)).toEqual([
      { category: 'Catégorie 1', seats: 2, sellable: 1 },
      { category: 'Catégorie 2', seats: 1, sellable: 1 },
    ]);
  });

  it('finds seats with the same section, row and number', () => {
    const seats = [...generateBlock(spec, 0), ...generateBlock({ ...spec, rows: 1, seatsPerRow: 1 }, 50)];
    expect([...duplicateKeys(seats)]).toEqual([50]);
  });

  it('drops the draft key for the API', () => {
    expect(Object.keys(toSeatInputs(generateBlock({ ...spec, rows: 1, seatsPerRow: 1 }, 0))[0]).sort()).toEqual(
      ['blocked', 'category', 'kind', 'number', 'row', 'section', 'x', 'y'].sort(),
    );
  });
});
