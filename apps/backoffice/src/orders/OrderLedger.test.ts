import type { components } from '@guichet/api-client';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import OrderAmounts from './OrderAmounts.vue';
import OrderLedger from './OrderLedger.vue';

type Order = components['schemas']['OrderResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const actor = { kind: 'user' as const, label: 'Léa Favre' };
/** Paid 90.00 by card for an order of 60.00, 10.00 given back: 20.00 still owed to the customer. */
const order = {
  ticketCount: 2,
  giftVouchers: [],
  promoCode: null,
  discount: null,
  total: chf(6000),
  paid: chf(9000),
  refunded: chf(1000),
  amountDue: chf(0),
  balance: chf(-2000),
  paidAt: '2027-03-01T10:00:00Z',
  payments: [
    { id: 'p1', method: 'card', amount: chf(9000), status: 'succeeded', providerReference: 'TRM-4411', note: null, actor, at: '2027-03-01T10:00:00Z' },
    {
      id: 'p2',
      method: 'bank_transfer',
      amount: chf(500),
      status: 'failed',
      providerReference: null,
      note: 'Compte clôturé',
      actor,
      at: '2027-03-02T10:00:00Z',
    },
  ],
  refunds: [
    {
      id: 'r1',
      method: 'cash',
      amount: chf(1000),
      status: 'succeeded',
      providerReference: null,
      note: null,
      actor,
      at: '2027-03-03T10:00:00Z',
      paymentId: 'p1',
      reason: 'Un billet de trop',
    },
  ],
} as unknown as Order;

const text = (s: string) => s.replace(/\s+/g, ' ');

describe('the order’s amounts and ledger', () => {
  it('shows what was paid, refunded, is due, and what is owed back', () => {
    const card = mount(OrderAmounts, { props: { order } });
    expect(text(card.get('[data-testid="order-paid"]').text())).toMatch(/90\.00/);
    expect(text(card.get('[data-testid="order-refunded"]').text())).toMatch(/10\.00/);
    expect(card.get('[data-testid="order-amount-due"]').classes()).not.toContain('owed');
    expect(card.text()).toContain('À rembourser');
    expect(text(card.get('[data-testid="order-to-refund"]').text())).toMatch(/20\.00/);
  });

  it('owes nothing back when the balance is not negative', () => {
    const card = mount(OrderAmounts, { props: { order: { ...order, balance: chf(3000), amountDue: chf(3000) } } });
    expect(card.find('[data-testid="order-to-refund"]').exists()).toBe(false);
    expect(card.get('[data-testid="order-amount-due"]').classes()).toContain('owed');
  });

  it('lists payments and refunds with their method, status, reference, author and the bank’s note', () => {
    const ledger = mount(OrderLedger, { props: { order } });
    const rows = ledger.findAll('[data-testid="ledger-line"]');
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.get('[data-testid="ledger-method"]').text())).toEqual(['Carte', 'Virement', 'Espèces']);
    expect(text(rows[0].text())).toContain('TRM-4411');
    expect(text(rows[0].text())).toContain('Léa Favre');
    expect(text(rows[1].text())).toContain('Échoué');
    expect(text(rows[1].text())).toContain('Note de la banque : Compte clôturé');
    expect(text(rows[2].text())).toContain('Remboursement');
    expect(text(rows[2].get('[data-testid="ledger-amount"]').text())).toMatch(/^−/);
    expect(text(rows[2].text())).toContain('Motif : Un billet de trop');
  });

  it('says so when no payment was recorded, and when none is expected', () => {
    expect(mount(OrderLedger, { props: { order: { ...order, payments: [], refunds: [] } } }).text()).toContain(
      'Aucun paiement enregistré pour cette commande.',
    );
    expect(mount(OrderLedger, { props: { order: { ...order, total: chf(0), payments: [], refunds: [] } } }).text()).toContain(
      'Commande gratuite : aucun paiement attendu.',
    );
    // A cancelled order costs nothing any more; it was not a free order.
    expect(mount(OrderLedger, { props: { order: { ...order, status: 'cancelled', total: chf(0), payments: [], refunds: [] } } }).text()).toContain(
      'Aucun paiement enregistré pour cette commande.',
    );
  });
});
