import { describe, expect, it } from 'vitest';
import { pickLocale } from '@guichet/ui';
import { badge, label, labelOptions } from './labels';

describe('labels from the catalog', () => {
  it('names the values of the API’s enums', () => {
    expect(label('orderStatus', 'reserved')).toBe('Réservée');
    expect(label('ledgerMethod', 'bank_transfer')).toBe('Virement');
    expect(label('giftVoucherStatus', 'awaiting_payment')).toBe('En attente du paiement');
    expect(label('role', 'ticket_office')).toBe('Guichet');
    expect(badge('ledgerStatus', 'failed', { pending: 'warning', succeeded: 'success', failed: 'danger' })).toEqual({ tone: 'danger', label: 'Échoué' });
  });

  it('lists a select’s options in the catalog’s order', () => {
    expect(labelOptions('priceKind')).toEqual([
      { value: 'fixed', label: 'Prix fixe' },
      { value: 'free', label: 'Gratuit' },
      { value: 'pay_what_you_want', label: 'Prix libre' },
    ]);
  });

  it('speaks the first of the browser’s languages that has a catalog, else French', () => {
    expect(pickLocale(['de-CH', 'fr-CH'], ['fr'])).toBe('fr');
    expect(pickLocale(['en-GB'], ['fr'])).toBe('fr');
    expect(pickLocale([], ['fr'])).toBe('fr');
  });
});
