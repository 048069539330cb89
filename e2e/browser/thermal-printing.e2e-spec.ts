import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { components } from '@guichet/api-client';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot } from '../support/pages';
import { decodeQrCodesFromPdf } from '../support/pdf';

type EventResponse = components['schemas']['EventResponse'];

/**
 * TO-5 at the counter, on a tablet (1024×768): the order page's « Imprimer » menu downloads the
 * tickets for the 80 mm thermal printer, one ticket per page, whose QR codes a scanner reads.
 */
describe('thermal tickets from the order page', () => {
  const e2e = useOrganizer();
  const email = `thermique.${Date.now().toString(36)}@example.ch`;
  let event: EventResponse;
  let orderId: string;

  beforeAll(async () => {
    event = await e2e.createEvent({
      name: uniqueName('Les Fourberies de Scapin'),
      dates: [{ startsAt: '2027-06-12T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Hyacinte', lastName: 'Thermique', email }, paymentMethod: 'on_site' },
    });
    if (placed.error) throw new Error(JSON.stringify(placed.error));
    orderId = placed.data.orderId;
  });

  it('chooses « Billets thermiques (80 mm) » and gets an 80 mm PDF whose QR codes are the tickets’ codes', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    const page = await e2e.organizerPage({ path: `orders/${orderId}`, context });
    await page.getByTestId('order-detail-number').waitFor();
    await page.getByTestId('order-print').click();
    const menu = page.getByTestId('order-print-menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Billets A4', 'Billets thermiques (80 mm)', 'Reçu']);
    await shot(page, 'thermal-printing-menu');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Billets thermiques (80 mm)' }).click()]);
    const number = (await page.getByTestId('order-detail-number').textContent())!.trim();
    expect(download.suggestedFilename()).toBe(`billets-80mm-${number}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const sizes = [
      ...execFileSync('pdfinfo', ['-f', '1', '-l', '99', '-'], { input: pdf })
        .toString()
        .matchAll(/size:\s+([\d.]+) x/g),
    ].map((m) => Number(m[1]));
    expect(sizes).toHaveLength(2);
    for (const width of sizes) expect((width * 25.4) / 72).toBeCloseTo(80, 0);

    const order = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } });
    expect(await decodeQrCodesFromPdf(pdf)).toEqual(order.data!.tickets.map((x) => x.code));
    await context.close();
  });
});
