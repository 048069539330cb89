import type { Page } from 'playwright-core';
import { SLUG, useOrganizer } from '../support/organizer';
import { checkout } from '../support/pages';
import { decodeQrCodesFromPdf } from '../support/pdf';

const IKE_EVENTS = ['ike_home_view', 'ike_event_view', 'ike_cart_add', 'ike_cart_view', 'ike_cart_confirm', 'ike_cart_payment_success', 'ike_page_changed'];

interface IkeEvent {
  type: string;
  detail: {
    name?: string;
    items?: { eventName: string; quantity: number }[];
    topaid?: number;
    currency?: { name: string };
  } | null;
}

/** Records the shop's tracking triggers the way an organizer's tag would listen to them. */
async function recordIkeEvents(page: Page): Promise<void> {
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { __ike: unknown[] };
    w.__ike = [];
    for (const name of names) {
      document.addEventListener(name, (e) => w.__ike.push({ type: name, detail: (e as CustomEvent).detail }));
    }
  }, IKE_EVENTS);
}

function ikeEvents(page: Page): Promise<IkeEvent[]> {
  return page.evaluate(() => (window as unknown as { __ike: IkeEvent[] }).__ike);
}

/** The walking skeleton in a real browser: an organizer creates an event, a customer buys it, the door scans it. */
describe('walking skeleton in the browser', () => {
  const e2e = useOrganizer();

  it('sells an event created in the backoffice through the shop, and its emailed tickets scan once', async () => {
    const eventName = `Générale ${Date.now()}`;
    const email = `client.${Date.now()}@example.ch`;

    // The organizer creates the event in the backoffice.
    const organizer = await e2e.organizerPage();
    await organizer.getByTestId('new-event').click();
    await organizer.getByTestId('event-name').fill(eventName);
    await organizer.getByTestId('event-venue').fill('Grande salle');
    await organizer.getByTestId('date-starts-at-0').fill('2027-03-12T20:00');
    await organizer.getByTestId('zone-name-0').fill('Parterre');
    await organizer.getByTestId('zone-capacity-0').fill('50');
    await organizer.getByTestId('price-name-0').fill('Plein tarif');
    await organizer.getByTestId('price-kind-0').selectOption('fixed');
    await organizer.getByTestId('price-amount-CHF-0').fill('25.00');
    await organizer.getByTestId('create-event').click();
    await expect(organizer.getByTestId('event-detail-name').textContent()).resolves.toBe(eventName);
    // A new event is a draft: publish it from its page.
    await organizer.getByTestId('publish-event').click();
    await organizer.getByTestId('unpublish-event').waitFor();

    // A customer buys two tickets in the shop.
    const customer = await e2e.browser.newPage();
    await recordIkeEvents(customer);
    await customer.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await customer.getByText(eventName).click();
    await expect(customer.getByTestId('event-title').textContent()).resolves.toBe(eventName);
    await customer.locator('[data-testid^="quantity-"]').first().selectOption('2');
    await customer.getByTestId('add-to-cart').click();
    await checkout(customer, email);
    const orderNumber = (await customer.getByTestId('order-number').textContent())?.trim();
    expect(orderNumber).toMatch(/^[0-9A-Z]{6,}$/);
    expect(await customer.getByTestId('download-tickets').getAttribute('href')).toContain('/tickets.pdf?token=');

    const fired = await ikeEvents(customer);
    const types = fired.map((e) => e.type);
    for (const name of ['ike_home_view', 'ike_event_view', 'ike_cart_add', 'ike_cart_confirm', 'ike_cart_payment_success']) {
      expect(types).toContain(name);
    }
    expect(fired.find((e) => e.type === 'ike_event_view')?.detail?.name).toBe(eventName);
    expect(fired.find((e) => e.type === 'ike_cart_add')?.detail?.items?.[0]).toMatchObject({ eventName, quantity: 2 });
    const success = fired.find((e) => e.type === 'ike_cart_payment_success')?.detail;
    expect(success?.items?.[0]?.quantity).toBe(2);
    expect(success?.topaid).toBe(50);
    expect(success?.currency?.name).toBe('CHF');

    // The emailed PDF carries one QR code per ticket.
    const mail = await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to ?? '').includes(email), 60000);
    expect(mail.subject).toContain(orderNumber);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf).toBeDefined();
    const codes = await decodeQrCodesFromPdf(pdf!.content);
    expect(codes).toHaveLength(2);

    // At the door: the first scan lets the holder in, the second is refused.
    const device = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/control-devices', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { name: 'Porte principale' },
    });
    expect(device.response.status).toBe(201);
    const scanner = e2e.stack.client(device.data!.token);
    // Paid on site: a reservation's ticket is refused until the ticket office records the payment.
    const unpaid = await scanner.POST('/api/v1/control/scans', { body: { code: codes[0] } });
    expect(unpaid.data).toMatchObject({ result: 'not_paid', valid: false });
    const order = await e2e.orderOf(email);
    const paid = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: order.id } },
      body: { method: 'cash' },
    });
    expect(paid.response.status).toBe(200);
    const first = await scanner.POST('/api/v1/control/scans', { body: { code: codes[0] } });
    expect(first.data).toMatchObject({ result: 'accepted', valid: true });
    const second = await scanner.POST('/api/v1/control/scans', { body: { code: codes[0] } });
    expect(second.data).toMatchObject({ result: 'already_used', valid: false });
    expect(second.data!.firstScannedAt).toBeTruthy();
  });
});
