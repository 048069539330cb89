import { describe, expect, it } from 'vitest';
import { frenchPlural } from './catalog';

describe('French plurals', () => {
  it('counts 0 and 1 as one, 2 and more as several', () => {
    expect([0, 1, 2, 5].map((n) => frenchPlural(n, 2))).toEqual([0, 0, 1, 1]);
  });

  it('keeps the first of three forms for none', () => {
    expect([0, 1, 2].map((n) => frenchPlural(n, 3))).toEqual([0, 1, 2]);
  });
});
