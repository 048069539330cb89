import { describe, expect, it } from 'vitest';
import { onSale, placesNote, salesNote } from './sales';

describe('sales windows and places on the shop', () => {
  it('says when the sale opens, or that it is over, in Zurich time', () => {
    const opens = { salesStatus: 'not_open_yet' as const, salesStartAt: '2027-02-01T09:00:00Z', salesEndAt: null };
    expect(salesNote(opens)).toBe('En vente dès le 1 février 2027 à 10:00');
    expect(salesNote(opens, true)).toBe('en vente dès le 1 février 2027 à 10:00');
    expect(salesNote({ salesStatus: 'closed', salesStartAt: null, salesEndAt: '2026-01-01T00:00:00Z' })).toBe('Vente terminée');
    expect(salesNote({ salesStatus: 'open', salesStartAt: null, salesEndAt: null })).toBeNull();
    expect(onSale(opens)).toBe(false);
    expect(onSale({ salesStatus: 'open' })).toBe(true);
  });

  it('counts the places left, seats included, and says "Complet" only when none is left', () => {
    expect(placesNote({ available: true, remaining: 1 })).toBe('1 place restante');
    expect(placesNote({ available: true, remaining: 14 })).toBe('14 places restantes');
    expect(placesNote({ available: true, remaining: null })).toBe('Places disponibles');
    expect(placesNote({ available: false, remaining: 0 })).toBe('Complet');
  });
});
