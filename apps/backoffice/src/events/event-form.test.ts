import { describe, expect, it } from 'vitest';
import { eventFieldRenamer, eventFormErrors, toCreateEventRequest, type EventForm } from './event-form';
import { emptyPriceDraft, priceDraftErrors, type PriceDraft } from './price-draft';

function form(over: Partial<EventForm> = {}): EventForm {
  return {
    name: 'Le Misanthrope',
    description: '',
    venue: 'Grande salle',
    status: 'published',
    kind: 'multi',
    subjectToEntertainmentTax: false,
    dates: [
      { startsAt: '2027-03-12T20:00', endsAt: '2027-03-12T22:15' },
      { startsAt: '2027-03-13T17:00', endsAt: '' },
    ],
    zones: [
      { name: 'Parterre', capacity: '220' },
      { name: 'Balcon', capacity: '100' },
    ],
    prices: [
      { name: 'Plein tarif', kind: 'fixed', amounts: { CHF: '38', EUR: '40.50' }, visibility: 'public' },
      { name: 'Invitation', kind: 'free', amounts: { CHF: '', EUR: '' }, visibility: 'pass_only' },
      { name: 'Prix libre', kind: 'pay_what_you_want', amounts: { CHF: '', EUR: '10,00' }, visibility: 'public' },
    ],
    ...over,
  };
}

const price = (over: Partial<PriceDraft>): PriceDraft => ({ ...emptyPriceDraft('Tarif'), ...over });

describe('toCreateEventRequest', () => {
  it('sends Zurich times with their offset, capacities as numbers and exact minor units per filled currency', () => {
    const body = toCreateEventRequest(form());
    expect(body.kind).toBe('multi');
    expect(body.description).toBeUndefined();
    expect(body.dates).toEqual([{ startsAt: '2027-03-12T20:00:00+01:00', endsAt: '2027-03-12T22:15:00+01:00' }, { startsAt: '2027-03-13T17:00:00+01:00' }]);
    expect(body.zones).toEqual([
      { name: 'Parterre', capacity: 220 },
      { name: 'Balcon', capacity: 100 },
    ]);
    expect(body.prices).toEqual([
      {
        name: 'Plein tarif',
        kind: 'fixed',
        amounts: [
          { currency: 'CHF', amount: 3800 },
          { currency: 'EUR', amount: 4050 },
        ],
        visibility: 'public',
      },
      { name: 'Invitation', kind: 'free', visibility: 'pass_only' },
      { name: 'Prix libre', kind: 'pay_what_you_want', amounts: [{ currency: 'EUR', amount: 1000 }], visibility: 'public' },
    ]);
  });

  it('sends a seated zone as its plan and category, without capacity', () => {
    const body = toCreateEventRequest(
      form({
        zones: [
          { name: ' Parterre ', capacity: '100', kind: 'seated', planId: 'plan-1', category: 'Catégorie 1' },
          { name: 'Debout', capacity: '80', kind: 'general_admission' },
        ],
      }),
    );
    expect(body.zones).toEqual([
      { name: 'Parterre', planId: 'plan-1', category: 'Catégorie 1' },
      { name: 'Debout', capacity: 80 },
    ]);
  });

  it('converts amounts without floating-point error', () => {
    const body = toCreateEventRequest(form({ prices: [price({ amounts: { CHF: '1.15', EUR: '4.35' } })] }));
    expect(body.prices[0].amounts).toEqual([
      { currency: 'CHF', amount: 115 },
      { currency: 'EUR', amount: 435 },
    ]);
  });
});

describe('eventFieldRenamer', () => {
  it('points the API’s amount index at the currency input it came from', () => {
    const rename = eventFieldRenamer(form());
    expect(rename('prices[0].amounts[1].amount')).toBe('prices[0].amounts[EUR]');
    expect(rename('prices[0].amounts[0].amount')).toBe('prices[0].amounts[CHF]');
    // Only EUR is filled for the third price: its amounts[0] is the EUR one.
    expect(rename('prices[2].amounts[0].amount')).toBe('prices[2].amounts[EUR]');
    expect(rename('prices[2].amounts')).toBe('prices[2].amounts');
    expect(rename('dates[1].endsAt')).toBe('dates[1].endsAt');
    expect(rename('zones[0].capacity')).toBe('zones[0].capacity');
  });
});

describe('eventFormErrors', () => {
  it('accepts a complete form', () => {
    expect(eventFormErrors(form())).toEqual([]);
  });

  it('names the fields like the API does', () => {
    const errors = eventFormErrors(
      form({
        name: ' ',
        dates: [
          { startsAt: '2027-03-12T20:00', endsAt: '2027-03-12T19:00' },
          { startsAt: '', endsAt: '' },
        ],
        zones: [{ name: 'Parterre', capacity: '-3' }],
      }),
    ).map((e) => e.field);
    expect(errors).toEqual(['name', 'dates[0].endsAt', 'dates[1].startsAt', 'zones[0].capacity']);
  });

  it('wants a plan and a category for a seated zone, and no capacity', () => {
    const seated = { name: 'Parterre', capacity: '', kind: 'seated' as const, planId: '', category: '' };
    expect(eventFormErrors(form({ zones: [seated] })).map((e) => e.field)).toEqual(['zones[0].planId', 'zones[0].category']);
    expect(eventFormErrors(form({ zones: [{ ...seated, planId: 'p1', category: 'Catégorie 1' }] }))).toEqual([]);
  });

  it('keeps a single-date event to one date', () => {
    expect(eventFormErrors(form({ kind: 'single' })).map((e) => e.field)).toEqual(['dates']);
  });
});

describe('priceDraftErrors', () => {
  const event = { subjectToEntertainmentTax: false };

  it('wants a fixed amount above zero in at least one currency', () => {
    expect(priceDraftErrors(price({ amounts: { CHF: '', EUR: '' } }), 'prices[0]', event).map((e) => e.field)).toEqual(['prices[0].amounts']);
    expect(priceDraftErrors(price({ amounts: { CHF: '0', EUR: '' } }), 'prices[0]', event).map((e) => e.field)).toEqual(['prices[0].amounts[CHF]']);
    expect(priceDraftErrors(price({ amounts: { CHF: '12.345', EUR: '' } }), 'prices[0]', event).map((e) => e.field)).toEqual(['prices[0].amounts[CHF]']);
  });

  it('wants a pay-what-you-want minimum of more than 2.00 in each currency given', () => {
    const pwyw = (CHF: string, EUR: string) => price({ kind: 'pay_what_you_want', amounts: { CHF, EUR } });
    expect(priceDraftErrors(pwyw('2.00', '2.01'), 'prices[1]', event).map((e) => e.field)).toEqual(['prices[1].amounts[CHF]']);
    expect(priceDraftErrors(pwyw('2.01', ''), 'prices[1]', event)).toEqual([]);
  });

  it('refuses pay what you want for an event subject to the entertainment tax', () => {
    const errors = priceDraftErrors(price({ kind: 'pay_what_you_want', amounts: { CHF: '10', EUR: '' } }), 'price', { subjectToEntertainmentTax: true });
    expect(errors.map((e) => e.field)).toEqual(['price.kind']);
  });

  it('asks nothing of a free price but its name', () => {
    expect(priceDraftErrors(price({ kind: 'free', name: '' }), '', event).map((e) => e.field)).toEqual(['name']);
  });
});
