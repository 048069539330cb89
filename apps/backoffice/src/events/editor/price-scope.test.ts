import { describe, expect, it } from 'vitest';
import { scopeIds, scopeLabel } from './price-scope';

const event = {
  dates: [
    { id: 'd1', startsAt: '2026-11-27T19:00:00Z' },
    { id: 'd2', startsAt: '2026-11-28T19:00:00Z' },
  ],
  zones: [
    { id: 'z1', name: 'Parterre' },
    { id: 'z2', name: 'Balcon' },
  ],
};

describe('scopeIds', () => {
  it('is null for all, whatever is ticked', () => {
    expect(scopeIds(true, new Set(['d1']), event.dates)).toBeNull();
  });

  it('lists the ticked ids in the event’s order', () => {
    expect(scopeIds(false, new Set(['z2', 'z1']), event.zones)).toEqual(['z1', 'z2']);
    expect(scopeIds(false, new Set(['unknown', 'd2']), event.dates)).toEqual(['d2']);
  });
});

describe('scopeLabel', () => {
  it('says where a price is sold', () => {
    expect(scopeLabel({ dateIds: null, zoneIds: null }, event)).toBe('Toutes les dates · toutes les zones');
    expect(scopeLabel({ dateIds: ['d1', 'd2'], zoneIds: ['z2'] }, event)).toBe('2 dates · Balcon');
    expect(scopeLabel({ dateIds: ['d2'], zoneIds: null }, event)).toBe('28.11.2026 20:00 · toutes les zones');
  });
});
