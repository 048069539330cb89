import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { methodsUsed, rowsByDay, sessionRow, sumRows } from './cash-report';

type Session = components['schemas']['CounterSessionResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const total = (method: Session['totals'][number]['method'], received: number, refunded = 0) => ({
  method,
  received: chf(received),
  refunded: chf(refunded),
  net: chf(received - refunded),
});

function session(over: Partial<Session> & { id: string; openedAt: string }): Session {
  return {
    userId: 'u',
    userLabel: 'Léa',
    closedAt: null,
    openingFloat: chf(20000),
    totals: [],
    expectedCash: chf(20000),
    countedCash: null,
    difference: null,
    closingNote: null,
    ...over,
  } as Session;
}

const morning = session({
  id: 'a',
  openedAt: '2027-03-01T08:00:00Z',
  closedAt: '2027-03-01T12:00:00Z',
  totals: [total('card', 4500), total('cash', 8000, 1000), { ...total('cash', 900), received: { amount: 900, currency: 'EUR' } } as never],
  expectedCash: chf(27000),
  countedCash: chf(26950),
  difference: chf(-50),
});
const afternoon = session({
  id: 'b',
  openedAt: '2027-03-01T13:00:00Z',
  totals: [total('bank_transfer', 3000)],
  openingFloat: chf(10000),
  expectedCash: chf(10000),
});
const nextDay = session({
  id: 'c',
  openedAt: '2027-03-02T08:00:00Z',
  closedAt: '2027-03-02T18:00:00Z',
  totals: [total('other', 500), total('gift_voucher', 2000)],
  countedCash: chf(20000),
  difference: chf(0),
});

describe('the cash report’s lines', () => {
  it('reads a session: received per means of payment in its currency, the refunds, expected, counted and the difference', () => {
    expect(sessionRow(morning)).toEqual({
      key: 'a',
      sessions: 1,
      currency: 'CHF',
      openingFloat: 20000,
      received: { cash: 8000, card: 4500, bank_transfer: 0, gift_voucher: 0, other: 0 },
      refunds: 1000,
      expected: 27000,
      counted: 26950,
      difference: -50,
      open: 0,
    });
    expect(sessionRow(afternoon)).toMatchObject({ counted: null, difference: null, open: 1 });
  });

  it('adds the sessions of each day up, oldest first; a day with an open session counts the closed ones only', () => {
    const days = rowsByDay([nextDay, morning, afternoon], (iso) => iso.slice(0, 10));
    expect(days.map((d) => d.key)).toEqual(['2027-03-01', '2027-03-02']);
    expect(days[0]).toMatchObject({
      sessions: 2,
      openingFloat: 30000,
      received: { cash: 8000, card: 4500, bank_transfer: 3000, gift_voucher: 0, other: 0 },
      expected: 37000,
      counted: 26950,
      difference: -50,
      open: 1,
    });
    expect(sumRows('total', days)).toMatchObject({ sessions: 3, openingFloat: 50000, refunds: 1000, counted: 46950, difference: -50, open: 1 });
    expect(sumRows('total', [sessionRow(afternoon)])).toMatchObject({ counted: null, difference: null });
  });

  it('shows cash always and the other means of payment only when the period has some', () => {
    expect(methodsUsed([sessionRow(afternoon)])).toEqual(['cash', 'bank_transfer']);
    expect(methodsUsed([sessionRow(morning), sessionRow(nextDay)])).toEqual(['cash', 'card', 'gift_voucher', 'other']);
    expect(methodsUsed([])).toEqual(['cash']);
  });
});
