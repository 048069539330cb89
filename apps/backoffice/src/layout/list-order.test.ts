import { describe, expect, it } from 'vitest';
import { inShopOrder, moveSteps } from './list-order';

const prices = [
  { id: 'plein', position: 0 },
  { id: 'reduit', position: 1 },
  { id: 'enfant', position: 2 },
];

describe('price order', () => {
  it('sorts by position, keeping the API’s order for ties', () => {
    expect(
      inShopOrder([
        { id: 'b', position: 1 },
        { id: 'a', position: 0 },
        { id: 'c', position: 1 },
      ]).map((p) => p.id),
    ).toEqual(['a', 'b', 'c']);
  });

  it('swaps a price with its neighbour', () => {
    expect(moveSteps(prices, 'enfant', -1)).toEqual([
      { id: 'enfant', position: 1 },
      { id: 'reduit', position: 2 },
    ]);
    expect(moveSteps(prices, 'plein', 1)).toEqual([
      { id: 'reduit', position: 0 },
      { id: 'plein', position: 1 },
    ]);
  });

  it('does nothing past either end, or for an unknown price', () => {
    expect(moveSteps(prices, 'plein', -1)).toEqual([]);
    expect(moveSteps(prices, 'enfant', 1)).toEqual([]);
    expect(moveSteps(prices, 'nope', 1)).toEqual([]);
  });

  it('straightens equal or sparse positions so the new order is total', () => {
    const messy = [
      { id: 'a', position: 0 },
      { id: 'b', position: 0 },
      { id: 'c', position: 5 },
    ];
    // b goes below c: a stays 0, c becomes 1, b becomes 2.
    expect(moveSteps(messy, 'b', 1)).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
  });
});
