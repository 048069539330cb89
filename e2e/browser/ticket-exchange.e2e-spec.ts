import type { components } from '@guichet/api-client';
import { seriousViolations } from '../support/axe';
import { chf, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type OrderResponse = components['schemas']['OrderResponse'];
type EventResponse = components['schemas']['EventResponse'];

/**
 * Issue 11 (TO-6, TO-8) at the ticket office's tablet (1024×768): the customer of a paid order of 2
 * tickets comes back; the clerk finds the order from the search field at the top of the « Guichet »
 * page, exchanges 1 ticket for a dearer one on another date, takes the difference in cash with
 * change, and the order shows the new ticket and the exchange in its history; then the other ticket is
 * cancelled with the cross beside it (seed 000).
 */
describe('exchanging a ticket at the counter', () => {
  const e2e = useOrganizer();
  const lastName = uniqueName('Scapin').replace(' ', '-');
  let event: EventResponse;
  let sold: OrderResponse;

  const order = async (orderId: string): Promise<OrderResponse> =>
    (await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } })).data!;

  beforeAll(async () => {
    event = await e2e.createEvent({
      name: uniqueName('Les Fourberies de Scapin'),
      dates: [{ startsAt: '2027-09-10T20:00:00+02:00' }, { startsAt: '2027-09-17T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] },
        { name: 'Premium', kind: 'fixed', amounts: [chf(4500)] },
      ],
    });
    // A paid counter sale of 2 tickets on the first date, for a customer without email.
    const { admin, ticketingId } = e2e;
    const cart = await admin.POST('/api/v1/ticketings/{ticketingId}/counter/carts', {
      params: { path: { ticketingId } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const sale = await admin.POST('/api/v1/ticketings/{ticketingId}/counter/carts/{cartId}/sale', {
      params: { path: { ticketingId, cartId: cart.data.id } },
      body: { settlement: 'paid', tenders: [{ method: 'cash', amount: 6000 }], customer: { firstName: 'Géronte', lastName } },
    });
    if (sale.error) throw new Error(JSON.stringify(sale.error));
    sold = await order(sale.data.orderId);
  });

  it('finds the order from the ticket office’s search field, exchanges 1 ticket for a dearer one on another date, paid cash with change', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await e2e.organizerPage({ context, path: 'ticket-office' });

    // TO-8: the search field at the top of the ticket office.
    await page.getByTestId('counter-order-q').fill(lastName);
    const result = page.getByTestId('counter-order-result').filter({ hasText: sold.number });
    await result.waitFor();
    expect(await text(result)).toContain(`Géronte ${lastName}`);
    expect(await text(page.getByTestId('counter-order-count'))).toBe('1 commande trouvée');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-exchange-search');
    await result.click();
    await page.getByTestId('order-detail-number').filter({ hasText: sold.number }).waitFor();
    // No email: nothing to resend, and the menu says why.
    await page.getByTestId('order-actions').click();
    expect(await page.getByTestId('order-action-resendTickets').isDisabled()).toBe(true);
    expect(await text(page.getByTestId('order-action-resendTickets-reason'))).toContain('Commande sans e-mail');

    await page.getByTestId('order-action-exchange').click();
    const dialog = page.getByTestId('exchange-dialog');
    await dialog.waitFor();
    const choices = dialog.getByTestId('exchange-ticket-choice');
    expect(await choices.count()).toBe(2);
    await choices.first().locator('input').check();
    expect(await text(dialog.getByTestId('exchange-balance'))).toBe('Ajoutez les nouveaux billets.');

    // The new ticket: the second date, the dearer price — the counter's own picker.
    await dialog.getByTestId('counter-event').first().waitFor();
    const search = dialog.getByTestId('counter-event-search');
    if (await search.count()) await search.fill(event.name);
    await dialog.getByTestId('counter-event').filter({ hasText: event.name }).click();
    await dialog.getByTestId('counter-date').nth(1).click();
    const premium = dialog.getByTestId('counter-price').filter({ hasText: 'Premium' });
    await premium.getByTestId('counter-more').click();
    await dialog.getByTestId('counter-add').click();
    await dialog.getByTestId('counter-line').waitFor();
    expect(await text(dialog.getByTestId('counter-line'))).toContain('Premium × 1');
    expect(await text(dialog.getByTestId('exchange-new-total'))).toBe('45.00 CHF');
    expect(await text(dialog.getByTestId('exchange-given-total'))).toBe('− 30.00 CHF');
    expect(await text(dialog.getByTestId('exchange-balance'))).toBe('À payer : 15.00 CHF');

    // The difference in cash: 20.00 handed over, 5.00 back.
    await dialog.getByTestId('pay-cash').click();
    expect(await dialog.getByTestId('pay-on-site').count()).toBe(0);
    expect(await dialog.getByTestId('tender-amount').inputValue()).toBe('15.00');
    await dialog.getByTestId('tender-quick').filter({ hasText: '20.00' }).click();
    expect(await text(dialog.getByTestId('tender-change'))).toBe('À rendre : 5.00 CHF');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-exchange-dialog');

    await dialog.getByTestId('counter-sell').click();
    const done = dialog.getByTestId('exchange-done');
    await done.waitFor();
    expect(await text(dialog.getByTestId('exchange-change'))).toBe('5.00 CHF');
    expect(await text(done)).toContain('Différence encaissée : 15.00 CHF.');
    await shot(page, 'ticket-exchange-done');
    await dialog.getByTestId('exchange-close').click();
    await dialog.waitFor({ state: 'detached' });

    // The order: the ticket given back cancelled, the new one valid, the exchange in its history.
    expect(await text(page.getByTestId('order-notice'))).toBe('Échange enregistré : 1 nouveau billet émis.');
    const rows = page.getByTestId('ticket-row');
    expect(await rows.count()).toBe(3);
    const newRow = rows.filter({ hasText: 'Premium' });
    expect(await text(newRow.getByTestId('ticket-status'))).toBe('Valide');
    expect(await text(rows.filter({ has: page.locator(`[value="${sold.tickets[0].id}"]`) }).getByTestId('ticket-status'))).toBe('Annulé');
    expect(await text(page.getByTestId('history'))).toContain('Échange au guichet — 1 billet contre 1 billet, différence 15.00 CHF');
    await shot(page, 'ticket-exchange-order');

    const after = await order(sold.id);
    expect(after).toMatchObject({ status: 'paid', total: chf(7500), paid: chf(7500), amountDue: chf(0) });
    expect(after.tickets.map((tk) => [tk.priceName, tk.dateId, tk.status])).toEqual([
      ['Plein tarif', event.dates[0].id, 'cancelled'],
      ['Plein tarif', event.dates[0].id, 'valid'],
      ['Premium', event.dates[1].id, 'valid'],
    ]);
    expect(after.payments.map((p) => [p.method, p.amount.amount])).toEqual([
      ['cash', 6000],
      ['cash', 1500],
    ]);

    // TO-7 (seed 000): the cross beside a ticket cancels it from the order found.
    const kept = rows.filter({ has: page.locator(`[value="${sold.tickets[1].id}"]`) });
    await kept.getByTestId('ticket-cancel').click();
    const cancelDialog = page.getByTestId('order-action-dialog');
    await cancelDialog.waitFor();
    const ticked = cancelDialog.getByTestId('cancel-ticket-choice').locator('input:checked');
    expect(await ticked.count()).toBe(1);
    expect(await ticked.inputValue()).toBe(sold.tickets[1].id);
    expect(await text(page.getByTestId('confirm-order-action'))).toBe('Annuler 1 billet');
    await page.getByTestId('confirm-order-action').click();
    await page.getByTestId('order-notice').filter({ hasText: '1 billet annulé.' }).waitFor();
    expect(await text(kept.getByTestId('ticket-status'))).toBe('Annulé');
    expect(await kept.getByTestId('ticket-cancel').count()).toBe(0);
    expect((await order(sold.id)).tickets.map((tk) => tk.status)).toEqual(['cancelled', 'cancelled', 'valid']);
    await context.close();
  });
});
