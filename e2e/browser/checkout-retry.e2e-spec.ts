import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { fillCustomer, payOnSite, shot, text } from '../support/pages';

/** Issue 10: a checkout whose answer is lost on the way is retried with its Idempotency-Key (ADR 0023). */
describe('a checkout whose answer never reached the browser', () => {
  const e2e = useOrganizer();

  it('is retried with the same key and gets the one order the first try made', async () => {
    const name = uniqueName('Reprise');
    await e2e.createEvent({
      name,
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-04-02T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 20 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    const email = `reprise.${Date.now()}@example.ch`;

    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByText(name).click();
    await page.locator('[data-testid^="quantity-"]').first().selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await fillCustomer(page, email);
    await payOnSite(page);

    // The first try reaches the API, which places the order; its answer is then cut off.
    const keys: string[] = [];
    const firstAnswers: number[] = [];
    await page.route('**/carts/*/checkout', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length > 1) return route.continue();
      firstAnswers.push((await route.fetch()).status());
      return route.abort('connectionreset');
    });
    await page.getByTestId('confirm-order').click();
    const alert = page.getByText('La connexion a été interrompue');
    await alert.waitFor();
    await shot(page, 'checkout-connection-lost');

    await page.getByTestId('confirm-order').click();
    await page.getByTestId('order-number').waitFor();

    expect(firstAnswers).toEqual([201]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const orders = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders', { params: { path: { ticketingId: e2e.ticketingId }, query: { q: email } } });
    expect(orders.data!.total).toBe(1);
    expect(await text(page.getByTestId('order-number'))).toBe(orders.data!.items[0].number);
  });
});
