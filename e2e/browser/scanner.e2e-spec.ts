import type { components } from '@guichet/api-client';
import type { BrowserContext, Page } from 'playwright-core';
import { pdfPageAsY4m } from '../support/fake-camera';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot } from '../support/pages';
import { launchBrowser } from '../support/stack';

/** The scanner page (ADR 0044) on a phone: a keyboard-wedge scan, the network cut at the door, the camera. */
describe('the scanner page', () => {
  const organizer = useOrganizer();
  let context: BrowserContext;
  let page: Page;
  let eventName: string;
  let tickets: { id: string; code: string; barcode: string }[];
  let orderId: string;
  let otherDate: { code: string };

  let event: components['schemas']['EventResponse'];

  /** A paid order of `quantity` tickets for the test's date. */
  async function sell(quantity: number, email: string, date = 0) {
    const { stack, admin, ticketingId } = organizer;
    const shop = stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[date].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Jeanne', lastName: 'Dubois', email }, paymentMethod: 'on_site' },
    });
    const orderId = placed.data!.orderId;
    await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path: { ticketingId, orderId } }, body: { method: 'cash' } });
    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId } } });
    return { orderId, tickets: order.data!.tickets.map((t) => ({ id: t.id, code: t.code, barcode: t.barcode })) };
  }

  /** The control page's link to the scanner, the test's date ticked, this browser registered, the door list read. */
  async function openScanner(on: BrowserContext): Promise<Page> {
    const scanner = await organizer.organizerPage({ path: 'control', context: on });
    await scanner.getByTestId('control-today').waitFor();
    await shot(scanner, 'control-page');
    await scanner.getByTestId('control-open-scanner').click();
    await scanner.getByTestId('scanner-setup').waitFor();
    await scanner.getByTestId('scanner-date').filter({ hasText: eventName }).first().locator('input').check();
    await shot(scanner, 'scanner-setup');
    await scanner.getByTestId('scanner-start').click();
    // The door list is read before the door opens: the page can answer offline from then on.
    await scanner
      .getByTestId('scan-status')
      .filter({ hasText: /Liste de \d+ billets/ })
      .waitFor();
    return scanner;
  }

  beforeAll(async () => {
    eventName = uniqueName('Concert à la porte');
    // Within the week the page offers; an hour ahead may be tomorrow in Zurich, so the test ticks it itself (the first listed).
    event = await organizer.createEvent({
      name: eventName,
      // The second date is not chosen on the scanner: its tickets are another date's.
      dates: [{ startsAt: new Date(Date.now() + 3_600_000).toISOString() }, { startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }],
      zones: [{ name: 'Salle', capacity: 20 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    ({ orderId, tickets } = await sell(3, 'porte@example.ch'));
    [otherDate] = (await sell(1, 'autre-date@example.ch', 1)).tickets;
    context = await organizer.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    page = await openScanner(context);
  });
  afterAll(() => context?.close());

  /** A hardware scanner types the code and Enter into whatever has focus: the page's own input. */
  async function wedgeScan(code: string) {
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  }

  const verdict = () => page.getByTestId('scan-verdict');

  it('admits a ticket typed by a keyboard-wedge scanner once, then says it was already used and when', async () => {
    await shot(page, 'scanner-ready');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('scan-wedge');
    await wedgeScan(tickets[0].code);
    await page.locator('[data-testid=scan-verdict][data-verdict=accepted]').waitFor();
    expect(await page.getByTestId('scan-verdict-words').textContent()).toBe('Billet valide : entrée');
    await shot(page, 'scanner-accepted');

    // A tap elsewhere (the camera button area, the verdict) hands the focus back to the scanner's input.
    await verdict().click();
    await wedgeScan(tickets[0].code);
    await page.locator('[data-testid=scan-verdict][data-verdict=already_used]').waitFor();
    expect(await page.getByTestId('scan-verdict-words').textContent()).toBe('Déjà utilisé');
    await page.getByTestId('scan-first-scanned').waitFor();
    await shot(page, 'scanner-already-used');

    await wedgeScan(otherDate.code);
    await page.locator('[data-testid=scan-verdict][data-verdict=wrong_date]').waitFor();
    expect(await page.getByTestId('scan-verdict-words').textContent()).toBe('Billet pour une autre date');
  });

  it('checks a barcode typed by hand in the manual field', async () => {
    await page.getByTestId('scan-manual').fill(tickets[2].barcode);
    await page.getByTestId('scan-manual-check').click();
    await page.locator('[data-testid=scan-verdict][data-verdict=accepted]').waitFor();
    expect(await page.getByTestId('scan-offline-answer').count()).toBe(0);
  });

  it('answers from its list when the network is cut, says so, and uploads the scans once back online', async () => {
    await context.setOffline(true);
    await wedgeScan(tickets[1].barcode);
    await page.locator('[data-testid=scan-verdict][data-verdict=accepted]').waitFor();
    await page.getByTestId('scan-offline-answer').waitFor();
    await page.locator('[data-testid=scan-status][data-online=false]').filter({ hasText: 'Hors ligne' }).waitFor();
    // The list said unscanned; the device remembers it let the ticket in, and when.
    await wedgeScan(tickets[1].code);
    await page.locator('[data-testid=scan-verdict][data-verdict=already_used]').waitFor();
    await page.getByTestId('scan-first-scanned').waitFor();
    // Admitted online before the cut: the device remembers that too.
    await wedgeScan(tickets[0].barcode);
    await page.locator('[data-testid=scan-verdict][data-verdict=already_used]').waitFor();
    // Genuine, but not in the list of the chosen dates.
    await wedgeScan(otherDate.code);
    await page.locator('[data-testid=scan-verdict][data-verdict=wrong_date]').waitFor();
    expect(await page.getByTestId('scan-pending').textContent()).toContain('4 scans à envoyer');
    await shot(page, 'scanner-offline');

    await context.setOffline(false);
    await page.locator('[data-testid=scan-status][data-online=true]').waitFor();
    await page.getByTestId('scan-pending').waitFor({ state: 'detached' });
    const { admin, ticketingId } = organizer;
    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId } } });
    expect(order.data!.tickets.find((t) => t.id === tickets[1].id)!.scanState).toBe('in');
  });

  it('goes offline by itself when the server does not answer, though the browser thinks it is online', async () => {
    await page.route('**/api/v1/control/**', (route) => route.abort('connectionrefused'));
    await wedgeScan(tickets[2].code);
    await page.locator('[data-testid=scan-verdict][data-verdict=already_used]').waitFor();
    await page.getByTestId('scan-offline-answer').waitFor();
    await page.locator('[data-testid=scan-status][data-online=false]').waitFor();
    await page.unroute('**/api/v1/control/**');
  });

  it('installs as an app that opens on the scanner of the ticketing scanned last', async () => {
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, page.url()).toString())).json()) as { start_url: string; display: string };
    expect(manifest).toMatchObject({ start_url: '/scan', display: 'standalone' });
    await page.goto(`${organizer.stack.backofficeUrl}/scan`);
    await page.waitForURL(`**/t/${organizer.ticketingId}/scan`);
    // Reloaded: the device and its dates are kept, no setup again.
    await page.locator('[data-testid=scan-status][data-online=true]').waitFor();
  });

  it('says when the device is no longer allowed, and registers it again', async () => {
    await page.route('**/api/v1/control/scans', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ status: 401, code: 'UNAUTHENTICATED' }) }),
    );
    await wedgeScan(tickets[0].code);
    await page.getByTestId('scan-device-revoked').waitFor();
    await page.unroute('**/api/v1/control/scans');
    await page.getByTestId('scan-device-revoked').getByRole('button').click();
    await page.getByTestId('scanner-device-name').waitFor();
    await page.getByTestId('scanner-date').filter({ hasText: eventName }).first().locator('input').check();
    await page.getByTestId('scanner-start').click();
    await page
      .getByTestId('scan-status')
      .filter({ hasText: /Liste de \d+ billets/ })
      .waitFor();
    await wedgeScan(tickets[0].code);
    await page.locator('[data-testid=scan-verdict][data-verdict=already_used]').waitFor();
  });

  it('reads a ticket’s QR code from the camera (a fake camera showing its thermal ticket) and admits it', async () => {
    const { stack, admin, ticketingId } = organizer;
    const sold = await sell(1, 'camera@example.ch');
    const pdf = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}/tickets.pdf', {
      params: { path: { ticketingId, orderId: sold.orderId }, query: { format: 'thermal' } },
      parseAs: 'arrayBuffer',
    });
    const video = await pdfPageAsY4m(Buffer.from(pdf.data as ArrayBuffer));
    const browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const scanner = await openScanner(phone);
      // Nothing may come from the internet: the barcode reader's wasm is the app's own.
      const foreign: string[] = [];
      scanner.on('request', (r) => {
        if (!r.url().startsWith(stack.backofficeUrl)) foreign.push(r.url());
      });
      await scanner.getByTestId('scan-camera-toggle').click();
      await scanner.locator('[data-testid=scan-verdict][data-verdict=accepted]').waitFor({ timeout: 60_000 });
      await shot(scanner, 'scanner-camera');
      expect(foreign).toEqual([]);
      const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId: sold.orderId } } });
      expect(order.data!.tickets[0].scanState).toBe('in');
      // Still in front of the camera for at least four more frames read: the same code is not scanned again.
      const camera = scanner.getByTestId('scan-camera');
      const readsSoFar = Number(await camera.getAttribute('data-reads'));
      await scanner.waitForFunction((n) => Number(document.querySelector('[data-testid=scan-camera]')?.getAttribute('data-reads')) >= n + 4, readsSoFar, {
        timeout: 60_000,
      });
      expect(await scanner.getByTestId('scan-verdict').getAttribute('data-verdict')).toBe('accepted');
    } finally {
      await browser.close();
    }
  });
});
