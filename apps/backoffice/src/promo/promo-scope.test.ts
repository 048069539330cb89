import { describe, expect, it } from 'vitest';
import { keepPricesOf, scopeLabel, scopeRequest } from './promo-scope';

const events = [
  { id: 'e1', name: 'Phèdre' },
  { id: 'e2', name: 'Bérénice' },
];
const prices = {
  e1: [
    { id: 'p1', name: 'Plein tarif' },
    { id: 'p2', name: 'Étudiant' },
  ],
  e2: [
    { id: 'p3', name: 'Plein tarif' },
    { id: 'p4', name: 'AVS' },
  ],
};

describe('scopeRequest', () => {
  it('sends nothing when no event is ticked: the code applies everywhere', () => {
    expect(scopeRequest([], ['p1'], prices)).toEqual({});
  });

  it('sends the events alone when no price is ticked', () => {
    expect(scopeRequest(['e2'], [], prices)).toEqual({ eventIds: ['e2'] });
  });

  it('sends the ticked prices, and all prices of the ticked events without a ticked price', () => {
    expect(scopeRequest(['e1'], ['p2'], prices)).toEqual({ eventIds: ['e1'], priceIds: ['p2'] });
    expect(scopeRequest(['e1', 'e2'], ['p2'], prices)).toEqual({ eventIds: ['e1', 'e2'], priceIds: ['p2', 'p3', 'p4'] });
  });

  it('ignores ticked prices of events no longer ticked', () => {
    expect(scopeRequest(['e2'], ['p1'], prices)).toEqual({ eventIds: ['e2'] });
    expect(keepPricesOf(['p1', 'p3'], ['e2'], prices)).toEqual(['p3']);
  });
});

describe('scopeLabel', () => {
  it('says when a code applies everywhere', () => {
    expect(scopeLabel({ eventIds: null, priceIds: null }, events, prices)).toBe('Tous les événements et tarifs');
  });

  it('names the events, and all their prices', () => {
    expect(scopeLabel({ eventIds: ['e1'], priceIds: null }, events, prices)).toBe('Phèdre · tous ses tarifs');
    expect(scopeLabel({ eventIds: ['e1', 'e2'], priceIds: null }, events, prices)).toBe('Phèdre, Bérénice · tous leurs tarifs');
  });

  it('names the prices, with their event when the code spans several', () => {
    expect(scopeLabel({ eventIds: ['e1'], priceIds: ['p2'] }, events, prices)).toBe('Phèdre · Étudiant');
    expect(scopeLabel({ eventIds: ['e1', 'e2'], priceIds: ['p2', 'p4'] }, events, prices)).toBe('Phèdre, Bérénice · Étudiant (Phèdre), AVS (Bérénice)');
  });

  it('says "all the prices of" an event whose every price is in the list', () => {
    expect(scopeLabel({ eventIds: ['e1', 'e2'], priceIds: ['p2', 'p3', 'p4'] }, events, prices)).toBe(
      'Phèdre, Bérénice · Étudiant (Phèdre) ; tous les tarifs de Bérénice',
    );
  });

  it('counts what it cannot name, and shortens long lists', () => {
    expect(scopeLabel({ eventIds: ['e1', 'gone'], priceIds: null }, events, prices)).toBe('Phèdre, 1 autre événement · tous leurs tarifs');
    expect(scopeLabel({ eventIds: null, priceIds: ['x', 'y'] }, events, {})).toBe('Tous les événements · 2 autres tarifs');
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, name: `Soirée ${i + 1}` }));
    expect(scopeLabel({ eventIds: many.map((e) => e.id), priceIds: null }, many, {})).toBe('Soirée 1, Soirée 2, Soirée 3 et 2 autres · tous leurs tarifs');
  });
});
