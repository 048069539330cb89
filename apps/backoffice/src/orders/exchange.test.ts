import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { exchangeable, exchangeBalance, exchangeRequest, givenBackAmount } from './exchange';

type Order = components['schemas']['OrderResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const ticket = (id: string, amount: number, status = 'valid') => ({ id, status, price: chf(amount) });
const order = { tickets: [ticket('a', 3000), ticket('x', 3000, 'cancelled'), ticket('b', 2500)] } as unknown as Pick<Order, 'tickets'>;

describe('an exchange at the counter', () => {
  it('offers only the valid tickets and credits what the chosen ones were paid', () => {
    expect(exchangeable(order).map((t) => t.id)).toEqual(['a', 'b']);
    expect(givenBackAmount(order, ['b'])).toBe(2500);
    // A cancelled ticket is never credited, even when named.
    expect(givenBackAmount(order, ['a', 'x'])).toBe(3000);
  });

  it('pays a dearer exchange, refunds a cheaper one, settles nothing for an even one', () => {
    expect(exchangeBalance(4500, 3000)).toEqual({ kind: 'pay', amount: 1500 });
    expect(exchangeBalance(2000, 3000)).toEqual({ kind: 'refund', amount: 1000 });
    expect(exchangeBalance(3000, 3000)).toEqual({ kind: 'even', amount: 0 });
  });

  it('asks the API with the tickets in the order’s order and only what settles the difference', () => {
    const tenders = [{ method: 'cash' as const, amount: 1500, given: 2000 }];
    expect(exchangeRequest(order, ['b', 'a'], 'cart1', { kind: 'pay', amount: 1500 }, { tenders, refundMethod: 'card' })).toEqual({
      ticketIds: ['a', 'b'],
      cartId: 'cart1',
      tenders,
    });
    expect(exchangeRequest(order, ['a'], 'cart1', { kind: 'refund', amount: 500 }, { tenders, refundMethod: 'card' })).toEqual({
      ticketIds: ['a'],
      cartId: 'cart1',
      refund: { method: 'card' },
    });
    expect(exchangeRequest(order, ['a'], 'cart1', { kind: 'even', amount: 0 }, { tenders })).toEqual({ ticketIds: ['a'], cartId: 'cart1' });
  });
});
