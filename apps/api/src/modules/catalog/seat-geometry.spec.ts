import { placeSeats } from './seat-geometry';

const row = (r: string, xs: number[], y: number) => xs.map((x, i) => ({ section: 'P', row: r, number: String(i + 1), x, y }));

describe('seat geometry', () => {
  it('numbers a row left to right and skips across an aisle', () => {
    const placed = placeSeats(row('A', [10, 20, 30, 60, 70], 10), 80);
    expect(placed.map((s) => s.position)).toEqual([0, 1, 2, 4, 5]);
  });

  it('ranks seats nearer the middle of the stage first', () => {
    const placed = placeSeats([...row('A', [10, 50, 90], 10), ...row('B', [50], 40)], 100);
    const byRank = [...placed].sort((a, b) => a.rank - b.rank).map((s) => `${s.row}${s.number}`);
    expect(byRank[0]).toBe('A2');
    expect(byRank.indexOf('B1')).toBeGreaterThan(0);
  });
});
