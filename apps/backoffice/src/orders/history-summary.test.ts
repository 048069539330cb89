import { formatMoney } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { describeHistoryEntry, summarizeHistoryData } from './history-summary';

describe('summarizeHistoryData', () => {
  it('formats money, scalars and nested values', () => {
    const lines = summarizeHistoryData({
      number: '7KQ2M9XD',
      total: { amount: 8400, currency: 'CHF' },
      tickets: 2,
      to: null,
      origin: { cartId: 'c1' },
    });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('number: 7KQ2M9XD');
    expect(lines[1]).toBe(`total: ${formatMoney({ amount: 8400, currency: 'CHF' })}`);
    expect(lines.slice(2)).toEqual(['tickets: 2', 'to: —', 'origin: {"cartId":"c1"}']);
  });

  it('gives nothing for empty data', () => {
    expect(summarizeHistoryData({})).toEqual([]);
  });
});

describe('describeHistoryEntry', () => {
  it('titles a recorded payment with its method and amount', () => {
    const amount = { amount: 20500, currency: 'CHF' };
    expect(describeHistoryEntry({ action: 'orders.order.paid', data: { method: 'cash', amount } })).toEqual({
      title: `Paiement enregistré (espèces) — ${formatMoney(amount)}`,
      lines: [],
    });
    expect(describeHistoryEntry({ action: 'orders.order.paid', data: { method: 'bank_transfer', amount, note: 'x' } })).toEqual({
      title: `Paiement enregistré (virement) — ${formatMoney(amount)}`,
      lines: ['note: x'],
    });
  });

  it('keeps an unknown method as sent and names other actions with their data', () => {
    expect(describeHistoryEntry({ action: 'orders.order.paid', data: { method: 'twint' } }).title).toBe('Paiement enregistré (twint)');
    expect(describeHistoryEntry({ action: 'orders.order.placed', data: { tickets: 2 } })).toEqual({ title: 'Commande passée', lines: ['tickets: 2'] });
    expect(describeHistoryEntry({ action: 'orders.order.unheard_of', data: {} })).toEqual({ title: 'orders.order.unheard_of', lines: [] });
  });
});

describe('a contact change', () => {
  it('lists the fields it changed, before and after', () => {
    expect(
      describeHistoryEntry({
        action: 'orders.contact.changed',
        data: {
          before: { firstName: 'Gorges', lastName: 'Perec', email: 'g@exmaple.ch', mobile: null },
          after: { firstName: 'Georges', lastName: 'Perec', email: 'g@example.ch', mobile: '+41 79 000 11 22' },
        },
      }),
    ).toEqual({
      title: 'Contact modifié',
      lines: ['Prénom : Gorges → Georges', 'E-mail : g@exmaple.ch → g@example.ch', 'Mobile : — → +41 79 000 11 22'],
    });
  });
});
