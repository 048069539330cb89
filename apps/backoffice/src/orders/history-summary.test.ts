import { formatMoney } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { summarizeHistoryData } from './history-summary';

describe('summarizeHistoryData', () => {
  it('formats money, scalars and nested values', () => {
    const lines = summarizeHistoryData({
      number: '7KQ2M9XD',
      total: { amount: 8400, currency: 'CHF' },
      tickets: 2,
      to: null,
      origin: { cartId: 'c1' },
    });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('number: 7KQ2M9XD');
    expect(lines[1]).toBe(`total: ${formatMoney({ amount: 8400, currency: 'CHF' })}`);
    expect(lines.slice(2)).toEqual(['tickets: 2', 'to: —', 'origin: {"cartId":"c1"}']);
  });

  it('gives nothing for empty data', () => {
    expect(summarizeHistoryData({})).toEqual([]);
  });
});
