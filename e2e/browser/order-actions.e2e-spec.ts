import type { components } from '@guichet/api-client';
import type { Page } from 'playwright-core';
import { decodeQrCodesFromPdf } from '../support/pdf';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];

/**
 * The order page's ⋯ menu in a real browser (ORD-4, ORD-6, ORD-7, ORD-9): resend the tickets, refund
 * part of a payment, cancel one ticket — whose seat the shop then sells again — and cancel the rest;
 * each entry disabled with the API's reason when it does not apply.
 */
describe('the order’s ⋯ actions in the backoffice', () => {
  const e2e = useOrganizer();
  const email = `menu.${Date.now().toString(36)}@example.ch`;
  let event: EventResponse;
  let orderId: string;

  /** A shop sale through the typed client: `seatIds` chosen, or the best available when omitted. */
  async function buy(buyer: string, quantity: number, seatIds?: string[]) {
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity, ...(seatIds ? { seatIds } : {}) }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Léa', lastName: 'Menu', email: buyer }, paymentMethod: 'on_site' },
    });
    if (placed.error) throw new Error(JSON.stringify(placed.error));
    return { orderId: placed.data.orderId, seatIds: cart.data.items.flatMap((l) => l.seatIds ?? []) };
  }

  async function openOrder(): Promise<Page> {
    const page = await e2e.organizerPage({ path: `orders/${orderId}` });
    await page.getByTestId('order-detail-number').waitFor();
    return page;
  }

  async function chooseAction(page: Page, entry: string) {
    await page.getByTestId('order-actions').click();
    await page.getByTestId(`order-action-${entry}`).click();
    await page.getByTestId('order-action-dialog').waitFor();
  }

  const order = async () =>
    (await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } })).data!;

  beforeAll(async () => {
    const plan = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/seating-plans', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: {
        name: uniqueName('Salle du menu'),
        width: 200,
        height: 100,
        seats: [1, 2, 3, 4].map((n) => ({ section: 'Parterre', row: 'A', number: String(n), x: 30 * n, y: 30, category: 'Catégorie 1' })),
      },
    });
    if (plan.error) throw new Error(JSON.stringify(plan.error));
    event = await e2e.createEvent({
      name: uniqueName('Le Misanthrope'),
      dates: [{ startsAt: '2027-04-16T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', planId: plan.data.id, category: 'Catégorie 1' }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    const seat = (n: string) => plan.data.seats.find((s) => s.number === n)!.id;
    orderId = (await buy(email, 2, [seat('1'), seat('2')])).orderId;
    // The other two seats go to someone else: the event is sold out until a seat comes back.
    await buy(`voisin.${Date.now().toString(36)}@example.ch`, 2, [seat('3'), seat('4')]);
    await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email));
  });

  it('shows every entry, with the reason of those that do not apply now', async () => {
    const page = await openOrder();
    await page.getByTestId('order-actions').click();
    await page.getByTestId('order-actions-menu').waitFor();
    expect(await page.getByTestId('order-action-resendTickets').isEnabled()).toBe(true);
    expect(await page.getByTestId('order-action-cancelTickets').isEnabled()).toBe(true);
    // A reservation paid on site has received nothing: no receipt, nothing to refund.
    expect(await page.getByTestId('order-action-resendReceipt').isDisabled()).toBe(true);
    expect(await text(page.getByTestId('order-action-resendReceipt-reason'))).toBe('Aucun paiement reçu : pas de reçu à envoyer.');
    expect(await page.getByTestId('order-action-refund').isDisabled()).toBe(true);
    expect(await text(page.getByTestId('order-action-refund-reason'))).toMatch(/^Rien à rembourser/);
    await shot(page, 'order-actions-menu');
    await page.close();
  });

  it('resends the order email with the same tickets, and nothing else changes', async () => {
    const before = await order();
    const page = await openOrder();
    await chooseAction(page, 'resendTickets');
    expect(await text(page.getByTestId('order-action-dialog'))).toContain(email);
    const since = e2e.stack.mailbox.all().length;
    await page.getByTestId('confirm-order-action').click();
    await page
      .getByTestId('order-notice')
      .filter({ hasText: `E-mail envoyé à ${email}` })
      .waitFor();
    const mail = await e2e.stack.mailbox.waitFor((m) => e2e.stack.mailbox.all().indexOf(m) >= since && JSON.stringify(m.to).includes(email));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(new Set(await decodeQrCodesFromPdf(pdf.content))).toEqual(new Set(before.tickets.map((t) => t.code)));
    const after = await order();
    expect(after.status).toBe(before.status);
    expect(after.tickets.map((t) => t.code)).toEqual(before.tickets.map((t) => t.code));
    // The resend and the email it sent are in the history; nothing else happened.
    expect(after.history.slice(before.history.length).map((h) => h.action)).toEqual(['orders.order.resent', 'orders.order.email_sent']);
    await page.close();
  });

  it('refunds part of what was paid, by a method and with a reason, and refuses more than was received', async () => {
    const page = await openOrder();
    await page.getByTestId('record-payment').click();
    // Cash handed over at the counter: the change shows as it is typed, and stays once recorded.
    await page.getByTestId('payment-given').fill('100');
    expect((await page.getByTestId('payment-change').textContent())!.replace(/\s+/g, ' ')).toBe('40.00 CHF');
    await shot(page, 'order-payment-change');
    await page.getByTestId('confirm-payment').click();
    expect((await page.getByTestId('payment-change-recorded').textContent())!.replace(/\s+/g, ' ')).toBe('40.00 CHF');
    await page.getByTestId('payment-done').click();
    await page.getByTestId('payment-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('order-paid').filter({ hasText: '60.00' }).waitFor();

    await chooseAction(page, 'refund');
    await page.getByTestId('refund-amount').fill('70');
    await page.getByTestId('confirm-order-action').click();
    await page.getByTestId('order-action-dialog').filter({ hasText: 'Indiquez un montant entre 0.01 et' }).waitFor();
    await page.getByTestId('refund-amount').fill('10.50');
    // Corrected: the dialog stops asking for a correction at once, not at the next submit.
    await page.getByTestId('order-action-dialog').getByRole('alert').waitFor({ state: 'detached' });
    await page.getByTestId('refund-method').selectOption('bank_transfer');
    await page.getByTestId('refund-reason').fill('Geste commercial');
    await shot(page, 'order-refund-dialog');
    await page.getByTestId('confirm-order-action').click();
    await page.getByTestId('order-notice').filter({ hasText: 'Remboursement de' }).waitFor();
    await page.getByTestId('order-refunded').filter({ hasText: '10.50' }).waitFor();
    const after = await order();
    expect(after.refunds).toEqual([expect.objectContaining({ amount: chf(1050), method: 'bank_transfer', reason: 'Geste commercial', status: 'succeeded' })]);
    expect(after.status).toBe('paid');
    await page.close();
  });

  it('cancels one ticket: invalid at the door, the customer told, its seat sold again by the shop', async () => {
    const before = await order();
    const cancelled = before.tickets.find((t) => t.seat?.number === '2')!;
    const page = await openOrder();
    await chooseAction(page, 'cancelTickets');
    expect(await text(page.getByTestId('order-action-dialog'))).toContain('Annuler ne rembourse rien');
    await page.getByTestId('confirm-order-action').click();
    await page.getByTestId('order-action-dialog').filter({ hasText: 'Choisissez au moins un billet.' }).waitFor();
    await page.getByTestId('cancel-ticket-choice').filter({ hasText: 'place 2' }).locator('input').check();
    await page.getByTestId('cancel-reason').fill('Empêchement');
    await page.getByTestId('cancel-notify').check();
    const since = e2e.stack.mailbox.all().length;
    await page.getByTestId('confirm-order-action').click();
    await page.getByTestId('order-notice').filter({ hasText: '1 billet annulé.' }).waitFor();
    await shot(page, 'order-ticket-cancelled');
    await e2e.stack.mailbox.waitFor(
      (m) => e2e.stack.mailbox.all().indexOf(m) >= since && JSON.stringify(m.to).includes(email) && /annul/i.test(m.subject ?? ''),
    );

    const after = await order();
    expect(after.tickets.find((t) => t.id === cancelled.id)!.status).toBe('cancelled');
    // Cancelling refunds nothing: only the earlier refund is in the ledger.
    expect(after.refunds).toHaveLength(1);
    const device = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/control-devices', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { name: uniqueName('Porte') },
    });
    const scan = await e2e.stack.client(device.data!.token).POST('/api/v1/control/scans', { body: { code: cancelled.code } });
    expect(scan.data).toMatchObject({ valid: false, result: 'cancelled' });

    // The seat is the only one free: the shop's best available gives exactly it.
    const resold = await buy(`reprise.${Date.now().toString(36)}@example.ch`, 1);
    expect(resold.seatIds).toEqual([cancelled.seatId]);
    await page.close();
  });

  it('cancels the rest of the order; then only the refund is left in the menu', async () => {
    const page = await openOrder();
    await chooseAction(page, 'cancelOrder');
    await page.getByTestId('cancel-with-refund').check();
    await page.getByTestId('refund-amount').fill('30');
    await page.getByTestId('refund-method').selectOption('cash');
    await page.getByTestId('confirm-order-action').click();
    await page.getByTestId('order-notice').filter({ hasText: 'Commande annulée.' }).waitFor();
    const after = await order();
    expect(after.status).toBe('cancelled');
    expect(after.tickets.every((t) => t.status === 'cancelled')).toBe(true);
    expect(after.refunds.map((r) => r.amount.amount)).toEqual([1050, 3000]);

    await page.getByTestId('order-actions').click();
    expect(await page.getByTestId('order-action-cancelOrder').isDisabled()).toBe(true);
    expect(await text(page.getByTestId('order-action-cancelOrder-reason'))).toMatch(/^Cette commande est annulée/);
    expect(await page.getByTestId('order-action-refund').isEnabled()).toBe(true);
    await shot(page, 'order-cancelled-menu');
    await page.close();
  });
});
