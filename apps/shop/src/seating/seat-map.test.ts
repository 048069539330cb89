import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n';
import {
  initialActive,
  keyDirection,
  type MapSeat,
  MIN_TARGET_PX,
  minPlanWidthPx,
  neighbour,
  planViewBox,
  rowLabels,
  seatAriaLabel,
  seatPitch,
  seatRadius,
  seatsGone,
  seatState,
  spreadSeats,
  STAGE_BAND,
} from './seat-map';
import { seatParts } from './seat-parts';

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
    expect(seatState(seat({ zoneId: 'z2', available: false }), 'z1', selected)).toBe('taken');
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

  it('leaves room on the left for the row letters', () => {
    expect(planViewBox({ width: 200, height: 100, seats: [seat({ x: 10, y: 50 })] }, 8, 30)).toBe(`-30 ${-STAGE_BAND - 10} 240 ${60 + STAGE_BAND + 20}`);
  });

  it('draws the plan wide enough for every seat to be a 24 px target', () => {
    const radius = 8.4; // seats 20 apart
    const width = minPlanWidthPx(400, radius);
    expect((width / 400) * seatPitch(radius)).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(width).toBe(480);
  });

  it('puts each row letter left of its first seat, once per section and row', () => {
    const labels = rowLabels(
      [
        seat({ id: 'a2', x: 40, y: 10 }),
        seat({ id: 'a1', x: 20, y: 10 }),
        seat({ id: 'b1', row: 'B', x: 20, y: 30 }),
        seat({ id: 'l1', section: 'Loge', row: 'A', x: 200, y: 12 }),
      ],
      15,
    );
    expect(labels.map(({ row, x, y }) => ({ row, x, y }))).toEqual([
      { row: 'A', x: 5, y: 10 },
      { row: 'B', x: 5, y: 30 },
      { row: 'A', x: 185, y: 12 },
    ]);
  });

  describe('keyboard', () => {
    // Rows A (y 0) and B (y 20), B shifted half a seat; C (y 40) has one seat at the far right.
    const seats = [
      seat({ id: 'A1', row: 'A', number: '1', x: 0, y: 0 }),
      seat({ id: 'A2', row: 'A', number: '2', x: 20, y: 0 }),
      seat({ id: 'A3', row: 'A', number: '3', x: 40, y: 0 }),
      seat({ id: 'B1', row: 'B', number: '1', x: 10, y: 20 }),
      seat({ id: 'B2', row: 'B', number: '2', x: 28, y: 20 }),
      seat({ id: 'C9', row: 'C', number: '9', x: 60, y: 40 }),
    ];

    it('moves along the row with left and right, and stays at its ends', () => {
      expect(neighbour(seats, 'A1', 'right')).toBe('A2');
      expect(neighbour(seats, 'A2', 'left')).toBe('A1');
      expect(neighbour(seats, 'A1', 'left')).toBe('A1');
      expect(neighbour(seats, 'A3', 'right')).toBe('A3');
      expect(neighbour(seats, 'A2', 'end')).toBe('A3');
      expect(neighbour(seats, 'A3', 'home')).toBe('A1');
    });

    it('moves to the closest seat of the row above or below', () => {
      expect(neighbour(seats, 'A3', 'down')).toBe('B2');
      expect(neighbour(seats, 'A1', 'down')).toBe('B1');
      expect(neighbour(seats, 'B2', 'up')).toBe('A2');
      expect(neighbour(seats, 'B1', 'down')).toBe('C9');
      expect(neighbour(seats, 'A2', 'up')).toBe('A2');
      expect(neighbour(seats, 'C9', 'down')).toBe('C9');
    });

    it('reads the arrow keys, Home and End only', () => {
      expect(keyDirection('ArrowUp')).toBe('up');
      expect(keyDirection('End')).toBe('end');
      expect(keyDirection('Tab')).toBeNull();
    });

    it('starts the single tab stop on a chosen seat, else the first free seat of the zone', () => {
      const taken = seats.map((s) => (s.id === 'A1' ? { ...s, available: false } : s));
      expect(initialActive(taken, 'z1', new Set())).toBe('A2');
      expect(initialActive(taken, 'z1', new Set(['B2']))).toBe('B2');
      expect(initialActive(taken, 'z9', new Set())).toBe('A1');
    });
  });

  it('tells a screen reader the seat, its category, its price and whether it is free, in French', () => {
    const words = (key: string, named?: Record<string, unknown>) => t(key as Parameters<typeof t>[0], named);
    const c4 = seat({ row: 'C', number: '4' });
    expect(seatAriaLabel(c4, { name: 'Catégorie 1', price: '52.00 CHF' }, 'free', words)).toBe('Parterre, rang C, place 4, Catégorie 1, 52.00 CHF, libre');
    expect(seatAriaLabel({ ...c4, section: '' }, { name: 'Catégorie 1', price: null }, 'taken', words)).toBe('Rang C, place 4, Catégorie 1, occupée');
    expect(seatAriaLabel({ ...c4, kind: 'wheelchair' }, { name: 'Catégorie 2', price: 'dès 30.00 CHF' }, 'other-zone', words)).toBe(
      'Parterre, rang C, place 4, Catégorie 2, dès 30.00 CHF, libre, autre catégorie, fauteuil roulant',
    );
    expect(seatAriaLabel(c4, { name: 'Catégorie 1', price: '52.00 CHF' }, 'selected', words)).toMatch(/, choisie$/);
  });

  it('names each part of a seat once: Zone, Section, Rang, Place', () => {
    const parts = (...args: Parameters<typeof seatParts>) => seatParts(...args).map((p) => `${p.label} ${p.value}`);
    expect(parts('Catégorie 1', { section: 'Parterre', row: 'C', number: '4' })).toEqual(['Zone Catégorie 1', 'Section Parterre', 'Rang C', 'Place 4']);
    expect(parts('Catégorie 1', { section: 'Catégorie 1', row: 'C', number: '4' })).toEqual(['Zone Catégorie 1', 'Rang C', 'Place 4']);
    expect(parts('Debout', null)).toEqual(['Zone Debout']);
    expect(parts('Catégorie 1', { section: 'Parterre', row: 'C', number: '4' }, false)).toEqual(['Section Parterre', 'Rang C', 'Place 4']);
  });
});
