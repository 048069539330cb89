import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { components } from '@guichet/api-client';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot } from '../support/pages';
import { decodeFromPdf, decodeQrCodesFromPdf } from '../support/pdf';

type EventResponse = components['schemas']['EventResponse'];

/** Each page's width in millimetres, as pdfinfo reads it. */
const pageWidthsMm = (pdf: Buffer) =>
  [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', '99', '-'], { input: pdf })
      .toString()
      .matchAll(/size:\s+([\d.]+) x/g),
  ].map((m) => Math.round((Number(m[1]) * 25.4) / 72));

/**
 * TO-5 at the counter, on a tablet (1024×768): the order page's « Imprimer » menu downloads the
 * tickets for the 80 mm thermal printer, one ticket per page, whose QR codes — or, for scanners
 * that read no QR code, whose Code 128 barcodes (ADR 0041) — a scanner reads.
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

  it('chooses « Billets thermiques (80 mm) » for a PDF whose QR codes are the tickets’ codes, then « code-barres » for their Code 128 barcodes', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    const page = await e2e.organizerPage({ path: `orders/${orderId}`, context });
    await page.getByTestId('order-detail-number').waitFor();
    await page.getByTestId('order-print').click();
    const menu = page.getByTestId('order-print-menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Billets A4', 'Billets thermiques (80 mm)', 'Billets thermiques, code-barres', 'Reçu']);
    await shot(page, 'thermal-printing-menu');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Billets thermiques (80 mm)' }).click()]);
    const number = (await page.getByTestId('order-detail-number').textContent())!.trim();
    expect(download.suggestedFilename()).toBe(`billets-80mm-${number}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageWidthsMm(pdf)).toEqual([80, 80]);

    const order = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } });
    expect(await decodeQrCodesFromPdf(pdf)).toEqual(order.data!.tickets.map((x) => x.code));

    // The same tickets for a Code 128 scanner: each one's barcode, and no QR code.
    await page.getByTestId('order-print').click();
    const [barcodes] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Billets thermiques, code-barres' }).click()]);
    expect(barcodes.suggestedFilename()).toBe(`billets-80mm-code-barres-${number}.pdf`);
    const code128 = readFileSync((await barcodes.path())!);
    expect(pageWidthsMm(code128)).toEqual([80, 80]);
    expect(await decodeFromPdf(code128, 'code128')).toEqual(order.data!.tickets.map((x) => x.barcode));
    expect(await decodeQrCodesFromPdf(code128)).toEqual([]);
    await context.close();
  });
});
