import { describe, expect, it } from 'vitest';
import { RepeatFilter } from './repeat-filter';

describe('the camera’s repeat filter', () => {
  it('ignores the same code while it stays in view, and takes it again once it was away for 2 s', () => {
    const filter = new RepeatFilter(2000);
    expect(filter.accept('A', 0)).toBe(true);
    expect(filter.accept('A', 250)).toBe(false);
    expect(filter.accept('A', 2100)).toBe(false);
    expect(filter.accept('A', 4200)).toBe(true);
  });

  it('takes another code at once', () => {
    const filter = new RepeatFilter(2000);
    expect(filter.accept('A', 0)).toBe(true);
    expect(filter.accept('B', 100)).toBe(true);
    expect(filter.accept('A', 200)).toBe(true);
  });
});
