import type { components } from '@guichet/api-client';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/** The control member of the demo season: a device it registers is a steward's (ADR 0045). */
const CONTROL = { email: 'controle@remparts.demo', password: 'remparts-demo' };

/**
 * Door operations on the scanner page (issue 12, CTL-4/CTL-5, ADR 0050): a supervisor's phone annuls
 * an entry and lets a refused ticket in, each with a reason; cancels unsold pre-printed tickets in
 * quick cancellation mode; finds an order by name with its tickets. A steward's phone offers neither
 * the override nor quick cancellation.
 */
describe('door operations on the scanner page', () => {
  const organizer = useOrganizer();
  let context: BrowserContext;
  let page: Page;
  let event: components['schemas']['EventResponse'];
  let eventName: string;
  let customer: string;
  let paid: { orderId: string; tickets: { id: string; code: string; barcode: string }[] };
  let unsold: { orderId: string; tickets: { id: string; code: string; barcode: string }[] };

  /** An order of the shop, to pay on site; paid at the ticket office when `pay`. */
  async function order(quantity: number, lastName: string, pay: boolean) {
    const { stack, admin, ticketingId } = organizer;
    const shop = stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Jeanne', lastName, email: `${lastName.toLowerCase()}@example.ch` }, paymentMethod: 'on_site' },
    });
    const orderId = placed.data!.orderId;
    if (pay)
      await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path: { ticketingId, orderId } }, body: { method: 'cash' } });
    return { orderId, tickets: (await ticketsOf(orderId)).map((t) => ({ id: t.id, code: t.code, barcode: t.barcode })) };
  }

  async function ticketsOf(orderId: string) {
    const { admin, ticketingId } = organizer;
    return (await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId } } })).data!.tickets;
  }

  /** The scanner's setup: the test's date ticked, this browser registered by whoever is logged in, the door list read. */
  async function startScanning(scanner: Page) {
    await scanner.getByTestId('scanner-setup').waitFor();
    await scanner.getByTestId('scanner-date').filter({ hasText: eventName }).first().locator('input').check();
    await scanner.getByTestId('scanner-start').click();
    await scanner
      .getByTestId('scan-status')
      .filter({ hasText: /Liste de \d+ billets/ })
      .waitFor();
  }

  beforeAll(async () => {
    eventName = uniqueName('Soirée à la porte');
    customer = `Favre${Date.now().toString(36)}`;
    event = await organizer.createEvent({
      name: eventName,
      dates: [{ startsAt: new Date(Date.now() + 3_600_000).toISOString() }],
      zones: [{ name: 'Parterre', capacity: 30 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    paid = await order(2, customer, true);
    // Pre-printed for the box office, never sold: a reservation nobody paid (ADR 0045).
    unsold = await order(2, `Stock${Date.now().toString(36)}`, false);
    context = await organizer.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    // Registered by the admin: a supervisor's device.
    page = await organizer.organizerPage({ path: 'scan', context });
    await startScanning(page);
  });
  afterAll(() => context?.close());

  async function wedgeScan(code: string, on = page) {
    await on.keyboard.type(code);
    await on.keyboard.press('Enter');
  }
  const verdictIs = (verdict: string, on = page) => on.locator(`[data-testid=scan-verdict][data-verdict=${verdict}]`).waitFor();
  const focused = (on = page) => on.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('says the device is a supervisor', async () => {
    expect(await text(page.getByTestId('door-role'))).toBe('Rôle de l’appareil : Superviseur');
    await shot(page, 'door-supervisor-ready');
  });

  it('annuls an entry just made, with a preset reason: the verdict says so, and the ticket enters again', async () => {
    await wedgeScan(paid.tickets[0].code);
    await verdictIs('accepted');
    await page.getByTestId('door-annul').click();
    await page.getByTestId('door-annul-dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'door-annul-dialog');
    await page.getByTestId('door-annul-dialog-preset').filter({ hasText: 'Tourniquet bloqué' }).click();
    await page.getByTestId('door-annul-dialog-confirm').click();
    await verdictIs('annulled');
    expect(await text(page.getByTestId('scan-verdict-words'))).toBe('Entrée annulée : le billet peut entrer à nouveau');
    await page.getByTestId('door-annul-dialog').waitFor({ state: 'detached' });
    // The dialog closed: a hardware scanner types into the page's own input again.
    expect(await focused()).toBe('scan-wedge');
    expect(await page.getByTestId('door-annul').count()).toBe(0);
    await shot(page, 'door-annulled');
    expect((await ticketsOf(paid.orderId)).find((t) => t.id === paid.tickets[0].id)!.scanState).toBe('unscanned');

    await wedgeScan(paid.tickets[0].code);
    await verdictIs('accepted');
  });

  it('lets a ticket already used in, with a reason it requires, and shows the forced entry', async () => {
    await wedgeScan(paid.tickets[0].code);
    await verdictIs('already_used');
    await page.getByTestId('door-override').click();
    await page.getByTestId('door-override-dialog').waitFor();
    await page.getByTestId('door-override-dialog-confirm').click();
    expect(await text(page.getByTestId('door-override-dialog').getByRole('alert'))).toBe('Donnez une raison.');
    await page.getByTestId('door-override-dialog-reason').fill('Bracelet vérifié, ressortie fumeurs');
    await shot(page, 'door-override-dialog');
    await page.getByTestId('door-override-dialog-confirm').click();
    await verdictIs('accepted');
    await page.getByTestId('scan-overridden').waitFor();
    expect(await focused()).toBe('scan-wedge');
    // The forced entry is a scan of its own: it may be annulled in turn, not overridden again.
    await page.getByTestId('door-annul').waitFor();
    expect(await page.getByTestId('door-override').count()).toBe(0);
    await shot(page, 'door-overridden');
  });

  it('quick cancellation mode cancels an unsold pre-printed ticket, says which place is back on sale, and is left in one tap', async () => {
    await page.getByTestId('door-quick-open').click();
    await page.getByTestId('quick-mode').waitFor();
    expect(await focused()).toBe('scan-wedge');
    // A code typed by hand is cancelled too, and the button says so.
    expect(await text(page.getByTestId('scan-manual-check'))).toBe('Annuler ce billet');
    await wedgeScan(unsold.tickets[0].barcode);
    await page.locator('[data-testid=quick-last][data-outcome=cancelled]').waitFor();
    expect(await text(page.getByTestId('quick-place'))).toBe(`${eventName} · Parterre`);
    expect((await ticketsOf(unsold.orderId)).find((t) => t.id === unsold.tickets[0].id)!.status).toBe('cancelled');

    // A ticket paid with money is not the door's to cancel: the catalog's words say where.
    await wedgeScan(paid.tickets[1].code);
    await page.locator('[data-testid=quick-last][data-outcome=refused]').waitFor();
    expect(await text(page.getByTestId('quick-problem'))).toBe('Ce billet a été payé : annulez-le (et remboursez-le) depuis sa commande.');
    expect(await text(page.getByTestId('quick-count'))).toBe('1 billet annulé pendant ce passage');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'door-quick-cancellation');
    expect((await ticketsOf(paid.orderId)).find((t) => t.id === paid.tickets[1].id)!.status).toBe('valid');

    await page.getByTestId('quick-leave').click();
    await page.getByTestId('quick-mode').waitFor({ state: 'detached' });
    expect(await text(page.getByTestId('scan-manual-check'))).toBe('Vérifier');
    await page.getByTestId('scan-verdict').waitFor();
    // Back at the door: a scan is a scan again.
    await wedgeScan(unsold.tickets[0].code);
    await verdictIs('cancelled');
  });

  it('finds an order by the customer’s name, with its tickets and whether they entered; a supervisor lets one in from there', async () => {
    await page.getByTestId('door-search-open').click();
    await page.getByTestId('order-search').waitFor();
    expect(await focused()).toBe('order-search-q');
    // The sheet keeps the keyboard: Tab and Shift+Tab go round its own controls, never behind it.
    const inSheet = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=order-search]'));
    for (const key of ['Shift+Tab', 'Shift+Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab']) {
      await page.keyboard.press(key);
      expect(await inSheet()).toBe(true);
    }
    await page.getByTestId('order-search-q').fill(customer);
    await page.getByTestId('order-search-submit').click();
    await page.getByTestId('order-search-order').first().waitFor();
    const found = page.getByTestId('order-search-order');
    expect(await found.count()).toBe(1);
    expect(await text(found.getByTestId('order-search-customer'))).toBe(`Jeanne ${customer}`);
    const tickets = found.getByTestId('order-search-ticket');
    expect(await tickets.count()).toBe(2);
    expect(await found.locator('[data-testid=order-search-ticket][data-scan-state=in]').count()).toBe(1);
    expect(await text(found.locator('[data-testid=order-search-ticket][data-scan-state=unscanned]').getByTestId('order-search-scan-state'))).toBe('Non scanné');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'door-order-search');

    await found.getByTestId('order-search-admit').click();
    await page.getByTestId('order-search').waitFor({ state: 'detached' });
    await verdictIs('accepted');
    expect(await focused()).toBe('scan-wedge');
    expect((await ticketsOf(paid.orderId)).find((t) => t.id === paid.tickets[1].id)!.scanState).toBe('in');
  });

  it('offline, the operations are disabled and say why', async () => {
    await context.setOffline(true);
    await page.locator('[data-testid=scan-status][data-online=false]').waitFor();
    expect(await text(page.getByTestId('door-tools-offline'))).toBe('Hors ligne : cette action demande le réseau.');
    expect(await page.getByTestId('door-search-open').isDisabled()).toBe(true);
    expect(await page.getByTestId('door-quick-open').isDisabled()).toBe(true);
    // The entry on screen was the server's: its annulment waits for the network.
    expect(await page.getByTestId('door-annul').isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'door-offline');
    await context.setOffline(false);
    await page.locator('[data-testid=scan-status][data-online=true]').waitFor();
    expect(await page.getByTestId('door-annul').isEnabled()).toBe(true);
  });

  it('a steward’s device (registered by a control member) scans and searches, but neither overrides nor cancels', async () => {
    const steward = await context.browser()!.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const phone = await steward.newPage();
      await phone.goto(`${organizer.stack.backofficeUrl}/login?redirect=${encodeURIComponent(`/t/${organizer.ticketingId}/scan`)}`);
      await phone.getByTestId('login-email').fill(CONTROL.email);
      await phone.getByTestId('login-password').fill(CONTROL.password);
      await phone.getByTestId('login-submit').click();
      await startScanning(phone);
      expect(await text(phone.getByTestId('door-role'))).toBe('Rôle de l’appareil : Steward');
      expect(await phone.getByTestId('door-quick-open').count()).toBe(0);
      await phone.getByTestId('door-search-open').waitFor();

      await wedgeScan(paid.tickets[0].code, phone);
      await verdictIs('already_used', phone);
      expect(await phone.getByTestId('door-override').count()).toBe(0);
      await shot(phone, 'door-steward-refused');

      await wedgeScan(unsold.tickets[1].code, phone);
      await verdictIs('not_paid', phone);
      expect(await phone.getByTestId('door-override').count()).toBe(0);
    } finally {
      await steward.close();
    }
  });
});
