import { mergeLines, takeTickets } from './cart-lines';
import type { CartLine } from './entities/cart.entity';

const line = (over: Partial<CartLine>): CartLine => ({
  id: 'l1',
  eventId: 'e1',
  dateId: 'd1',
  zoneId: 'z1',
  priceId: 'p1',
  eventName: 'Récital',
  venue: null,
  startsAt: '2027-04-01T18:00:00.000Z',
  zoneName: 'Parterre',
  priceName: 'Plein tarif',
  unitAmount: 2500,
  quantity: 2,
  ...over,
});

describe('mergeLines', () => {
  it('adds tickets of the same date, zone, price and amount to the line already there, which keeps its id and place', () => {
    const merged = mergeLines([line({}), line({ id: 'l2', dateId: 'd2' })], [line({ id: 'new', quantity: 3 })]);
    expect(merged.map((l) => [l.id, l.quantity])).toEqual([
      ['l1', 5],
      ['l2', 2],
    ]);
  });

  it('keeps another amount (pay what you want), another date or seats chosen on the plan apart', () => {
    const merged = mergeLines(
      [line({})],
      [line({ id: 'a', unitAmount: 3000 }), line({ id: 'b', dateId: 'd2' }), line({ id: 'c', seated: true, seatIds: ['s1', 's2'] })],
    );
    expect(merged.map((l) => l.id)).toEqual(['l1', 'a', 'b', 'c']);
  });

  it('does not change the lines it was given', () => {
    const lines = [line({})];
    mergeLines(lines, [line({ id: 'x' })]);
    expect(lines[0].quantity).toBe(2);
  });
});

describe('takeTickets', () => {
  it('takes the whole line: nothing is left, every seat goes back', () => {
    const stored = line({ seated: true, seatIds: ['s1', 's2'], seatLabels: ['A1', 'A2'] });
    expect(takeTickets(stored, stored, 2)).toEqual({ seatIds: ['s1', 's2'], left: null });
  });

  it('takes some tickets of a general-admission line: no seats, fewer tickets', () => {
    expect(takeTickets(line({ quantity: 4 }), line({ quantity: 4 }), 1)).toEqual({ seatIds: [], left: line({ quantity: 3 }) });
  });

  it('gives back the last chosen seats and keeps the first ones on the line', () => {
    const stored = line({
      quantity: 3,
      seated: true,
      seatIds: ['s1', 's2', 's3'],
      seatLabels: ['A1', 'A2', 'A3'],
      seats: ['1', '2', '3'].map((n) => ({ seatId: `s${n}`, section: 'P', row: 'A', number: n, label: `A${n}` })),
    });
    const { seatIds, left } = takeTickets(stored, stored, 2);
    expect(seatIds).toEqual(['s2', 's3']);
    expect(left).toMatchObject({ quantity: 1, seatIds: ['s1'], seatLabels: ['A1'], seats: [{ seatId: 's1' }] });
  });

  it('gives back the last best-available seats the cart shows for the line; the line keeps none of its own', () => {
    const stored = line({ quantity: 3, seated: true });
    const shown = { ...stored, seatIds: ['s7', 's8', 's9'] };
    const { seatIds, left } = takeTickets(stored, shown, 1);
    expect(seatIds).toEqual(['s9']);
    expect(left).toEqual({ ...stored, quantity: 2 });
  });
});
