import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import type { ZoneChoice } from './choices';
import { attendeesBody, cartItems, counterTickets, seatChoosable, seatState, stillFree, voucherList, zoneSeatMap } from './counter-sale';

type Price = components['schemas']['PriceResponse'];
type Zone = components['schemas']['ZoneResponse'];
type MapSeat = components['schemas']['MapSeatResponse'];
type Cart = components['schemas']['CartResponse'];
type CartLine = Cart['items'][number];

const price = (id: string, over: Partial<Price> = {}): Price => ({
  id,
  name: id,
  kind: 'fixed',
  visibility: 'public',
  amounts: [{ amount: 3000, currency: 'CHF' }],
  dateIds: null,
  zoneIds: null,
  position: 0,
  salesStartAt: null,
  salesEndAt: null,
  attendeeFields: [],
  ...over,
});
const zone = (id: string, kind: Zone['kind'] = 'seated'): Zone => ({
  id,
  name: id,
  kind,
  capacity: 20,
  planId: kind === 'seated' ? 'plan' : null,
  category: null,
});
const choice = (z: Zone, prices: Price[]): ZoneChoice => ({
  zone: z,
  remaining: 10,
  prices: prices.map((p) => ({ price: p, amount: p.kind === 'free' ? null : p.amounts[0] })),
});
const seat = (id: string, over: Partial<MapSeat> = {}): MapSeat => ({
  id,
  section: 'Parterre',
  row: 'A',
  number: id,
  x: 0,
  y: 0,
  kind: 'standard',
  blocked: false,
  category: 'C1',
  label: `Parterre, rang A, place ${id}`,
  zoneId: 'stalls',
  available: true,
  status: 'free',
  blockReason: null,
  ...over,
});

describe('the cart items the picker asks for', () => {
  const full = price('full');
  const reduced = price('reduced', { amounts: [{ amount: 2000, currency: 'CHF' }] });
  const stalls = choice(zone('stalls'), [full, reduced]);

  it('takes best available when no seat is chosen, only the quantities asked', () => {
    expect(cartItems([stalls], 'd', { quantities: { 'stalls:full': 2 }, amounts: {}, seats: {} })).toEqual({
      items: [{ dateId: 'd', zoneId: 'stalls', priceId: 'full', quantity: 2 }],
    });
  });

  it('gives the seats chosen to the prices in their order', () => {
    const asked = cartItems([stalls], 'd', { quantities: { 'stalls:full': 1, 'stalls:reduced': 2 }, amounts: {}, seats: { stalls: ['s1', 's2', 's3'] } });
    expect(asked).toEqual({
      items: [
        { dateId: 'd', zoneId: 'stalls', priceId: 'full', quantity: 1, seatIds: ['s1'] },
        { dateId: 'd', zoneId: 'stalls', priceId: 'reduced', quantity: 2, seatIds: ['s2', 's3'] },
      ],
    });
  });

  it('takes the seats chosen as the quantity of a zone with one price (none chosen: nothing asked)', () => {
    const single = choice(zone('stalls'), [full]);
    expect(cartItems([single], 'd', { quantities: {}, amounts: {}, seats: { stalls: ['s1', 's2'] } })).toEqual({
      items: [{ dateId: 'd', zoneId: 'stalls', priceId: 'full', quantity: 2, seatIds: ['s1', 's2'] }],
    });
    expect(cartItems([single], 'd', { quantities: { 'stalls:full': 5 }, amounts: {}, seats: { stalls: ['s1'] } })).toEqual({
      items: [{ dateId: 'd', zoneId: 'stalls', priceId: 'full', quantity: 1, seatIds: ['s1'] }],
    });
    expect(cartItems([single], 'd', { quantities: {}, amounts: {}, seats: { stalls: [] } })).toEqual({ issue: { kind: 'nothing' } });
  });

  it('says so when the seats chosen are not as many as the tickets', () => {
    expect(cartItems([stalls], 'd', { quantities: { 'stalls:full': 3 }, amounts: {}, seats: { stalls: ['s1'] } })).toEqual({
      issue: { kind: 'seats', zoneId: 'stalls', seats: 1, tickets: 3 },
    });
    expect(cartItems([stalls], 'd', { quantities: {}, amounts: {}, seats: { stalls: ['s1'] } })).toEqual({
      issue: { kind: 'seats', zoneId: 'stalls', seats: 1, tickets: 0 },
    });
  });

  it('says so when nothing is chosen', () => {
    expect(cartItems([stalls], 'd', { quantities: {}, amounts: {}, seats: {} })).toEqual({ issue: { kind: 'nothing' } });
  });

  it('sends the pay-what-you-want amount typed, the minimum when none, and refuses less than the minimum', () => {
    const pwyw = price('pwyw', { kind: 'pay_what_you_want', amounts: [{ amount: 1500, currency: 'CHF' }] });
    const standing = choice(zone('floor', 'general_admission'), [pwyw]);
    const ask = (amounts: Record<string, string>) => cartItems([standing], 'd', { quantities: { 'floor:pwyw': 2 }, amounts, seats: {} });
    expect(ask({})).toEqual({ items: [{ dateId: 'd', zoneId: 'floor', priceId: 'pwyw', quantity: 2, amount: 1500 }] });
    expect(ask({ 'floor:pwyw': '25,50' })).toEqual({ items: [{ dateId: 'd', zoneId: 'floor', priceId: 'pwyw', quantity: 2, amount: 2550 }] });
    expect(ask({ 'floor:pwyw': '14.99' })).toEqual({ issue: { kind: 'amount', key: 'floor:pwyw' } });
    expect(ask({ 'floor:pwyw': 'beaucoup' })).toEqual({ issue: { kind: 'amount', key: 'floor:pwyw' } });
  });
});

describe('the seat map at the counter', () => {
  const plan = { planId: 'p', name: 'Salle', width: 100, height: 100, seats: [seat('1'), seat('2', { zoneId: 'balcony' })] };

  it('keeps only the zone’s seats, and drops a plan without any', () => {
    expect(zoneSeatMap([plan], 'stalls')[0].seats.map((s) => s.id)).toEqual(['1']);
    expect(zoneSeatMap([plan], 'pit')).toEqual([]);
  });

  it('tells chosen, free, held, sold and blocked seats apart; only free ones (or chosen) can be clicked', () => {
    const chosen = new Set(['c']);
    expect(seatState(seat('c'), chosen)).toBe('selected');
    expect(seatState(seat('f'), chosen)).toBe('free');
    expect(seatState(seat('h', { status: 'held' }), chosen)).toBe('held');
    expect(seatState(seat('s', { status: 'sold' }), chosen)).toBe('sold');
    expect(seatState(seat('d', { status: 'blocked', blockReason: 'Presse' }), chosen)).toBe('blocked-date');
    expect(seatState(seat('p', { blocked: true }), chosen)).toBe('blocked-plan');
    expect(seatChoosable(seat('c', { status: 'held' }), chosen)).toBe(true);
    expect(seatChoosable(seat('f'), chosen)).toBe(true);
    expect(seatChoosable(seat('h', { status: 'held' }), chosen)).toBe(false);
    expect(seatChoosable(seat('p', { blocked: true }), chosen)).toBe(false);
  });

  it('drops from the choice the seats taken meanwhile', () => {
    const fresh = [{ ...plan, seats: [seat('1'), seat('2', { status: 'sold' }), seat('3', { status: 'held' })] }];
    expect(stillFree(['3', '1', '2', '9'], fresh)).toEqual(['1']);
  });
});

describe('per-price forms', () => {
  const line = (id: string, priceId: string, quantity: number, seatLabels: string[] | null = null): CartLine => ({
    id,
    eventId: 'e',
    dateId: 'd',
    zoneId: 'z',
    priceId,
    eventName: 'Tartuffe',
    startsAt: '2027-03-12T19:00:00Z',
    zoneName: 'Parterre',
    seatIds: null,
    seatLabels,
    seats: null,
    priceName: priceId,
    quantity,
    unitPrice: { amount: 1000, currency: 'CHF' },
    lineTotal: { amount: 1000 * quantity, currency: 'CHF' },
  });
  const fields: Record<string, components['schemas']['AttendeeFieldDto'][]> = {
    student: [
      { key: 'name', label: 'Nom', kind: 'text', required: true },
      { key: 'age', label: 'Âge', kind: 'number', required: false },
    ],
  };
  const tickets = counterTickets({ items: [line('l1', 'full', 1), line('l2', 'student', 2, ['A 1', 'A 2'])] }, (p) => fields[p] ?? []);

  it('lists one ticket per place, lines in order, with its seat and the fields of its price', () => {
    expect(tickets.map((t) => [t.index, t.key, t.place, t.fields.length])).toEqual([
      [0, 'l1:0', 'Parterre', 0],
      [1, 'l2:0', 'A 1', 2],
      [2, 'l2:1', 'A 2', 2],
    ]);
  });

  it('sends the answers per ticket (numbers as numbers, empty left out for the API to name), null where nothing is asked', () => {
    expect(attendeesBody(tickets, { 'l2:0': { name: ' Ada ', age: '19' }, 'l2:1': { name: '', age: '' } })).toEqual([null, { name: ' Ada ', age: 19 }, {}]);
  });

  it('sends nothing when no price asks', () => {
    expect(
      attendeesBody(
        counterTickets({ items: [line('l1', 'full', 2)] }, () => []),
        {},
      ),
    ).toBeUndefined();
  });
});

describe('gift vouchers sold with the cart', () => {
  const cart = {
    giftVouchers: [
      {
        offerId: 'fixed',
        name: 'Bon 50',
        quantity: 1,
        unitPrice: { amount: 5000, currency: 'CHF' as const },
        lineTotal: { amount: 5000, currency: 'CHF' as const },
        validityMonths: 12,
      },
      {
        offerId: 'free',
        name: 'Bon libre',
        quantity: 1,
        unitPrice: { amount: 3500, currency: 'CHF' as const },
        lineTotal: { amount: 3500, currency: 'CHF' as const },
        validityMonths: 12,
      },
    ],
  };

  it('adds one to the list the cart has (the same offer and value: one more of it)', () => {
    expect(voucherList(null, { add: { offerId: 'fixed', quantity: 1, amount: 5000 } })).toEqual([{ offerId: 'fixed', quantity: 1, amount: 5000 }]);
    expect(voucherList(cart, { add: { offerId: 'fixed', quantity: 1, amount: 5000 } })).toEqual([
      { offerId: 'fixed', quantity: 2, amount: 5000 },
      { offerId: 'free', quantity: 1, amount: 3500 },
    ]);
    expect(voucherList(cart, { add: { offerId: 'free', quantity: 1, amount: 2000 } })).toHaveLength(3);
  });

  it('takes one line off', () => {
    expect(voucherList(cart, { removeIndex: 0 })).toEqual([{ offerId: 'free', quantity: 1, amount: 3500 }]);
  });
});
