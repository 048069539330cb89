import { describe, expect, it } from 'vitest';
import { nextSeat, tabStop } from './seat-nav';

/** Two rows of four seats, an aisle after the second; row B set back a little. */
const seats = ['A', 'B'].flatMap((row, r) => [1, 2, 3, 4].map((n) => ({ id: `${row}${n}`, x: n * 10 + (n > 2 ? 15 : 0) + r * 2, y: 10 + r * 12 })));
const at = (id: string) => seats.find((s) => s.id === id)!;

describe('moving across a seat map with the arrow keys', () => {
  it('goes to the neighbour in the row, across the aisle too, and stops at the edge', () => {
    expect(nextSeat(seats, at('A1'), 'right')?.id).toBe('A2');
    expect(nextSeat(seats, at('A2'), 'right')?.id).toBe('A3');
    expect(nextSeat(seats, at('A4'), 'right')).toBeNull();
    expect(nextSeat(seats, at('A3'), 'left')?.id).toBe('A2');
  });

  it('goes to the row behind or in front, to the seat nearest straight ahead', () => {
    expect(nextSeat(seats, at('A3'), 'down')?.id).toBe('B3');
    expect(nextSeat(seats, at('B1'), 'up')?.id).toBe('A1');
    expect(nextSeat(seats, at('A1'), 'up')).toBeNull();
  });

  it('only moves among the seats it is given (the choosable ones)', () => {
    const free = seats.filter((s) => s.id !== 'A2');
    expect(nextSeat(free, at('A1'), 'right')?.id).toBe('A3');
  });
});

describe('the seat map’s one Tab stop', () => {
  const free = (s: { id: string }) => s.id !== 'A1';

  it('is on the first choosable seat, or the first chosen one', () => {
    expect(tabStop(seats, free, new Set(), undefined)).toBe('A2');
    expect(tabStop(seats, free, new Set(['B3', 'A4']), undefined)).toBe('A4');
  });

  it('stays on the seat last focused while it can be chosen', () => {
    expect(tabStop(seats, free, new Set(['A4']), 'B2')).toBe('B2');
    expect(tabStop(seats, free, new Set(), 'A1')).toBe('A2');
    expect(tabStop(seats, () => false, new Set(), 'B2')).toBeNull();
  });
});
