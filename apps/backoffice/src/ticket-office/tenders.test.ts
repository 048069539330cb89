import { describe, expect, it } from 'vitest';
import { remainingOf, roundAmounts, settle } from './tenders';

describe('settling a counter sale', () => {
  it('takes cash beyond the total as change', () => {
    expect(settle(8750, [{ method: 'cash', received: 10_000 }])).toEqual({
      state: 'ok',
      remaining: 0,
      change: 1250,
      tenders: [{ method: 'cash', amount: 8750, given: 10_000 }],
    });
  });

  it('refuses less cash than due, and says what is left', () => {
    expect(settle(8750, [{ method: 'cash', received: 5000 }])).toMatchObject({ state: 'short', remaining: 3750, change: 0 });
  });

  it('pays part by card terminal with its reference, the rest in cash with change', () => {
    const result = settle(8000, [
      { method: 'card', received: 3000, reference: ' T-4471 ' },
      { method: 'cash', received: 6000 },
    ]);
    expect(result).toEqual({
      state: 'ok',
      remaining: 0,
      change: 1000,
      tenders: [
        { method: 'card', amount: 3000, reference: 'T-4471' },
        { method: 'cash', amount: 5000, given: 6000 },
      ],
    });
  });

  it('counts the card whatever order it was typed in: cash pays what the others leave', () => {
    expect(
      settle(8000, [
        { method: 'cash', received: 5000 },
        { method: 'card', received: 3000 },
      ]).tenders,
    ).toEqual([
      { method: 'cash', amount: 5000, given: 5000 },
      { method: 'card', amount: 3000 },
    ]);
  });

  it('never gives change on a card: more than the total is refused', () => {
    expect(settle(8000, [{ method: 'card', received: 9000 }]).state).toBe('over');
    expect(settle(8000, [{ method: 'card', received: 8000 }])).toMatchObject({ state: 'ok', change: 0, tenders: [{ method: 'card', amount: 8000 }] });
  });

  it('refuses a cash tender when the others already pay everything', () => {
    expect(
      settle(8000, [
        { method: 'card', received: 8000 },
        { method: 'cash', received: 2000 },
      ]).state,
    ).toBe('over');
  });

  it('waits for every field to hold an amount', () => {
    expect(
      settle(8000, [
        { method: 'card', received: 3000 },
        { method: 'cash', received: null },
      ]),
    ).toMatchObject({ state: 'incomplete', remaining: 5000 });
    expect(settle(8000, [{ method: 'card', received: 0 }]).state).toBe('incomplete');
  });

  it('settles a zero total with no tender', () => {
    expect(settle(0, [])).toEqual({ state: 'ok', remaining: 0, change: 0, tenders: [] });
  });

  it('says what remains with the amounts typed so far', () => {
    expect(
      remainingOf(8000, [
        { method: 'card', received: 3000 },
        { method: 'cash', received: null },
      ]),
    ).toBe(5000);
    expect(remainingOf(8000, [{ method: 'cash', received: 10_000 }])).toBe(0);
  });
});

describe('round amounts to offer for cash', () => {
  it('offers the next 10, 20, 50 and 100 above what is due, once each', () => {
    expect(roundAmounts(8750)).toEqual([9000, 10_000]);
    expect(roundAmounts(1250)).toEqual([2000, 5000, 10_000]);
    expect(roundAmounts(6000)).toEqual([7000, 8000, 10_000]);
  });

  it('offers nothing when nothing is due', () => {
    expect(roundAmounts(0)).toEqual([]);
  });
});
