import { describe, expect, it } from 'vitest';
import { pickLocale } from '@guichet/ui';
import { label } from './labels';

describe('labels from the shop’s catalog', () => {
  it('names what the customer sees of the API’s enums', () => {
    expect(label('orderStatus', 'reserved')).toBe('Réservée — paiement sur place');
    expect(label('giftVoucherStatus', 'awaiting_payment')).toBe('Utilisable dès le paiement de la commande');
    expect(label('displayMode', 'week')).toBe('Semaine');
  });

  it('speaks the first of the browser’s languages that has a catalog, else French', () => {
    expect(pickLocale(['it-CH', 'fr-CH'], ['fr'])).toBe('fr');
    expect(pickLocale(['en'], ['fr'])).toBe('fr');
  });
});
