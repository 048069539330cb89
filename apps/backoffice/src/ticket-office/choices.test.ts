import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { comingDates, zoneChoices } from './choices';

type Event = components['schemas']['EventResponse'];
type Price = components['schemas']['PriceResponse'];

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
const availability = (zoneId: string, remaining: number) => ({ zoneId, capacity: 50, sold: 0, held: 0, blocked: 0, remaining });

const event = {
  id: 'e',
  dates: [
    { id: 'later', startsAt: '2027-06-20T18:00:00Z', endsAt: null, doorsAt: null, status: 'scheduled', availability: [availability('stalls', 12)] },
    { id: 'past', startsAt: '2026-01-10T18:00:00Z', endsAt: null, doorsAt: null, status: 'scheduled', availability: [] },
    { id: 'off', startsAt: '2027-06-19T18:00:00Z', endsAt: null, doorsAt: null, status: 'cancelled', availability: [] },
    { id: 'soon', startsAt: '2027-06-18T18:00:00Z', endsAt: null, doorsAt: null, status: 'scheduled', availability: [availability('stalls', 0)] },
  ],
  zones: [
    { id: 'stalls', name: 'Parterre', kind: 'general_admission', capacity: 50, planId: null, category: null },
    { id: 'balcony', name: 'Balcon', kind: 'general_admission', capacity: 20, planId: null, category: null },
  ],
  prices: [
    price('reduced', { position: 2 }),
    price('full', { position: 1 }),
    price('passes', { visibility: 'pass_only' }),
    price('euro-only', { amounts: [{ amount: 2800, currency: 'EUR' }] }),
    price('invitation', { kind: 'free', amounts: [] }),
    price('balcony-only', { zoneIds: ['balcony'] }),
    price('soon-only', { dateIds: ['soon'] }),
  ],
} as unknown as Event;

describe('what the counter offers', () => {
  it('sells the scheduled dates to come, soonest first', () => {
    expect(comingDates(event, new Date('2027-01-01T00:00:00Z')).map((d) => d.id)).toEqual(['soon', 'later']);
  });

  it('lists each zone with what is left and its public prices in the currency, in their order', () => {
    const [stalls, balcony] = zoneChoices(event, 'later', 'CHF');
    expect(stalls.remaining).toBe(12);
    expect(stalls.prices.map((p) => [p.price.id, p.amount?.amount ?? null])).toEqual([
      ['invitation', null],
      ['full', 3000],
      ['reduced', 3000],
    ]);
    expect(balcony.remaining).toBe(0);
    expect(balcony.prices.map((p) => p.price.id)).toEqual(['invitation', 'balcony-only', 'full', 'reduced']);
  });

  it('keeps a price to the dates it is sold for', () => {
    expect(zoneChoices(event, 'soon', 'CHF')[0].prices.map((p) => p.price.id)).toContain('soon-only');
    expect(zoneChoices(event, 'nowhere', 'CHF')).toEqual([]);
  });
});
