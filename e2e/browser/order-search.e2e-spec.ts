import type { Page } from 'playwright-core';
import { SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/**
 * Finding an order and serving its customer (issue 9: ORD-1, ORD-3, ORD-10, customers): the ticket
 * office finds an order by the buyer's name, by its number and by a ticket's code; on the order page
 * it corrects the contact (logged in the history), leaves a comment on the buyer, which shows on
 * the buyer's other order too, and edits then deletes a comment on the purchase (both in the
 * history); the customer page lists the buyer's orders and the comment, and corrects the record.
 */
describe('order search and customer service in the backoffice', () => {
  const e2e = useOrganizer();

  const rows = (page: Page) => page.getByTestId('order-table').locator('tbody tr');
  /** Types in the search field and waits for the list to show exactly `count` orders. */
  async function searchFor(page: Page, q: string, count: number) {
    await page.getByTestId('orders-search').fill(q);
    await page.waitForFunction(
      ([query, n]) =>
        new URL(location.href).searchParams.get('q') === query &&
        document.querySelector('[data-testid="orders-total"]')?.textContent?.includes(`: ${n}`) === true &&
        document.querySelectorAll('[data-testid="order-table"] tbody tr').length === n,
      [q, count] as const,
    );
  }

  it('finds an order by name, number and ticket code, edits its contact, comments on the buyer, and shows the customer’s orders', async () => {
    const lastName = uniqueName('Vauclair').replace(/\s+/g, '');
    const email = `hortense.${lastName.toLowerCase()}@example.ch`;
    const event = await e2e.createEvent({
      name: uniqueName('Les Fourberies'),
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-04-10T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3200, currency: 'CHF' }] }],
    });
    const anonymous = e2e.stack.client();
    const buy = async (quantity: number) => {
      const cart = await anonymous.POST('/api/v1/shop/{slug}/carts', {
        params: { path: { slug: SLUG } },
        body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity }] },
      });
      const placed = await anonymous.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
        params: { path: { slug: SLUG, cartId: cart.data!.id } },
        body: { customer: { firstName: 'Hortense', lastName, email: email.toUpperCase() }, paymentMethod: 'on_site' },
      });
      if (placed.error) throw new Error(JSON.stringify(placed.error));
      return placed.data;
    };
    const first = await buy(2);
    const second = await buy(1);
    const { data: firstOrder } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: first.orderId } },
    });

    const page = await e2e.organizerPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('nav-orders').click();
    await page.getByRole('heading', { name: 'Commandes' }).waitFor();

    // By 3+ characters of the name: both orders of the buyer, newest first.
    await searchFor(page, lastName.slice(2, 9).toLowerCase(), 2);
    expect(await text(rows(page).nth(0).locator('.order-number'))).toBe(second.orderNumber);
    expect(await text(rows(page).nth(1).locator('.order-number'))).toBe(first.orderNumber);
    expect(await text(rows(page).nth(1).getByTestId('order-row-due'))).toContain('64.00');
    await shot(page, 'order-search-by-name');
    // By its number, in lower case, and by one of its tickets' code.
    await searchFor(page, first.orderNumber.toLowerCase(), 1);
    await searchFor(page, firstOrder!.tickets[1].code, 1);
    expect(await text(rows(page).nth(0).locator('.order-number'))).toBe(first.orderNumber);
    // A filter narrows it down: no order of this event was paid yet.
    await page.getByTestId('filter-status').selectOption('paid');
    await page.getByText('Aucune commande ne correspond à cette recherche.').waitFor();
    await page.getByTestId('clear-filters').click();
    await rows(page).first().waitFor();

    // The order page: the contact is corrected, and the change is in the history.
    await rows(page).first().locator('.order-number').click();
    await page.getByTestId('order-detail-number').waitFor();
    expect(await text(page.getByTestId('order-detail-number'))).toBe(first.orderNumber);
    expect(await text(page.getByTestId('contact-email'))).toBe(email);
    await page.getByTestId('edit-contact').click();
    await page.getByTestId('contact-mobile-input').fill('07x');
    await page.getByTestId('save-contact').click();
    expect(await text(page.getByTestId('error-mobile'))).toBe('Indiquez un numéro de téléphone (chiffres, espaces, + au début).');
    await page.getByTestId('contact-mobile-input').fill('+41 79 555 12 34');
    await shot(page, 'order-contact-edit');
    await page.getByTestId('save-contact').click();
    await page.getByTestId('contact-mobile').getByText('+41 79 555 12 34').waitFor();
    const change = page.getByTestId('history').locator('li.timeline-entry', { hasText: 'Contact modifié' });
    await change.waitFor();
    expect(await text(change)).toContain('Mobile : — → +41 79 555 12 34');

    // A comment on the buyer, and one on this purchase only.
    await page.getByTestId('comment-input').fill('Vient avec un fauteuil roulant : garder une place accessible.');
    await page.getByTestId('comment-about-buyer').check();
    await page.getByTestId('add-comment').click();
    await page.getByTestId('comment').first().waitFor();
    await page.getByTestId('comment-input').fill('Paiera au guichet le soir même.');
    await page.getByTestId('comment-about-order').check();
    await page.getByTestId('add-comment').click();
    await page.getByTestId('comment').nth(1).waitFor();
    expect(await text(page.getByTestId('comment').nth(0))).toContain('Acheteur');
    expect(await text(page.getByTestId('comment').nth(1))).toContain('Achat');
    await shot(page, 'order-comments');

    // The purchase comment is edited in place, then deleted after a confirmation; both are in the history.
    const purchase = page.getByTestId('comment').nth(1);
    await purchase.getByTestId('edit-comment').click();
    await purchase.getByTestId('comment-edit-input').fill('Paiera au guichet le soir même, en espèces.');
    await shot(page, 'order-comment-edit');
    await purchase.getByTestId('save-comment').click();
    await purchase.getByTestId('comment-body').getByText('Paiera au guichet le soir même, en espèces.').waitFor();
    const edited = page.getByTestId('history').locator('li.timeline-entry', { hasText: 'modifié — sur l’achat' });
    await edited.waitFor();
    expect(await text(edited)).toContain('Après : Paiera au guichet le soir même, en espèces.');
    await purchase.getByTestId('delete-comment').click();
    await purchase.getByTestId('comment-delete-confirmation').waitFor();
    await shot(page, 'order-comment-delete');
    await purchase.getByTestId('confirm-delete-comment').click();
    await page.getByTestId('history').locator('li.timeline-entry', { hasText: 'supprimé — sur l’achat' }).waitFor();
    expect(await page.getByTestId('comment').count()).toBe(1);
    expect(await text(page.getByTestId('comment-body'))).toBe('Vient avec un fauteuil roulant : garder une place accessible.');

    // The customer page: both orders and the buyer comment.
    await page.getByTestId('contact-customer-link').click();
    await page.getByTestId('customer-name').waitFor();
    expect(await text(page.getByTestId('customer-name'))).toBe(`Hortense ${lastName}`);
    expect(await text(page.getByTestId('customer-email'))).toBe(email);
    await page.getByTestId('customer-order').nth(1).waitFor();
    expect(await page.getByTestId('customer-order').count()).toBe(2);
    expect(await text(page.getByTestId('customer-comment'))).toContain('Vient avec un fauteuil roulant');
    await shot(page, 'customer-page');
    // The customer's record is corrected with the same contact form as the order's, and its notes.
    await page.getByTestId('edit-customer').click();
    await page.getByTestId('customer-phone-input').fill('+41 21 555 00 11');
    await page.getByTestId('customer-notes-input').fill('Préfère le premier rang');
    await page.getByTestId('save-customer').click();
    await page.getByTestId('customer-phone').getByText('+41 21 555 00 11').waitFor();
    expect(await text(page.getByTestId('customer-notes'))).toBe('Préfère le premier rang');

    // The buyer's other order shows the buyer comment, not the purchase one.
    await page.getByTestId('customer-order').nth(0).getByRole('link').click();
    await page.getByTestId('order-detail-number').getByText(second.orderNumber).waitFor();
    await page.getByTestId('comment').first().waitFor();
    expect(await page.getByTestId('comment').count()).toBe(1);
    expect(await text(page.getByTestId('comment-body'))).toBe('Vient avec un fauteuil roulant : garder une place accessible.');

    // The customers list finds the buyer by part of the email, whatever its case: one record for both orders.
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-search').fill(`HORTENSE.${lastName.slice(0, 6).toUpperCase()}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="customers-total"]')?.textContent?.includes(': 1') === true);
    expect(await text(page.getByTestId('customer-row'))).toContain(email);
    expect(await text(page.getByTestId('customer-row').locator('td.num'))).toBe('2');
    await shot(page, 'customer-list');
    await page.close();
  });
});
