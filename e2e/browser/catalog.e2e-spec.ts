import type { components } from '@guichet/api-client';
import type { Locator, Page } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { checkout } from '../support/pages';

type DisplayMode = components['schemas']['ShopSettingsResponse']['defaultDisplayMode'];

/**
 * The catalog in a real browser: the organizer's shop settings decide how a customer picks a date
 * of a multi-date event; remaining places can be hidden; pay-what-you-want and two currencies are
 * sold through the shop; an event built in the backoffice editor sells in EUR.
 */
describe('catalog in the browser', () => {
  const e2e = useOrganizer();

  async function putShopSettings(displayModes: DisplayMode[], defaultDisplayMode: DisplayMode, showRemaining: boolean): Promise<void> {
    const { error } = await e2e.admin.PUT('/api/v1/ticketings/{ticketingId}/shop-settings', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { displayModes, defaultDisplayMode, showRemaining },
    });
    if (error) throw new Error(JSON.stringify(error));
  }

  /** The organizer sets the shop's display options on the backoffice's "Boutique" page. */
  async function setShopSettingsInBackoffice(offered: DisplayMode[], defaultMode: DisplayMode, showRemaining = true): Promise<void> {
    const page = await e2e.organizerPage();
    await page.getByTestId('nav-shop-settings').click();
    // Offer the wanted modes first, so the default can be chosen among them before others are unticked.
    for (const mode of offered) await page.getByTestId(`mode-${mode}`).check();
    await page.getByTestId('default-mode').selectOption(defaultMode);
    for (const mode of ['list', 'month', 'week'] as const) await page.getByTestId(`mode-${mode}`).setChecked(offered.includes(mode));
    await page.getByTestId('show-remaining').setChecked(showRemaining);
    expect(await page.getByTestId('default-mode').inputValue()).toBe(defaultMode);
    await page.getByTestId('save-shop-settings').click();
    await page.getByTestId('shop-settings-saved').waitFor();
    await page.close();
    const { data } = await e2e.stack.client().GET('/api/v1/shop/{slug}', { params: { path: { slug: SLUG } } });
    expect(data!.display).toEqual({ displayModes: offered, defaultDisplayMode: defaultMode, showRemaining });
  }

  /** Opens an event from the shop's home page, recording the tracking triggers. */
  async function openInShop(eventName: string): Promise<Page> {
    const page = await e2e.browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __ike: unknown[] };
      w.__ike = [];
      for (const name of ['ike_event_view', 'ike_date_view']) {
        document.addEventListener(name, (e) => w.__ike.push({ type: name, detail: (e as CustomEvent).detail }));
      }
    });
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByText(eventName).click();
    await expect(page.getByTestId('event-title').textContent()).resolves.toBe(eventName);
    return page;
  }

  /** Waits until the element's text matches (the SPA updates after a click or a response), then checks it. */
  async function expectText(locator: Locator, expected: RegExp): Promise<void> {
    try {
      await locator.filter({ hasText: expected }).waitFor();
    } catch {
      throw new Error(`"${await locator.textContent()}" does not match ${expected}`);
    }
  }

  const displayModesShown = (page: Page) => page.locator('[data-testid^="display-mode-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));

  const zone = (name: string, capacity: number) => ({ name, capacity });

  it('list mode: the dates are listed in order and choosing one opens its zones and prices', async () => {
    const name = uniqueName('Tartuffe');
    const event = await e2e.createEvent({
      name,
      venue: 'Grande salle',
      kind: 'multi',
      dates: [{ startsAt: '2027-02-19T20:00:00+01:00' }, { startsAt: '2027-02-05T20:00:00+01:00' }, { startsAt: '2027-02-06T17:00:00+01:00' }],
      zones: [zone('Parterre', 80)],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    await setShopSettingsInBackoffice(['list', 'week'], 'list');

    const page = await openInShop(name);
    expect(await displayModesShown(page)).toEqual(['display-mode-list', 'display-mode-week']);
    const list = page.getByTestId('date-list');
    await list.waitFor();
    const rows = await list.locator('li').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('5 février 2027 à 20:00');
    expect(rows[1]).toContain('6 février 2027 à 17:00');
    expect(rows[2]).toContain('19 février 2027 à 20:00');
    expect(rows[0]).toContain('Parterre : 80 places restantes');
    await expect(page.getByTestId('booking-choose-date').isVisible()).resolves.toBe(true);

    const saturday = event.dates.find((d) => d.startsAt.startsWith('2027-02-06'))!;
    await page.getByTestId(`pick-date-${saturday.id}`).click();
    await expectText(page.getByTestId('booking-date'), /6 février 2027 à 17:00/);
    await page.waitForURL((url) => url.searchParams.get('date') === saturday.id);
    expect(await page.getByTestId(`quantity-${event.prices[0].id}`).isVisible()).toBe(true);
    const fired = await page.evaluate(() => (window as unknown as { __ike: { type: string; detail: unknown }[] }).__ike);
    expect(fired.find((e) => e.type === 'ike_date_view')?.detail).toEqual({ name, date: saturday.startsAt });
    await page.close();
  });

  it('month mode: the month grid marks the days with dates, and moves to the next month', async () => {
    const name = uniqueName('Phèdre');
    const event = await e2e.createEvent({
      name,
      kind: 'multi',
      dates: [{ startsAt: '2027-02-10T20:00:00+01:00' }, { startsAt: '2027-02-12T20:00:00+01:00' }, { startsAt: '2027-03-03T19:00:00+01:00' }],
      zones: [zone('Parterre', 80)],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    await setShopSettingsInBackoffice(['list', 'month'], 'month');

    const page = await openInShop(name);
    expect(await displayModesShown(page)).toEqual(['display-mode-list', 'display-mode-month']);
    await page.getByTestId('month-calendar').waitFor();
    await expect(page.getByTestId('month-title').textContent()).resolves.toBe('février 2027');
    const marked = () => page.locator('[data-testid="month-calendar"] .cell.marked').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
    expect(await marked()).toEqual(['2027-02-10', '2027-02-12']);
    expect(await page.locator('[data-day="2027-02-10"]').textContent()).toContain('20:00');
    expect(await page.getByTestId('month-prev').isDisabled()).toBe(true);

    await page.getByTestId('month-next').click();
    await expectText(page.getByTestId('month-title'), /^mars 2027$/);
    expect(await marked()).toEqual(['2027-03-03']);
    expect(await page.getByTestId('month-next').isDisabled()).toBe(true);

    const march = event.dates.find((d) => d.startsAt.startsWith('2027-03-03'))!;
    await page.getByTestId(`pick-date-${march.id}`).click();
    await expectText(page.getByTestId('booking-date'), /3 mars 2027 à 19:00/);
    await page.close();
  });

  it('week mode: seven day columns list each performance’s time, week by week', async () => {
    const name = uniqueName('Le Chat botté');
    const event = await e2e.createEvent({
      name,
      kind: 'multi',
      dates: [
        { startsAt: '2027-02-13T14:00:00+01:00' },
        { startsAt: '2027-02-13T16:30:00+01:00' },
        { startsAt: '2027-02-14T15:00:00+01:00' },
        { startsAt: '2027-02-20T14:00:00+01:00' },
      ],
      zones: [zone('Gradins', 60)],
      prices: [{ name: 'Enfant', kind: 'fixed', amounts: [chf(1200)] }],
    });
    await setShopSettingsInBackoffice(['week'], 'week');

    const page = await openInShop(name);
    // A single offered mode needs no switcher.
    expect(await displayModesShown(page)).toEqual([]);
    const week = page.getByTestId('week-calendar');
    await week.waitFor();
    await expect(page.getByTestId('week-title').textContent()).resolves.toBe('Du 8 au 14 févr.');
    const columns = () =>
      week
        .locator('.column')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-day'), [...e.querySelectorAll('button')].map((b) => b.textContent!.trim())]));
    expect(await columns()).toEqual([
      ['2027-02-08', []],
      ['2027-02-09', []],
      ['2027-02-10', []],
      ['2027-02-11', []],
      ['2027-02-12', []],
      ['2027-02-13', ['14:00', '16:30']],
      ['2027-02-14', ['15:00']],
    ]);

    await page.getByTestId('week-next').click();
    await expectText(page.getByTestId('week-title'), /^Du 15 au 21 févr\.$/);
    expect((await columns())[5]).toEqual(['2027-02-20', ['14:00']]);
    await page.getByTestId('week-prev').click();

    const matinee = event.dates.find((d) => d.startsAt === '2027-02-13T15:30:00.000Z')!;
    await page.getByTestId(`pick-date-${matinee.id}`).click();
    await expectText(page.getByTestId('booking-date'), /13 février 2027 à 16:30/);
    await expect(page.getByTestId(`zone-places-${event.zones[0].id}`).textContent()).resolves.toBe('60 places restantes');
    await page.close();
  });

  it('hides the number of places left when the organizer turns it off, and still says "Complet"', async () => {
    const name = uniqueName('Récital');
    const event = await e2e.createEvent({
      name,
      kind: 'multi',
      dates: [{ startsAt: '2027-05-07T20:00:00+02:00' }, { startsAt: '2027-05-08T20:00:00+02:00' }],
      zones: [zone('Parterre', 30), zone('Loge', 1)],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    const friday = event.dates.find((d) => d.startsAt.startsWith('2027-05-07'))!;
    const parterre = event.zones.find((z) => z.name === 'Parterre')!;
    const loge = event.zones.find((z) => z.name === 'Loge')!;
    // The only seat of the box on Friday is sold.
    const cart = await e2e.stack.client().POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: friday.id, zoneId: loge.id, priceId: event.prices[0].id, quantity: 1 }] },
    });
    const sold = await e2e.stack.client().POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Paul', lastName: 'Loge', email: 'paul.loge@example.ch' }, paymentMethod: 'on_site' },
    });
    expect(sold.response.status).toBe(201);
    await setShopSettingsInBackoffice(['list'], 'list', false);

    const page = await openInShop(name);
    const list = page.getByTestId('date-list');
    await list.waitFor();
    const text = await list.textContent();
    expect(text).not.toMatch(/\d+ places? restantes?/);
    expect(text).toContain('Parterre : Disponible');
    expect(text).toContain('Loge : Complet');

    await page.getByTestId(`pick-date-${friday.id}`).click();
    await expect(page.getByTestId(`zone-places-${parterre.id}`).textContent()).resolves.toBe('Disponible');
    await expect(page.getByTestId(`zone-places-${loge.id}`).textContent()).resolves.toBe('Complet');
    expect(await page.locator(`[data-testid="zone-${loge.id}"] input`).isDisabled()).toBe(true);
    await page.close();
  });

  it('sells a pay-what-you-want ticket at the buyer’s amount and refuses one under the minimum', async () => {
    const name = uniqueName('Concert libre');
    const event = await e2e.createEvent({
      name,
      dates: [{ startsAt: '2027-04-22T19:00:00+02:00' }],
      zones: [zone('Nef', 120)],
      prices: [{ name: 'Prix libre', kind: 'pay_what_you_want', amounts: [chf(1000), { amount: 1000, currency: 'EUR' }] }],
    });
    await putShopSettings(['list', 'month', 'week'], 'list', true);
    const priceId = event.prices[0].id;
    const email = `libre.${Date.now()}@example.ch`;

    const page = await openInShop(name);
    await page.getByTestId(`quantity-${priceId}`).selectOption('2');
    await page.getByTestId(`pwyw-amount-${priceId}`).fill('8.50');
    await page.getByTestId('add-to-cart').click();
    await expect(page.getByTestId(`pwyw-error-${priceId}`).textContent()).resolves.toMatch(/Le minimum est de 10\.00\sCHF/);
    expect(page.url()).not.toContain('/cart/');

    await page.getByTestId(`pwyw-amount-${priceId}`).fill('15.50');
    await page.getByTestId(`pwyw-error-${priceId}`).waitFor({ state: 'detached' });
    await expectText(page.getByTestId('booking-total'), /^31\.00\sCHF$/);
    await page.getByTestId('add-to-cart').click();
    await expect(page.getByTestId('cart-total').textContent()).resolves.toMatch(/^31\.00\sCHF$/);
    await checkout(page, email);

    const order = await e2e.orderOf(email);
    expect(order.total).toEqual({ amount: 3100, currency: 'CHF' });
    expect(order.tickets.map((t) => t.price)).toEqual([chf(1550), chf(1550)]);
    await page.close();
  });

  it('an event built in the backoffice editor, with a capacity changed in the grid, sells in EUR', async () => {
    const name = uniqueName('Bérénice');
    await putShopSettings(['list', 'month', 'week'], 'list', true);

    // The organizer creates a two-date event with two zones and a price in CHF and EUR.
    const organizer = await e2e.organizerPage();
    await organizer.getByTestId('new-event').click();
    await organizer.getByTestId('event-name').fill(name);
    await organizer.getByTestId('event-venue').fill('Grande salle');
    await organizer.getByTestId('event-kind-multi').click();
    await organizer.getByTestId('date-starts-at-0').fill('2027-04-09T20:00');
    await organizer.getByTestId('add-date').click();
    await organizer.getByTestId('date-starts-at-1').fill('2027-04-10T20:00');
    await organizer.getByTestId('zone-name-0').fill('Parterre');
    await organizer.getByTestId('zone-capacity-0').fill('50');
    await organizer.getByTestId('add-zone').click();
    await organizer.getByTestId('zone-name-1').fill('Balcon');
    await organizer.getByTestId('zone-capacity-1').fill('10');
    await organizer.getByTestId('price-name-0').fill('Plein tarif');
    await organizer.getByTestId('price-amount-CHF-0').fill('30');
    await organizer.getByTestId('price-amount-EUR-0').fill('32.50');
    await organizer.getByTestId('create-event').click();
    await expect(organizer.getByTestId('event-detail-name').textContent()).resolves.toBe(name);
    // A new event is a draft: publish it from its page.
    await organizer.getByTestId('publish-event').click();
    await organizer.getByTestId('unpublish-event').waitFor();
    const eventId = organizer.url().split('/').pop()!;
    const created = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/events/{eventId}', { params: { path: { ticketingId: e2e.ticketingId, eventId } } });
    const saturday = created.data!.dates.find((d) => d.startsAt === '2027-04-10T18:00:00.000Z')!;
    const balcony = created.data!.zones.find((z) => z.name === 'Balcon')!;
    expect(created.data!.kind).toBe('multi');
    expect(created.data!.zones.map((z) => [z.name, z.capacity]).sort()).toEqual([
      ['Balcon', 10],
      ['Parterre', 50],
    ]);
    expect(created.data!.prices[0].amounts).toEqual([chf(3000), { amount: 3250, currency: 'EUR' }]);

    // Saturday's balcony gets 4 places instead of 10.
    const cell = `${saturday.id}-${balcony.id}`;
    await organizer.getByTestId(`capacity-input-${cell}`).fill('4');
    await organizer.getByTestId(`capacity-input-${cell}`).press('Enter');
    await expectText(organizer.getByTestId(`remaining-${cell}`), /restants\s*4$/);
    const { data: event } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/events/{eventId}', {
      params: { path: { ticketingId: e2e.ticketingId, eventId } },
    });
    expect(event!.dates.find((d) => d.id === saturday.id)!.availability.find((a) => a.zoneId === balcony.id)!.capacity).toBe(4);

    // A customer buys two balcony seats on Saturday, in euros.
    const email = `euro.${Date.now()}@example.ch`;
    const customer = await openInShop(name);
    await customer.getByTestId(`pick-date-${saturday.id}`).click();
    await customer.getByTestId(`zone-${balcony.id}`).click();
    await expect(customer.getByTestId(`zone-places-${balcony.id}`).textContent()).resolves.toBe('4 places restantes');
    await customer.getByTestId('currency-EUR').click();
    await customer.getByTestId(`quantity-${event!.prices[0].id}`).selectOption('2');
    await expectText(customer.getByTestId('booking-total'), /^65\.00\s€$/);
    await customer.getByTestId('add-to-cart').click();
    await expect(customer.getByTestId('cart-total').textContent()).resolves.toMatch(/^65\.00\s€$/);
    await checkout(customer, email);
    const order = await e2e.orderOf(email);
    expect(order.total).toEqual({ amount: 6500, currency: 'EUR' });

    // Back in the editor: two sold, and the capacity cannot go under them.
    await organizer.reload();
    await expect(organizer.getByTestId(`remaining-${cell}`).textContent()).resolves.toMatch(/restants\s*2$/);
    await organizer.getByTestId(`capacity-input-${cell}`).fill('1');
    await organizer.getByTestId(`capacity-input-${cell}`).press('Enter');
    await expect(organizer.getByTestId(`capacity-error-${cell}`).textContent()).resolves.toContain('2 places sont déjà vendues ou en panier');
    await customer.close();
    await organizer.close();
  });
});
