import { describe, expect, it } from 'vitest';
import { menuItems, refundable } from './order-menu';

const yes = { allowed: true, reason: null };
const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const allowed = {
  resend: yes,
  recordPayment: yes,
  cancelOrder: yes,
  cancelTickets: yes,
  refund: yes,
  reschedule: yes,
  openPersonalisation: yes,
  splitReservation: yes,
  exchange: yes,
};

describe('order ⋯ menu', () => {
  it('offers every entry the API allows, in order', () => {
    const items = menuItems({ actions: allowed, paid: chf(9090) }, 'admin');
    expect(items.map((i) => [i.entry, i.allowed])).toEqual([
      ['resendTickets', true],
      ['resendReceipt', true],
      ['refund', true],
      ['exchange', true],
      ['cancelTickets', true],
      ['cancelOrder', true],
    ]);
    expect(items.map((i) => i.label)).toEqual([
      'Renvoyer les billets',
      'Renvoyer le reçu de paiement',
      'Rembourser…',
      'Échanger des billets…',
      'Annuler des billets…',
      'Annuler la commande…',
    ]);
  });

  it('shows a refused entry with the API’s reason in words', () => {
    const cancelled = { allowed: false, reason: 'ORDER_ALREADY_CANCELLED' as const };
    const items = menuItems(
      {
        actions: {
          ...allowed,
          resend: cancelled,
          cancelOrder: cancelled,
          cancelTickets: cancelled,
          refund: { allowed: false, reason: 'NOTHING_TO_REFUND' as const },
        },
        paid: chf(0),
      },
      'ticket_office',
    );
    const byEntry = Object.fromEntries(items.map((i) => [i.entry, i]));
    expect(byEntry.cancelOrder).toMatchObject({ allowed: false, reason: expect.stringMatching(/^Cette commande est annulée/) });
    expect(byEntry.refund.reason).toMatch(/^Rien à rembourser/);
    // A cancelled order: the resend rule's reason, not the missing receipt.
    expect(byEntry.resendReceipt.reason).toMatch(/^Cette commande est annulée/);
  });

  it('has no receipt to resend before anything was received', () => {
    const receipt = menuItems({ actions: allowed, paid: chf(0) }, 'manager').find((i) => i.entry === 'resendReceipt');
    expect(receipt).toMatchObject({ allowed: false, reason: 'Aucun paiement reçu : pas de reçu à envoyer.' });
  });

  it('offers each role only what the API lets it do', () => {
    expect(menuItems({ actions: allowed, paid: chf(100) }, 'accounting').map((i) => i.entry)).toEqual(['refund']);
    expect(menuItems({ actions: allowed, paid: chf(100) }, 'control')).toEqual([]);
    expect(menuItems({ actions: allowed, paid: chf(100) }, 'ticket_office')).toHaveLength(6);
  });

  it('offers the exchange only when the API allows it, with its reason otherwise (TO-6)', () => {
    const reserved = { ...allowed, exchange: { allowed: false, reason: 'ORDER_NOT_EXCHANGEABLE' as const } };
    expect(menuItems({ actions: reserved, paid: chf(0) }, 'ticket_office').find((i) => i.entry === 'exchange')).toEqual({
      entry: 'exchange',
      label: 'Échanger des billets…',
      allowed: false,
      reason: 'Seuls les billets d’une commande payée peuvent être échangés.',
    });
  });

  it('resends nothing for an order without email (an anonymous counter sale), in the API’s words', () => {
    const noEmail = { allowed: false, reason: 'ORDER_HAS_NO_EMAIL' as const };
    const items = menuItems({ actions: { ...allowed, resend: noEmail }, paid: chf(100) }, 'ticket_office');
    expect(items.filter((i) => i.entry.startsWith('resend')).map((i) => [i.allowed, i.reason])).toEqual([
      [false, 'Commande sans e-mail : imprimez les billets ou ajoutez un e-mail au contact.'],
      [false, 'Commande sans e-mail : imprimez les billets ou ajoutez un e-mail au contact.'],
    ]);
  });

  it('refunds at most what was received and not yet given back', () => {
    expect(refundable({ paid: chf(9090), refunded: chf(3030) })).toBe(6060);
    expect(refundable({ paid: chf(1000), refunded: chf(1000) })).toBe(0);
    expect(refundable({ paid: chf(0), refunded: chf(0) })).toBe(0);
  });

  it('offers to cancel and redo an invoice order awaiting payment instead of cancelling single tickets (ORD-8)', () => {
    const invoice = { ...allowed, cancelTickets: { allowed: false, reason: 'INVOICE_ORDER_CANCELS_WHOLE' as const } };
    const items = menuItems({ actions: invoice, paid: chf(0) }, 'ticket_office');
    const cancelTickets = items.find((i) => i.entry === 'cancelTickets')!;
    expect(cancelTickets.allowed).toBe(false);
    expect(cancelTickets.reason).toContain('annulez toute la commande');
    expect(items.find((i) => i.entry === 'cancelAndRedo')).toEqual({
      entry: 'cancelAndRedo',
      label: 'Annuler et refaire une commande…',
      allowed: true,
      reason: null,
    });
    // Elsewhere the entry does not appear.
    expect(menuItems({ actions: allowed, paid: chf(0) }, 'admin').some((i) => i.entry === 'cancelAndRedo')).toBe(false);
  });
});
