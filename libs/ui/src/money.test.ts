import { describe, expect, it } from 'vitest';
import { formatMoneyInput, parseMoneyInput } from './money';

describe('parseMoneyInput', () => {
  it.each([
    ['25.50', 2550],
    ['25.5', 2550],
    ['25', 2500],
    ['25.', 2500],
    ['0.10', 10],
    ['0.07', 7],
    ['19.99', 1999],
    ['1.15', 115],
    ['4.35', 435],
    ['25,50', 2550],
    [" 1'200.00 ", 120000],
    ['1 200', 120000],
    ['0', 0],
  ])('reads %j as %i centimes', (text, expected) => {
    expect(parseMoneyInput(text)).toBe(expected);
  });

  it('gives exact centimes where float arithmetic would not', () => {
    // 1.15 * 100 === 114.99999999999999 and 4.35 * 100 === 434.99999999999994 in IEEE 754.
    expect(1.15 * 100).not.toBe(115);
    expect(parseMoneyInput('1.15')).toBe(115);
    expect(parseMoneyInput('4.35')).toBe(435);
  });

  it.each(['', 'abc', '-5', '25.505', '1e3', '.5', '25.50.1', '12,34,5', '99999999999999999'])('rejects %j', (text) => {
    expect(parseMoneyInput(text)).toBeNull();
  });
});

describe('formatMoneyInput', () => {
  it.each([
    [2550, '25.50'],
    [1000, '10.00'],
    [7, '0.07'],
    [0, '0.00'],
    [120000, '1200.00'],
  ])('shows %i centimes as %j', (minor, text) => {
    expect(formatMoneyInput(minor)).toBe(text);
    expect(parseMoneyInput(text)).toBe(minor);
  });
});
