import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { cartDeleteDetail, groupByEventDate, takesMoreTickets } from './cart-lines';

type Cart = components['schemas']['CartResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const line = (id: string, eventId: string, dateId: string, quantity = 1): Cart['items'][number] => ({
  id,
  eventId,
  eventName: `Event ${eventId}`,
  dateId,
  startsAt: `2027-01-0${dateId.slice(-1)}T19:00:00.000Z`,
  zoneId: 'z',
  zoneName: 'Parterre',
  seatIds: null,
  seatLabels: null,
  seats: null,
  priceId: 'p',
  priceName: 'Plein tarif',
  quantity,
  unitPrice: chf(4000),
  lineTotal: chf(4000 * quantity),
});
const cart = (items: Cart['items'], over: Partial<Cart> = {}): Cart => {
  const total = items.reduce((s, l) => s + l.lineTotal.amount, 0);
  return {
    id: 'c1',
    status: 'open',
    expiresAt: '2027-01-01T12:15:00.000Z',
    items,
    giftVouchers: [],
    subtotal: chf(total),
    promoCode: null,
    discount: chf(0),
    giftVoucherCode: null,
    giftVoucher: chf(0),
    total: chf(total),
    orderId: null,
    ...over,
  };
};

describe('groupByEventDate', () => {
  it('puts the lines of one event’s date together, in the order they were added', () => {
    const groups = groupByEventDate([line('1', 'a', 'd1'), line('2', 'b', 'd2'), line('3', 'a', 'd1'), line('4', 'a', 'd3')]);
    expect(groups.map((g) => [g.eventName, g.lines.map((l) => l.id)])).toEqual([
      ['Event a', ['1', '3']],
      ['Event b', ['2']],
      ['Event a', ['4']],
    ]);
    expect(groups[0].startsAt).toBe('2027-01-01T19:00:00.000Z');
  });

  it('has no group without tickets', () => {
    expect(groupByEventDate([])).toEqual([]);
  });
});

describe('takesMoreTickets', () => {
  const now = Date.parse('2027-01-01T12:00:00.000Z');
  it('takes tickets into an open cart in their currency whose hold still runs', () => {
    expect(takesMoreTickets(cart([line('1', 'a', 'd1')]), 'CHF', now)).toBe(true);
  });
  it('not into a cart in another currency, run out, or closed — nor without a cart', () => {
    expect(takesMoreTickets(cart([]), 'EUR', now)).toBe(false);
    expect(takesMoreTickets(cart([]), 'CHF', Date.parse('2027-01-01T12:15:00.000Z'))).toBe(false);
    expect(takesMoreTickets(cart([], { status: 'checked_out' }), 'CHF', now)).toBe(false);
    expect(takesMoreTickets(null, 'CHF', now)).toBe(false);
  });
});

describe('cartDeleteDetail', () => {
  it('says what the cart held before and after, as the other cart events do', () => {
    const before = cart([line('1', 'a', 'd1', 2), line('2', 'b', 'd2')]);
    const after = cart([line('2', 'b', 'd2')]);
    const detail = cartDeleteDetail(before, after);
    expect(detail.previousCart).toMatchObject({ cartId: 'c1', quantity: 3, topaid: 120, currency: { name: 'CHF' } });
    expect(detail.newCart).toMatchObject({ cartId: 'c1', quantity: 1, topaid: 40, items: [{ eventId: 'b', quantity: 1 }] });
  });
});
