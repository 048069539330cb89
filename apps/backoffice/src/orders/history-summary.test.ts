import { formatMoney } from '@guichet/ui';
import { describe, expect, it } from 'vitest';
import { describeHistoryEntry } from './history-summary';

const chf = (amount: number) => ({ amount, currency: 'CHF' });
const m = (amount: number) => formatMoney(chf(amount));

describe('describeHistoryEntry', () => {
  it('tells a placed order in one sentence, without its cart id, number or status', () => {
    const entry = describeHistoryEntry({
      action: 'orders.order.placed',
      data: { number: '7KQ2M9XD', status: 'reserved', channel: 'shop', paymentMethod: 'on_site', total: chf(9090), tickets: 3, cartId: 'c0ffee' },
    });
    expect(entry).toEqual({ title: `Commande passée — 3 billets, ${m(9090)}, paiement sur place`, lines: ['Canal : Boutique en ligne'] });
    expect(JSON.stringify(entry)).not.toMatch(/cartId|c0ffee|reserved|status/);
  });

  it('counts one ticket, gift vouchers sold, a promo code and a gift voucher spent', () => {
    expect(
      describeHistoryEntry({
        action: 'orders.order.placed',
        data: {
          channel: 'ticket_office',
          paymentMethod: 'free',
          total: chf(0),
          tickets: 1,
          giftVouchersSold: 2,
          promoCode: 'AMIS10',
          discount: chf(450),
          giftVoucher: chf(2000),
        },
      }),
    ).toEqual({
      title: `Commande passée — 1 billet et 2 bons cadeaux, ${m(0)}, gratuite`,
      lines: ['Canal : Guichet', `Code promo AMIS10 : −${m(450)}`, `Réglé par bon cadeau : ${m(2000)}`],
    });
    expect(
      describeHistoryEntry({ action: 'orders.order.placed', data: { tickets: 0, giftVouchersSold: 1, paymentMethod: 'gift_voucher', total: chf(5000) } }).title,
    ).toBe(`Commande passée — 1 bon cadeau, ${m(5000)}, réglée par bon cadeau`);
  });

  it('drops what the data lacks rather than showing a placeholder', () => {
    expect(describeHistoryEntry({ action: 'orders.order.placed', data: { tickets: 2 } }).title).toBe('Commande passée — 2 billets');
    expect(describeHistoryEntry({ action: 'orders.order.paid', data: { method: 'twint', amount: chf(100) } }).title).toBe(`Paiement enregistré — ${m(100)}`);
    expect(describeHistoryEntry({ action: 'orders.order.paid', data: {} }).title).toBe('Paiement enregistré');
  });

  it('says how a payment and a refund were made', () => {
    expect(describeHistoryEntry({ action: 'orders.order.paid', data: { method: 'cash', amount: chf(20500) } })).toEqual({
      title: `Paiement enregistré — ${m(20500)}, en espèces`,
      lines: [],
    });
    expect(
      describeHistoryEntry({ action: 'orders.order.refunded', data: { method: 'bank_transfer', amount: chf(3000), reason: 'Spectacle reporté' } }),
    ).toEqual({
      title: `Remboursement enregistré — ${m(3000)}, par virement`,
      lines: ['Motif : Spectacle reporté'],
    });
  });

  it('names each email by what it was and to whom', () => {
    const sent = (template: string) => describeHistoryEntry({ action: 'orders.order.email_sent', data: { to: 'jeanne@example.ch', template } }).title;
    expect(sent('order-confirmation')).toBe('E-mail de confirmation envoyé à jeanne@example.ch');
    expect(sent('order-cancellation')).toBe('E-mail d’annulation envoyé à jeanne@example.ch');
    expect(sent('payment-receipt')).toBe('Reçu de paiement envoyé à jeanne@example.ch');
    expect(sent('order-invoice')).toBe('Facture envoyée à jeanne@example.ch');
    expect(sent('order-invoice-reminder')).toBe('Rappel de facture envoyé à jeanne@example.ch');
    expect(sent('newsletter')).toBe('E-mail envoyé à jeanne@example.ch');
    expect(describeHistoryEntry({ action: 'orders.order.resent', data: { to: 'a@b.ch' } }).title).toBe('Billets renvoyés à a@b.ch');
    expect(describeHistoryEntry({ action: 'orders.receipt.resent', data: { to: 'a@b.ch' } }).title).toBe('Reçu de paiement renvoyé à a@b.ch');
    expect(describeHistoryEntry({ action: 'orders.order.overdue_kept', data: {} }).title).toBe(
      'Délai de paiement de la facture dépassé — commande partiellement payée, pas annulée : à traiter',
    );
  });

  it('tells a cancellation with its reason, refund and notice, never the ticket ids', () => {
    const whole = describeHistoryEntry({
      action: 'orders.order.cancelled',
      data: {
        tickets: 2,
        ticketIds: ['t1', 't2'],
        amount: chf(5000),
        reason: 'Demande du client',
        refund: { amount: chf(5000), method: 'card', reason: 'Demande du client' },
        customerNotified: true,
      },
    });
    expect(whole).toEqual({
      title: `Commande annulée — 2 billets, ${m(5000)}`,
      lines: ['Motif : Demande du client', `Remboursement : ${m(5000)} par carte`, 'Client averti par e-mail'],
    });
    expect(
      describeHistoryEntry({ action: 'orders.tickets.cancelled', data: { tickets: 1, ticketIds: ['t1'], amount: chf(2500), customerNotified: false } }),
    ).toEqual({
      title: `1 billet annulé — ${m(2500)}`,
      lines: ['Client non averti'],
    });
    expect(describeHistoryEntry({ action: 'orders.tickets.cancelled', data: { tickets: 3, amount: chf(7500) } }).title).toBe(`3 billets annulés — ${m(7500)}`);
  });

  it('tells both sides of a split reservation, each naming the other order', () => {
    const moved = { tickets: 2, ticketIds: ['a', 'b'], amount: chf(5000) };
    expect(describeHistoryEntry({ action: 'orders.order.split', data: { ...moved, toOrderId: 'n1', toOrderNumber: 'NEW12345' } })).toEqual({
      title: `Réservation scindée — 2 billets, ${m(5000)}, validés dans la commande NEW12345`,
      lines: [],
    });
    expect(describeHistoryEntry({ action: 'orders.order.split_from', data: { ...moved, fromOrderId: 'o1', fromOrderNumber: 'OLD12345' } })).toEqual({
      title: `Commande issue de la réservation OLD12345 — 2 billets, ${m(5000)}`,
      lines: [],
    });
  });

  it('gives an action this build does not know a neutral sentence, not its dotted name', () => {
    expect(describeHistoryEntry({ action: 'orders.order.unheard_of', data: { x: 1 } })).toEqual({ title: 'Autre changement de la commande', lines: [] });
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

  it('tells a comment edited with its text before and after, and a comment deleted with its text', () => {
    expect(
      describeHistoryEntry({
        action: 'orders.comment.edited',
        data: { commentId: 'c1', about: 'buyer', author: 'Léa Favre', before: 'Abonnée', after: 'Abonnée depuis 2019 {VIP} | @home' },
      }),
    ).toEqual({
      title: 'Commentaire de Léa Favre modifié — sur l’acheteur',
      lines: ['Avant : Abonnée', 'Après : Abonnée depuis 2019 {VIP} | @home'],
    });
    expect(
      describeHistoryEntry({ action: 'orders.comment.deleted', data: { commentId: 'c1', about: 'order', author: 'Marc', body: 'Payé en espèces' } }),
    ).toEqual({ title: 'Commentaire de Marc supprimé — sur l’achat', lines: ['Texte : Payé en espèces'] });
    // A subject this build does not know is left out, never shown as a code.
    expect(describeHistoryEntry({ action: 'orders.comment.deleted', data: { about: 'event', author: 'Marc' } })).toEqual({
      title: 'Commentaire de Marc supprimé',
      lines: [],
    });
  });
});
