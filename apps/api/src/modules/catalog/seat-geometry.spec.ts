import { bestAdjacent, placeSeats } from './seat-geometry';

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

  it('finds the best side-by-side seats and never splits them across an aisle', () => {
    const seats = [
      { seatId: 'a1', section: 'P', row: 'A', position: 0, rank: 5 },
      { seatId: 'a2', section: 'P', row: 'A', position: 2, rank: 1 },
      { seatId: 'a3', section: 'P', row: 'A', position: 3, rank: 2 },
      { seatId: 'b1', section: 'P', row: 'B', position: 0, rank: 1 },
      { seatId: 'b2', section: 'P', row: 'B', position: 1, rank: 1 },
    ];
    expect(bestAdjacent(seats, 2)).toEqual(['b1', 'b2']);
    expect(bestAdjacent(seats, 3)).toBeNull();
    expect(bestAdjacent(seats.slice(0, 3), 2)).toEqual(['a2', 'a3']);
  });
});
