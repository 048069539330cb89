import { describe, expect, it } from 'vitest';
import { blockedByReason, seatChoice, seatRadius, splitSelection } from './seat-blocking';

const seat = (id: string, status: 'free' | 'held' | 'sold' | 'blocked', blockReason: string | null = null) => ({
  id,
  label: `Parterre, rang A, place ${id}`,
  status,
  blockReason,
});

describe('blocking seats for one date', () => {
  it('blocks free seats, releases seats blocked for the date, leaves buyers’ and the plan’s seats alone', () => {
    expect(seatChoice(seat('1', 'free'))).toBe('block');
    expect(seatChoice(seat('2', 'blocked', 'Presse'))).toBe('release');
    expect(seatChoice(seat('3', 'blocked'))).toBeNull();
    expect(seatChoice(seat('4', 'held'))).toBeNull();
    expect(seatChoice(seat('5', 'sold'))).toBeNull();
    expect(seatChoice({ ...seat('6', 'free'), blocked: true })).toBeNull();
  });

  it('splits a selection into what to block and what to release', () => {
    const seats = [seat('1', 'free'), seat('2', 'blocked', 'Presse'), seat('3', 'sold'), seat('4', 'free')];
    expect(splitSelection(seats, new Set(['1', '2', '3']))).toEqual({ block: ['1'], release: ['2'] });
    expect(splitSelection(seats, new Set())).toEqual({ block: [], release: [] });
  });

  it('lists the blocked seats by reason', () => {
    expect(
      blockedByReason([
        seat('1', 'blocked', 'Presse'),
        seat('2', 'free'),
        seat('3', 'blocked', 'Invités'),
        seat('4', 'blocked', 'Presse'),
        seat('5', 'blocked'),
      ]),
    ).toEqual([
      { reason: 'Presse', labels: ['Parterre, rang A, place 1', 'Parterre, rang A, place 4'] },
      { reason: 'Invités', labels: ['Parterre, rang A, place 3'] },
    ]);
  });

  it('draws seats under half their smallest gap', () => {
    expect(
      seatRadius([
        { x: 0, y: 0 },
        { x: 30, y: 0 },
        { x: 100, y: 40 },
      ]),
    ).toBe(12);
    expect(seatRadius([{ x: 0, y: 0 }])).toBe(10);
    expect(
      seatRadius([
        { x: 0, y: 0 },
        { x: 2, y: 0 },
      ]),
    ).toBe(3);
  });
});
