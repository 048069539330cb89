import { describe, expect, it } from 'vitest';
import { clampOffset, dragOffset, keyOffset, moveSeats, seatAt, snap } from './seat-drag';

const seats = [
  { key: 1, x: 30, y: 30 },
  { key: 2, x: 60, y: 30 },
  { key: 3, x: 90, y: 30 },
];

describe('seat drag', () => {
  it('snaps to the grid', () => {
    expect(snap(32)).toBe(30);
    expect(snap(33)).toBe(35);
    expect(snap(-2)).toBe(-0);
    expect(snap(14, 10)).toBe(10);
  });

  it('finds the seat under the pointer, the nearest when two are close', () => {
    expect(seatAt(seats, { x: 62, y: 33 }, 12)?.key).toBe(2);
    expect(seatAt(seats, { x: 44, y: 30 }, 15)?.key).toBe(1); // within reach of seats 1 and 2: the nearer
    expect(seatAt(seats, { x: 45, y: 60 }, 12)).toBeUndefined();
  });

  it('moves the grabbed seat onto the grid and the others by the same offset', () => {
    // Grabbed at (61, 29), the pointer moves by (+17, +41): seat 2 would land at (77, 71) → (75, 70).
    const offset = dragOffset(seats[1], { x: 61, y: 29 }, { x: 78, y: 70 }, seats);
    expect(offset).toEqual({ dx: 15, dy: 40 });
    expect(moveSeats(seats, new Set([1, 2]), offset)).toEqual([
      { key: 1, x: 45, y: 70 },
      { key: 2, x: 75, y: 70 },
      { key: 3, x: 90, y: 30 },
    ]);
  });

  it('keeps seats at or right of and below the plan’s origin', () => {
    expect(clampOffset([seats[0], seats[2]], { dx: -100, dy: -50 })).toEqual({ dx: -30, dy: -30 });
    expect(dragOffset(seats[2], { x: 90, y: 30 }, { x: -40, y: 10 }, [seats[0], seats[2]])).toEqual({ dx: -30, dy: -20 });
    expect(clampOffset([], { dx: 5, dy: 5 })).toEqual({ dx: 0, dy: 0 });
  });

  it('nudges with the arrow keys, further with Shift', () => {
    expect(keyOffset('ArrowLeft', false)).toEqual({ dx: -5, dy: 0 });
    expect(keyOffset('ArrowDown', true)).toEqual({ dx: 0, dy: 25 });
    expect(keyOffset('Enter', false)).toBeNull();
  });

  it('leaves the seats as they are for a zero offset, and keeps coordinates whole', () => {
    expect(moveSeats(seats, new Set([1]), { dx: 0, dy: 0 })).toEqual(seats);
    expect(moveSeats([{ key: 1, x: 10, y: 10 }], new Set([1]), { dx: 2.6, dy: -0.4 })).toEqual([{ key: 1, x: 13, y: 10 }]);
  });
});
