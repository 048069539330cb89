import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/**
 * Issue 12, ADR 0047/0048: the door dashboard, open on a supervisor's screen while devices scan
 * through the API — its figures change without a reload: inside now, a refusal's reason, a device
 * coming online, a conflict of two offline admissions. A failed read keeps the figures, said stale.
 */
describe('the door dashboard', () => {
  const organizer = useOrganizer();
  let dateId = '';
  let tickets: { code: string }[] = [];
  let orderNumber = '';
  let page: Page;

  const device = async (name: string, gate: string) => {
    const { admin, ticketingId } = organizer;
    const { data, error } = await admin.POST('/api/v1/ticketings/{ticketingId}/control-devices', { params: { path: { ticketingId } }, body: { name, gate } });
    if (error) throw new Error(JSON.stringify(error));
    return data.token;
  };
  const scan = async (token: string, code: string) => {
    const { data, error } = await organizer.stack.client(token).POST('/api/v1/control/scans', { body: { code } });
    if (error) throw new Error(JSON.stringify(error));
    return data.result;
  };

  /** Only the test's date watched (the demo season may play today too). */
  async function watchOnly(on: Page) {
    await on.getByTestId('dashboard-dates').waitFor();
    for (const box of await on.getByTestId('dashboard-dates').locator('input[type=checkbox]').all()) {
      const mine = (await box.getAttribute('data-testid')) === `dashboard-date-${dateId}`;
      if ((await box.isChecked()) !== mine) await box.setChecked(mine);
    }
    await on.getByTestId('dashboard-date-figures').waitFor();
    expect(await on.getByTestId('dashboard-date-figures').count()).toBe(1);
  }

  beforeAll(async () => {
    const { stack, admin, ticketingId } = organizer;
    // An hour ahead: today in Zurich except just before midnight, when the page ticks none and the test ticks it.
    const event = await organizer.createEvent({
      name: uniqueName('Soirée au tableau de bord'),
      dates: [{ startsAt: new Date(Date.now() + 3_600_000).toISOString() }],
      zones: [
        { name: 'Parterre', capacity: 20 },
        { name: 'Balcon', capacity: 10 },
      ],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    dateId = event.dates[0].id;
    const shop = stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Jeanne', lastName: 'Dubois', email: 'tableau@example.ch' }, paymentMethod: 'on_site' },
    });
    const orderId = placed.data!.orderId;
    await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path: { ticketingId, orderId } }, body: { method: 'cash' } });
    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId } } });
    tickets = order.data!.tickets.map((t) => ({ code: t.code }));
    orderNumber = order.data!.number;

    const context = await organizer.browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await organizer.organizerPage({ path: 'control', context });
    await page.getByTestId('control-open-dashboard').click();
    await page.waitForURL(`**/t/${ticketingId}/control/dashboard`);
    await watchOnly(page);
  });
  afterAll(() => page?.context().close());

  /** Each row's cells' text. */
  const cells = async (rows: Locator) =>
    Promise.all((await rows.all()).map(async (row) => (await row.locator('th, td').allTextContents()).map((c) => c.trim())));
  const inside = () => text(page.getByTestId('dashboard-inside'));
  const deviceRow = (name: string) => page.getByTestId('dashboard-device').filter({ has: page.getByTestId('dashboard-device-name').filter({ hasText: name }) });

  it('shows the scans of devices as they happen, without a reload', async () => {
    const north = await device('Nord 1', 'Nord');
    const south = await device('Sud 1', 'Sud');
    // Read every 5 s: the new devices appear, offline (never seen).
    await deviceRow('Nord 1').waitFor();
    expect(await text(deviceRow('Nord 1').getByTestId('dashboard-device-state'))).toBe('○ Hors ligne');
    expect(await inside()).toBe('0');
    expect(await text(page.getByTestId('dashboard-tickets'))).toBe('3');
    expect(await cells(page.getByTestId('dashboard-zone'))).toEqual([
      ['Parterre', '3', '0', '0'],
      ['Balcon', '0', '0', '0'],
    ]);
    await page.getByTestId('dashboard-no-refusals').waitFor();
    await page
      .getByTestId('dashboard-updated')
      .filter({ hasText: /^Mis à jour à \d\d:\d\d:\d\d$/ })
      .waitFor();

    expect(await scan(north, tickets[0].code)).toBe('accepted');
    expect(await scan(south, tickets[0].code)).toBe('already_used');

    await page.getByTestId('dashboard-inside').filter({ hasText: /^1$/ }).waitFor();
    const refusal = page.locator('[data-testid=dashboard-refusal][data-result=already_used]');
    await refusal.waitFor();
    expect(await cells(refusal)).toEqual([['Déjà utilisé', '1']]);
    await page.locator('[data-testid=dashboard-device][data-online=true]').filter({ hasText: 'Nord 1' }).waitFor();
    expect(await text(deviceRow('Nord 1').getByTestId('dashboard-device-state'))).toBe('● En ligne');
    expect(await text(deviceRow('Nord 1').getByTestId('dashboard-device-accepted'))).toBe('1');
    expect(await text(deviceRow('Sud 1').getByTestId('dashboard-device-refused'))).toBe('1');
    expect(await text(page.getByTestId('dashboard-last-hour'))).toBe('Dernière heure — acceptés : 1, refusés : 1.');
    expect(await cells(page.getByTestId('dashboard-gate'))).toEqual(
      expect.arrayContaining([
        ['Nord', '1 sur 1', '1', '0'],
        ['Sud', '1 sur 1', '0', '1'],
      ]),
    );

    // The chart's figures as a table.
    await page.getByTestId('dashboard-chart-table-toggle').click();
    // The two scans may fall on either side of a minute: the quiet minutes are left out, the sums are the scans.
    const rows = await cells(page.getByTestId('dashboard-chart-table').locator('tbody tr'));
    expect(rows.every(([minute]) => /^\d\d:\d\d$/.test(minute))).toBe(true);
    expect([rows.reduce((n, r) => n + Number(r[1]), 0), rows.reduce((n, r) => n + Number(r[2]), 0)]).toEqual([1, 1]);
  });

  it('puts a ticket two devices admitted offline at the top, with each admission', async () => {
    const upload = async (token: string, at: string) => {
      const { error } = await organizer.stack
        .client(token)
        .POST('/api/v1/control/offline-scans', { body: { scans: [{ nonce: randomUUID(), code: tickets[1].code, at, result: 'accepted' }] } });
      if (error) throw new Error(JSON.stringify(error));
    };
    const minuteAgo = new Date(Date.now() - 60_000);
    await upload(await device('Est 1', 'Est'), minuteAgo.toISOString());
    await upload(await device('Est 2', 'Est'), new Date(minuteAgo.getTime() + 20_000).toISOString());

    const conflict = page.getByTestId('dashboard-conflict');
    await conflict.waitFor();
    expect(await text(conflict.getByRole('link'))).toBe(`Commande ${orderNumber} · Parterre`);
    const admissions = (await conflict.getByTestId('dashboard-conflict-scan').allTextContents()).map((a) => a.replace(/\s+/g, ' ').trim());
    expect(admissions).toHaveLength(2);
    expect(admissions[0]).toMatch(/^Est 1, à .+ · hors ligne$/);
    expect(admissions[1]).toMatch(/^Est 2, à .+ · hors ligne · signalé comme conflit$/);
    await page.getByTestId('dashboard-inside').filter({ hasText: /^2$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'door-dashboard');
  });

  const dashboardReads = (url: URL) => url.pathname.endsWith('/control/dashboard');

  it('keeps the last figures, said stale, while the figures cannot be read, then goes on', async () => {
    await page.route(dashboardReads, (route) => route.abort('connectionrefused'));
    const stale = page.getByTestId('dashboard-stale');
    await stale.waitFor();
    expect(await text(stale)).toMatch(/^⚠ Mise à jour impossible : les chiffres affichés datent de \d\d:\d\d:\d\d\. Nouvel essai dans quelques secondes\.$/);
    expect(await inside()).toBe('2');
    await shot(page, 'door-dashboard-stale');
    await page.unroute(dashboardReads);
    await stale.waitFor({ state: 'detached' });
    await page.getByTestId('dashboard-updated').waitFor();
  });

  it('offers a performance that started a moment ago (its event has no date to come)', async () => {
    // Ten minutes ago is still today in Zurich after 00:10; the door of such a performance is still watched.
    const started = await organizer.createEvent({
      name: uniqueName('Déjà commencé'),
      dates: [{ startsAt: new Date(Date.now() - 600_000).toISOString() }],
      zones: [{ name: 'Salle', capacity: 10 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    await page.reload();
    await page.getByTestId(`dashboard-date-${started.dates[0].id}`).waitFor();
    await watchOnly(page);
  });

  it('fits a supervisor’s phone', async () => {
    const phone = await organizer.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const small = await organizer.organizerPage({ path: 'control/dashboard', context: phone });
    await watchOnly(small);
    await small.getByTestId('dashboard-conflict').waitFor();
    await small.getByTestId('dashboard-chart-table-toggle').click();
    await small.getByTestId('dashboard-chart-table').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(small)).toEqual([]);
    // Its "-desktop" picture is the phone's own, drawn at 390 px from the start.
    await shot(small, 'door-dashboard-phone');
    await phone.close();
  });
});
