import type { components } from '@guichet/api-client';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];

/**
 * ORD-8 in a real browser: an order paid by invoice and not yet paid cannot lose single tickets (its
 * invoice would be wrong); the ⋯ menu says why and offers to cancel it whole and place it again in the shop.
 */
describe('an invoice order awaiting payment in the backoffice', () => {
  const e2e = useOrganizer();
  const email = `facture.${Date.now().toString(36)}@example.ch`;
  let event: EventResponse;
  let orderId: string;

  beforeAll(async () => {
    const settings = await e2e.admin.PUT('/api/v1/ticketings/{ticketingId}/invoice-settings', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: {
        creditorName: 'Théâtre du Jorat',
        street: 'Route du Théâtre',
        buildingNumber: '2',
        zip: '1083',
        city: 'Mézières',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
      },
    });
    if (settings.error) throw new Error(JSON.stringify(settings.error));
    event = await e2e.createEvent({
      name: uniqueName('Le Cid'),
      dates: [{ startsAt: '2027-05-20T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4500)] }],
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Rodrigue', lastName: 'Facture', email }, paymentMethod: 'invoice' },
    });
    if (placed.error) throw new Error(JSON.stringify(placed.error));
    orderId = placed.data.orderId;
  });

  it('shows « Annuler des billets » disabled with the reason, and cancels the whole order to place it again', async () => {
    const page = await e2e.organizerPage({ path: `orders/${orderId}` });
    await page.getByTestId('order-detail-number').waitFor();
    await page.getByTestId('order-actions').click();
    await page.getByTestId('order-actions-menu').waitFor();
    expect(await page.getByTestId('order-action-cancelTickets').isDisabled()).toBe(true);
    expect(await text(page.getByTestId('order-action-cancelTickets-reason'))).toMatch(/^Une commande sur facture en attente de paiement/);
    expect(await page.getByTestId('order-action-cancelAndRedo').isEnabled()).toBe(true);
    await shot(page, 'invoice-order-menu');

    await page.getByTestId('order-action-cancelAndRedo').click();
    await page.getByTestId('redo-explain').waitFor();
    expect(await text(page.getByTestId('redo-explain'))).toContain(email);
    await shot(page, 'invoice-order-redo-dialog');
    await page.getByTestId('confirm-order-action').click();
    const link = page.getByTestId('redo-open-shop');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/shop/${SLUG}/events/${event.id}$`));
    await shot(page, 'invoice-order-redo-done');

    const order = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } });
    expect(order.data!.status).toBe('cancelled');
    await page.close();
  });
});
