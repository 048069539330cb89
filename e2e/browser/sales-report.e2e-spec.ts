import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/**
 * ORD-15 in the browser: the admin sets the platform commission, a sale is charged it, a cancelled
 * ticket keeps it, and the sales report shows the event's sold, cancelled, revenue, refunds and commission.
 */
describe('the sales report and the commission', () => {
  const e2e = useOrganizer();

  it('charges the commission set in the backoffice and reports the event’s figures', async () => {
    const page = await e2e.organizerPage();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('commission-terms').waitFor();
    await page.getByTestId('edit-commission').click();
    await page.getByTestId('commission-fixed').fill('0.80');
    await page.getByTestId('commission-rate').fill('3');
    await page.getByTestId('save-commission').click();
    await page.getByTestId('commission-line').filter({ hasText: '0.80 par billet + 3 % du prix' }).waitFor();

    // Refused terms change nothing.
    await page.getByTestId('edit-commission').click();
    await page.getByTestId('commission-rate').fill('80');
    await page.getByTestId('save-commission').click();
    await page.getByTestId('commission-terms').filter({ hasText: 'part du prix entre 0 et 50 %' }).waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByTestId('commission-line').filter({ hasText: '3 % du prix' }).waitFor();

    const name = uniqueName('Les Fourberies');
    const event = await e2e.createEvent({
      name,
      dates: [{ startsAt: '2027-05-07T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4000)] }],
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Scapin', lastName: 'Valet', email: `scapin.${Date.now().toString(36)}@example.ch` }, paymentMethod: 'on_site' },
    });
    const path = { ticketingId: e2e.ticketingId, orderId: placed.data!.orderId };
    await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path }, body: { method: 'cash' } });
    const order = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path } });
    const cancelled = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/tickets/cancel', {
      params: { path },
      body: { ticketIds: [order.data!.tickets[0].id], refund: { amount: 4000, method: 'cash', reason: 'Empêchement' } },
    });
    expect(cancelled.error).toBeUndefined();

    await page.reload();
    await page.getByTestId('report-period-all').click();
    const line = page.getByTestId('report-line').filter({ hasText: name });
    await line.waitFor();
    expect(await text(line.getByTestId('report-soldTickets'))).toBe('3');
    expect(await text(line.getByTestId('report-cancelledTickets'))).toBe('1');
    // One currency: the caption says it, the cells give the amounts alone (the columns fit the page).
    expect(await text(page.getByTestId('sales-report').locator('caption'))).toBe('Montants en CHF');
    expect(await text(line.getByTestId('report-sold'))).toBe('120.00');
    expect(await text(line.getByTestId('report-cancelled'))).toBe('40.00');
    expect(await text(line.getByTestId('report-revenue'))).toBe('80.00');
    expect(await text(line.getByTestId('report-refunds'))).toBe('40.00');
    // 0.80 + 3 % of 40.00 = 2.00 per ticket, the cancelled one included.
    expect(await text(line.getByTestId('report-commission'))).toBe('6.00');
    await shot(page, 'sales-report');

    // A period before any sale: nothing to show.
    await page.getByTestId('report-period-custom').click();
    await page.getByTestId('report-from').fill('2020-01-01');
    await page.getByTestId('report-to').fill('2020-01-31');
    await page.getByTestId('report-empty').waitFor();
    await page.close();
  });
});
