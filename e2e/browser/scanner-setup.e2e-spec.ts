import type { components } from '@guichet/api-client';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { qrCodeAsY4m } from '../support/fake-camera';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';
import { launchBrowser } from '../support/stack';

/**
 * ADR 0049 on a phone with no backoffice account: the scanner logs in with a profile code (typed, or
 * from a link carrying it), scans in its profile's entry/exit mode with an In/Out toggle and the
 * inside count, and — its service worker keeping the build — starts again when reloaded offline.
 */
describe('the scanner without a backoffice account', () => {
  const organizer = useOrganizer();
  let event: components['schemas']['EventResponse'];
  let eventName: string;
  let tickets: { id: string; code: string; barcode: string }[];
  let profileId: string;
  const contexts: BrowserContext[] = [];

  const phone = async () => {
    const context = await organizer.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    contexts.push(context);
    return context;
  };

  /** A new single-use code of the test's entry/exit profile, as an admin generates it in the backoffice. */
  async function profileCode(): Promise<string> {
    const { admin, ticketingId } = organizer;
    const { data } = await admin.POST('/api/v1/ticketings/{ticketingId}/control-profiles/{profileId}/login-code', {
      params: { path: { ticketingId, profileId } },
    });
    return data!.code;
  }

  const verdictIs = (page: Page, verdict: string) => page.locator(`[data-testid=scan-verdict][data-verdict=${verdict}]`).waitFor();

  async function wedgeScan(page: Page, code: string) {
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  }

  /** The setup after a login: the profile's dates, the test's ticked, then the door with its list read. */
  async function chooseDateAndStart(page: Page) {
    await page.getByTestId('scanner-setup').waitFor();
    await page.getByTestId('scanner-date').filter({ hasText: eventName }).first().locator('input').check();
    await page.getByTestId('scanner-start').click();
    await page
      .getByTestId('scan-status')
      .filter({ hasText: /Liste de \d+ billets/ })
      .waitFor();
  }

  beforeAll(async () => {
    const { stack, admin, ticketingId } = organizer;
    eventName = uniqueName('Festival à la porte');
    event = await organizer.createEvent({
      name: eventName,
      dates: [{ startsAt: new Date(Date.now() + 3_600_000).toISOString() }],
      zones: [{ name: 'Pelouse', capacity: 20 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    const shop = stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Paul', lastName: 'Favre', email: 'festival@example.ch' }, paymentMethod: 'on_site' },
    });
    const orderId = placed.data!.orderId;
    await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path: { ticketingId, orderId } }, body: { method: 'cash' } });
    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId } } });
    tickets = order.data!.tickets.map((t) => ({ id: t.id, code: t.code, barcode: t.barcode }));
    const profile = await admin.POST('/api/v1/ticketings/{ticketingId}/control-profiles', {
      params: { path: { ticketingId } },
      body: { name: uniqueName('Porte pelouse'), dateIds: [event.dates[0].id], zoneIds: [], mode: 'entry_exit' },
    });
    profileId = profile.data!.id;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('logs in with a typed profile code, says a spent or wrong code in words, and scans in and out', async () => {
    const { stack, ticketingId } = organizer;
    const code = await profileCode();
    const page = await (await phone()).newPage();
    await page.goto(`${stack.backofficeUrl}/t/${ticketingId}/scan`);
    await page.getByTestId('scanner-login').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'scanner-login');

    await page.getByTestId('scanner-login-code').fill('K7QM-4XRT-9HPW');
    await page.getByTestId('scanner-login-submit').click();
    await page.getByText('Ce code n’est pas valable').first().waitFor();

    await page.getByTestId('scanner-login-code').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByTestId('scanner-login-name').fill('Téléphone de Léa');
    await page.getByTestId('scanner-login-submit').click();
    await page.getByTestId('scanner-setup').waitFor();
    expect(await text(page.getByTestId('scanner-profile'))).toContain('mode Entrée-sortie');
    await shot(page, 'scanner-login-setup');
    await chooseDateAndStart(page);

    // The door: its mode, the In/Out toggle and the inside count.
    await page.locator('[data-testid=scan-mode][data-mode=entry_exit]').waitFor();
    // Read from the device's session once the door is open.
    const inside = page.getByTestId('scan-inside');
    await inside.filter({ hasText: '0 personne à l’intérieur' }).waitFor();
    await wedgeScan(page, tickets[0].code);
    await verdictIs(page, 'accepted');
    await inside.filter({ hasText: '1 personne à l’intérieur' }).waitFor();
    await wedgeScan(page, tickets[0].barcode);
    await verdictIs(page, 'already_inside');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'scanner-entry-exit');

    await page.getByTestId('scan-direction-out').click();
    expect(await page.getByTestId('scan-direction-out').getAttribute('aria-checked')).toBe('true');
    await wedgeScan(page, tickets[0].code);
    await verdictIs(page, 'accepted');
    expect(await text(page.getByTestId('scan-verdict-words'))).toBe('Sortie enregistrée');
    await inside.filter({ hasText: '0 personne à l’intérieur' }).waitFor();
    await wedgeScan(page, tickets[1].code);
    await verdictIs(page, 'not_inside');
    await shot(page, 'scanner-exit');

    const { admin } = organizer;
    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId, orderId: (await organizer.orderOf('festival@example.ch')).id } },
    });
    expect(order.data!.tickets.find((t) => t.id === tickets[0].id)!.scanState).toBe('out');

    // The code was spent by this login: another phone is told to ask for a new one.
    const other = await (await phone()).newPage();
    await other.goto(`${stack.backofficeUrl}/scan`);
    await other.getByTestId('scanner-login-code').fill(code);
    await other.getByTestId('scanner-login-submit').click();
    await other.getByText('Ce code a déjà servi ou a expiré').first().waitFor();
    expect(await other.getByTestId('scanner-login-code').getAttribute('aria-invalid')).toBe('true');
    await shot(other, 'scanner-login-spent');
  });

  it('logs in from a link carrying the code, then starts offline when reloaded without a network', async () => {
    const { stack, ticketingId } = organizer;
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${stack.backofficeUrl}/scan?code=${await profileCode()}`);
    // The code names the ticketing: the page moves to its scanner.
    await page.waitForURL(`**/t/${ticketingId}/scan`);
    await chooseDateAndStart(page);
    // The API never comes from the service worker's cache: a scan must reach the server or fail.
    const apiFromWorkerCache: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.fromServiceWorker()) apiFromWorkerCache.push(response.url());
    });
    // The service worker has kept the build once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });

    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-testid=scan-status][data-online=false]').filter({ hasText: 'Hors ligne' }).waitFor();
    await page.locator('[data-testid=scan-mode][data-mode=entry_exit]').waitFor();
    await wedgeScan(page, tickets[2].code);
    await verdictIs(page, 'accepted');
    await page.getByTestId('scan-offline-answer').waitFor();
    await wedgeScan(page, tickets[2].code);
    await verdictIs(page, 'already_inside');
    await page.getByTestId('scan-direction-out').click();
    await wedgeScan(page, tickets[2].barcode);
    await verdictIs(page, 'accepted');
    expect(await page.getByTestId('scan-pending').textContent()).toContain('3 scans à envoyer');
    await shot(page, 'scanner-offline-reload');

    // Back online: the scans are uploaded with their mode and direction, and the ticket is out.
    await context.setOffline(false);
    await page.getByTestId('scan-pending').waitFor({ state: 'detached' });
    const { admin } = organizer;
    const order = await organizer.orderOf('festival@example.ch');
    const fresh = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId: order.id } } });
    expect(fresh.data!.tickets.find((t) => t.id === tickets[2].id)!.scanState).toBe('out');
    await wedgeScan(page, tickets[1].code);
    await verdictIs(page, 'not_inside');
    expect(await page.getByTestId('scan-offline-answer').count()).toBe(0);
    expect(apiFromWorkerCache).toEqual([]);
  });

  it('logs in with the organizer code’s QR code read by the camera, and scans in normal mode', async () => {
    const { stack, admin, ticketingId } = organizer;
    const { data } = await admin.POST('/api/v1/ticketings/{ticketingId}/control-organizer-code', { params: { path: { ticketingId } } });
    const browser = await launchBrowser([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${qrCodeAsY4m(data!.code)}`,
    ]);
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(`${stack.backofficeUrl}/scan`);
      await page.getByTestId('scanner-login-camera').click();
      // The reader's wasm loads, reads the code, and the device logs in: its dates are next.
      await page.getByTestId('scanner-setup').waitFor({ timeout: 60_000 });
      await page.waitForURL(`**/t/${ticketingId}/scan`);
      expect(await page.getByTestId('scanner-profile').count()).toBe(0);
      await chooseDateAndStart(page);
      // A device without a profile scans as it always did: no mode bar, enter once.
      expect(await page.getByTestId('scan-mode').count()).toBe(0);
      await wedgeScan(page, tickets[1].code);
      await verdictIs(page, 'accepted');
      await wedgeScan(page, tickets[1].code);
      await verdictIs(page, 'already_used');
    } finally {
      await browser.close();
    }
  });
});
