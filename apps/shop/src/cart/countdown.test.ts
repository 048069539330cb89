import { describe, expect, it } from 'vitest';
import { formatCountdown } from './countdown';

describe('formatCountdown', () => {
  it('shows minutes and seconds with two digits', () => {
    expect(formatCountdown(9 * 60_000 + 5_000)).toBe('09:05');
  });

  it('rounds a started second up so 00:00 means expired', () => {
    expect(formatCountdown(400)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
  });

  it('never goes negative and lets minutes exceed an hour', () => {
    expect(formatCountdown(-5_000)).toBe('00:00');
    expect(formatCountdown(75 * 60_000)).toBe('75:00');
  });
});
