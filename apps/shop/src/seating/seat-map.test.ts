import { describe, expect, it } from 'vitest';
import { type MapSeat, planViewBox, seatRadius, seatsGone, seatState, spreadSeats, STAGE_BAND } from './seat-map';

const seat = (over: Partial<MapSeat>): MapSeat => ({
  id: 's1',
  section: 'Parterre',
  row: 'A',
  number: '1',
  label: 'Parterre, rang A, place 1',
  x: 0,
  y: 0,
  kind: 'standard',
  blocked: false,
  category: 'Cat 1',
  zoneId: 'z1',
  available: true,
  status: 'free',
  blockReason: null,
  ...over,
});

describe('seat map', () => {
  it('sizes circles from the closest pair of seats', () => {
    expect(seatRadius([seat({ x: 0 }), seat({ x: 30 }), seat({ x: 50 }), seat({ x: 0, y: 100 })])).toBeCloseTo(20 * 0.42);
    expect(seatRadius([seat({})])).toBe(10);
  });

  it('leaves room for the stage above the plan and stops below the last row', () => {
    expect(planViewBox({ width: 200, height: 100, seats: [] }, 8)).toBe(`-10 ${-STAGE_BAND - 10} 220 ${100 + STAGE_BAND + 20}`);
    expect(planViewBox({ width: 200, height: 400, seats: [seat({ y: 50 })] }, 8)).toBe(`-10 ${-STAGE_BAND - 10} 220 ${60 + STAGE_BAND + 20}`);
  });

  it('lets the buyer choose only free seats of the zone', () => {
    const selected = new Set(['chosen']);
    expect(seatState(seat({ id: 'chosen' }), 'z1', selected)).toBe('selected');
    expect(seatState(seat({ blocked: true, available: false }), 'z1', selected)).toBe('blocked');
    expect(seatState(seat({ zoneId: 'z2' }), 'z1', selected)).toBe('other-zone');
    expect(seatState(seat({ available: false }), 'z1', selected)).toBe('taken');
    expect(seatState(seat({}), 'z1', selected)).toBe('free');
  });

  it('names the chosen seats that are no longer available', () => {
    const plans = [{ planId: 'p', name: 'P', width: 10, height: 10, seats: [seat({ id: 'a' }), seat({ id: 'b', available: false, number: '2' })] }];
    expect(seatsGone(['a', 'b'], plans).map((s) => s.number)).toEqual(['2']);
  });

  it('spreads the chosen seats over the prices in order', () => {
    expect(
      spreadSeats(
        ['a', 'b', 'c'],
        [
          { priceId: 'full', quantity: 1 },
          { priceId: 'none', quantity: 0 },
          { priceId: 'reduced', quantity: 2 },
        ],
      ),
    ).toEqual([
      { priceId: 'full', seatIds: ['a'] },
      { priceId: 'reduced', seatIds: ['b', 'c'] },
    ]);
  });
});
