import { describe, expect, it } from 'vitest';
import { countOccurrences } from './duplicate';

describe('countOccurrences', () => {
  it('counts a weekly series up to and including the last day', () => {
    expect(countOccurrences('2027-01-08T20:00', 'week', '2027-01-29')).toBe(4);
    expect(countOccurrences('2027-01-08T20:00', 'week', '2027-01-28')).toBe(3);
  });
  it('counts days and months', () => {
    expect(countOccurrences('2027-01-08T20:00', 'day', '2027-01-10')).toBe(3);
    expect(countOccurrences('2027-01-31T20:00', 'month', '2027-05-31')).toBe(3);
  });
  it('is zero for incomplete input', () => {
    expect(countOccurrences('', 'week', '2027-01-10')).toBe(0);
    expect(countOccurrences('2027-01-08T20:00', 'week', '')).toBe(0);
  });
});
