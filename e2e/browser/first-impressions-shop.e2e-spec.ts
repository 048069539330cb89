import type { components } from '@guichet/api-client';
import type { Locator, Page } from 'playwright-core';
import { ADMIN, chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { seriousAxeViolations } from '../support/axe';
import { fillCustomer, payOnSite, text } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Money as the shop writes it everywhere: "52.00 CHF" (one formatter per language and currency). */
const MONEY = /^−?\d{1,3}( \d{3})*\.\d{2} CHF$/; // after `text` collapsed its (narrow) no-break space
const BRAND_COLOUR = '#1f5f8b';

/** What a page checked here must hold at both widths: no sideways scrolling, no serious or critical axe violation, no English. */
async function checkPage(page: Page, name: string, part?: Locator): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    // The layout has answered the new width once the document is no wider than the window (or the check below says by how much).
    await page.waitForFunction((w) => document.documentElement.clientWidth === w, size.width);
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement!;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect({ page: name, width: size.width, ...overflow, fits: overflow.scrollWidth <= overflow.clientWidth }).toMatchObject({ fits: true });
    if (dir) {
      const path = `${dir}/first-impressions-${name}-${size.width}.png`;
      if (part) await part.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
    const violations = await seriousAxeViolations(page);
    expect({ page: name, width: size.width, violations }).toEqual({ page: name, width: size.width, violations: [] });
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/\b(not found|the|must|should|error|undefined|null|NaN)\b/i);
  }
  await page.setViewportSize(DESKTOP);
}

describe('first impressions in the shop (issue 8)', () => {
  const e2e = useOrganizer();
  let token = '';
  let seated: EventResponse;
  let soon: EventResponse;
  let cat1: string;
  let cat2: string;
  let fullPrice: string;
  let cat2Price: string;
  let earlyPrice: string;
  let promo = '';
  let page: Page;

  /** A picture made by the browser itself: a gradient screenshot, as PNG. */
  async function picture(width: number, height: number, colours: string): Promise<Buffer> {
    const p = await e2e.browser.newPage({ viewport: { width, height } });
    await p.setContent(`<body style="margin:0"><div style="width:${width}px;height:${height}px;background:linear-gradient(135deg,${colours})"></div></body>`);
    const png = await p.screenshot({ type: 'png' });
    await p.close();
    return png;
  }

  async function upload(path: string, field: string, png: Buffer): Promise<void> {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(png)], { type: 'image/png' }), `${field}.png`);
    const res = await fetch(`${e2e.stack.apiUrl}${path}`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: form });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }

  const seatButton = (p: Page, name: string) => p.getByRole('button', { name, exact: true });

  beforeAll(async () => {
    const login = await e2e.stack.client().POST('/api/v1/auth/login', { body: ADMIN });
    token = login.data!.accessToken;
    const ticketingId = e2e.ticketingId;

    // Two categories on one plan: rows A–C are Catégorie 1, rows D–E Catégorie 2.
    const seats = [];
    for (const [r, row] of ['A', 'B', 'C', 'D', 'E'].entries()) {
      for (let n = 1; n <= 10; n++) {
        seats.push({ section: 'Parterre', row, number: String(n), x: 20 + (n - 1) * 30, y: 20 + r * 30, category: r < 3 ? 'Catégorie 1' : 'Catégorie 2' });
      }
    }
    const plan = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/seating-plans', {
      params: { path: { ticketingId } },
      body: { name: uniqueName('Salle des fêtes'), width: 320, height: 170, seats },
    });
    if (plan.error) throw new Error(JSON.stringify(plan.error));

    const future = '2099-01-01T09:00:00.000Z';
    seated = await e2e.createEvent({
      name: uniqueName('Cyrano'),
      venue: 'Théâtre du Jorat',
      venueAddress: 'Route du Théâtre 2, 1083 Mézières',
      dates: [{ startsAt: '2027-04-16T20:00:00+02:00', doorsAt: '2027-04-16T19:30:00+02:00' }],
      zones: [
        { name: 'Catégorie 1', planId: plan.data.id, category: 'Catégorie 1' },
        { name: 'Catégorie 2', planId: plan.data.id, category: 'Catégorie 2' },
      ],
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [chf(5200)] },
        { name: 'Prévente membres', kind: 'fixed', amounts: [chf(4500)], salesStartAt: future },
      ],
    });
    [cat1, cat2] = [seated.zones[0].id, seated.zones[1].id];
    fullPrice = seated.prices[0].id;
    earlyPrice = seated.prices[1].id;
    // Each category its own price: 52.00 in Catégorie 1, 30.00 in Catégorie 2.
    for (const priceId of [fullPrice, earlyPrice]) {
      const edited = await e2e.admin.PATCH('/api/v1/ticketings/{ticketingId}/events/{eventId}/prices/{priceId}', {
        params: { path: { ticketingId, eventId: seated.id, priceId } },
        body: { zoneIds: [cat1] },
      });
      if (edited.error) throw new Error(JSON.stringify(edited.error));
    }
    const added = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/events/{eventId}/prices', {
      params: { path: { ticketingId, eventId: seated.id } },
      body: { name: 'Catégorie 2', kind: 'fixed', amounts: [chf(3000)], zoneIds: [cat2] },
    });
    if (added.error) throw new Error(JSON.stringify(added.error));
    cat2Price = added.data.prices.find((p) => p.name === 'Catégorie 2')!.id;

    // On sale later, and a week earlier: listed first (by next date).
    soon = await e2e.createEvent({
      name: uniqueName('Les Fourberies'),
      dates: [{ startsAt: '2027-04-09T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 80 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3500)] }],
      salesStartAt: future,
    });

    await upload(`/api/v1/ticketings/${ticketingId}/events/${seated.id}/image`, 'image', await picture(1600, 900, '#0b3d5c,#e0a030'));
    await upload(`/api/v1/ticketings/${ticketingId}/shop-branding/logo`, 'logo', await picture(400, 120, `${BRAND_COLOUR},#ffffff`));
    const branding = await e2e.admin.PUT('/api/v1/ticketings/{ticketingId}/shop-branding', {
      params: { path: { ticketingId } },
      body: {
        mainColor: BRAND_COLOUR,
        contactEmail: 'billetterie@remparts.demo',
        contactPhone: '+41 21 555 12 34',
        contactAddress: 'Place du Marché 1, 1510 Moudon',
        termsUrl: 'https://remparts.example/cgv',
        privacyUrl: 'https://remparts.example/confidentialite',
      },
    });
    if (branding.error) throw new Error(JSON.stringify(branding.error));

    // Someone bought B5 already: the map shows it taken.
    const { data: map } = await e2e.stack.client().GET('/api/v1/shop/{slug}/events/{eventId}/dates/{dateId}/seat-map', {
      params: { path: { slug: SLUG, eventId: seated.id, dateId: seated.dates[0].id } },
    });
    const b5 = map!.plans[0].seats.find((s) => s.row === 'B' && s.number === '5')!;
    const cart = await e2e.stack.client().POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { currency: 'CHF', items: [{ dateId: seated.dates[0].id, zoneId: cat1, priceId: fullPrice, quantity: 1, seatIds: [b5.id] }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const bought = await e2e.stack.client().POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Paul', lastName: 'Avant', email: 'avant@example.ch' }, paymentMethod: 'on_site' },
    });
    if (bought.error) throw new Error(JSON.stringify(bought.error));

    promo = `DIX${Date.now().toString(36).toUpperCase()}`;
    const created = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/promo-codes', {
      params: { path: { ticketingId } },
      body: { code: promo, kind: 'percentage', percent: 10 },
    });
    if (created.error) throw new Error(JSON.stringify(created.error));

    page = await e2e.browser.newPage({ viewport: DESKTOP });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('lists events by next date with their image, places left (seats counted), sales window and the shop’s branding', async () => {
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    const card = page.getByTestId(`event-${seated.id}`);
    await card.waitFor();

    // 50 seats, one sold: a seated event with free seats is not "Complet".
    await expect(card.getByTestId('event-places').textContent()).resolves.toBe('49 places restantes');
    await expect(card.getByRole('img', { name: `Image de « ${seated.name} »` }).isVisible()).resolves.toBe(true);
    await card.getByRole('img').evaluate((img: HTMLImageElement) => img.decode());
    expect(await card.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);

    const later = page.getByTestId(`event-${soon.id}`);
    await expect(later.getByTestId('event-sales').textContent()).resolves.toBe('En vente dès le 1 janvier 2099 à 10:00');
    // Listed by next date: 9 April before 16 April.
    const order = await page
      .getByTestId('event-list')
      .locator('article')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')));
    expect(order.indexOf(`event-${soon.id}`)).toBeLessThan(order.indexOf(`event-${seated.id}`));

    // Branding: the logo, the main colour as the primary CSS variable, contact details and links in the footer.
    const logo = page.getByTestId('shop-logo');
    await logo.evaluate((img: HTMLImageElement) => img.decode());
    await expect(logo.getAttribute('alt')).resolves.toMatch(/^Logo de /);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--c-primary').trim())).resolves.toBe(BRAND_COLOUR);
    const footer = page.getByTestId('shop-footer');
    const contact = await footer.getByTestId('shop-contact').innerText();
    expect(contact).toContain('billetterie@remparts.demo');
    expect(contact).toContain('+41 21 555 12 34');
    expect(contact).toContain('Place du Marché 1, 1510 Moudon');
    await expect(footer.getByRole('link', { name: 'Conditions générales de vente' }).getAttribute('href')).resolves.toBe('https://remparts.example/cgv');
    await expect(footer.getByRole('link', { name: 'Protection des données' }).getAttribute('href')).resolves.toBe('https://remparts.example/confidentialite');

    await checkPage(page, 'home');
  });

  it('shows the event with its image, says when a price goes on sale and does not sell it before', async () => {
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${seated.id}`);
    await page.getByTestId('event-title').waitFor();
    await expect(page.getByTestId('event-image').getAttribute('alt')).resolves.toBe(`Image de « ${seated.name} »`);
    await expect(text(page.getByTestId('event-doors'))).resolves.toBe('Ouverture des portes à 19:30');
    await expect(text(page.getByTestId(`price-sales-${earlyPrice}`))).resolves.toBe('en vente dès le 1 janvier 2099 à 10:00');
    await expect(page.getByTestId(`quantity-${earlyPrice}`).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId(`quantity-${fullPrice}`).isDisabled()).resolves.toBe(false);
    await page.getByTestId('seat-picker').waitFor();
    await checkPage(page, 'event');

    // An event whose sale has not opened: said on its page, nothing to add to a cart.
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${soon.id}`);
    await expect(text(page.getByTestId('event-sales'))).resolves.toBe('En vente dès le 1 janvier 2099 à 10:00');
    await expect(page.getByTestId('add-to-cart').isDisabled()).resolves.toBe(true);
  });

  it('the seat map: rows and numbers, a legend with prices, four distinct looks, one tab stop, arrows, zoom and 24 px targets', async () => {
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${seated.id}`);
    const map = page.getByTestId('seat-picker');
    await map.waitFor();
    // The picker shows before its seats have loaded: wait for the last row, not a fixed time.
    await map.getByTestId('row-label').nth(4).waitFor();

    expect(await map.getByTestId('row-label').allTextContents()).toEqual(['A', 'B', 'C', 'D', 'E'].map((r) => expect.stringContaining(r)));
    await expect(text(page.getByTestId(`legend-category-${cat1}`))).resolves.toBe('Catégorie 1 · 52.00 CHF');
    await expect(text(page.getByTestId(`legend-category-${cat2}`))).resolves.toBe('Catégorie 2 · 30.00 CHF');

    // What a screen reader hears, in French, and the seat's number drawn on it.
    const a2 = seatButton(page, 'Parterre, rang A, place 2, Catégorie 1, 52.00 CHF, libre');
    await expect(a2.locator('text').textContent()).resolves.toMatch(/^\s*2\s*$/);
    await page.getByRole('img', { name: 'Parterre, rang B, place 5, Catégorie 1, 52.00 CHF, occupée', exact: true }).waitFor();
    const d1 = seatButton(page, 'Parterre, rang D, place 1, Catégorie 2, 30.00 CHF, libre, autre catégorie');
    await d1.waitFor();

    // Free, taken and other category look different (shape and colour); yours below once chosen.
    const look = (seat: Locator) =>
      seat.evaluate((g) => {
        const circle = getComputedStyle(g.querySelector('circle')!);
        return `${circle.fill}|${circle.stroke}|${g.querySelector('path') ? 'cross' : 'no-cross'}`;
      });
    const taken = page.getByRole('img', { name: /rang B, place 5,/ });
    const looks = [await look(a2), await look(taken), await look(d1)];
    expect(new Set(looks).size).toBe(3);
    expect(looks[1]).toContain('cross');

    // One tab stop: Tab from the zoom buttons lands on a seat, arrows move, Enter chooses, Tab leaves the map.
    expect(await map.locator('[data-seat-id][tabindex="0"]').count()).toBe(1);
    await page.getByTestId('zoom-in').focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '').replace(/\s+/g, ' '));
    await expect(focused()).resolves.toBe('Parterre, rang A, place 1, Catégorie 1, 52.00 CHF, libre');
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toBe('Parterre, rang A, place 2, Catégorie 1, 52.00 CHF, libre');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('Parterre, rang B, place 2, Catégorie 1, 52.00 CHF, libre');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByTestId('chosen-seat').filter({ hasText: 'Parterre, rang A, place 2' }).waitFor();
    await expect(focused()).resolves.toBe('Parterre, rang A, place 2, Catégorie 1, 52.00 CHF, choisie');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await page.getByTestId('chosen-seat').filter({ hasText: 'Parterre, rang A, place 3' }).waitFor();
    expect(new Set([...looks, await look(seatButton(page, 'Parterre, rang A, place 2, Catégorie 1, 52.00 CHF, choisie'))]).size).toBe(4);
    expect(await map.locator('[data-seat-id][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="seat-map-svg"]')))).resolves.toBe(false);
    await checkPage(page, 'seat-map', map);

    // On a phone every seat is at least a 24 px target, and the map zooms without the page scrolling sideways.
    await page.setViewportSize(PHONE);
    await page.waitForFunction(() => document.documentElement.clientWidth === 390);
    const smallest = await map
      .locator('rect.hit')
      .evaluateAll((rects) => Math.min(...rects.map((r) => Math.min(r.getBoundingClientRect().width, r.getBoundingClientRect().height))));
    expect(smallest).toBeGreaterThanOrEqual(24);
    const svgWidth = () => map.getByTestId('seat-map-svg').evaluate((svg) => svg.getBoundingClientRect().width);
    const before = await svgWidth();
    await page.getByTestId('zoom-in').click();
    await page.waitForFunction((w) => document.querySelector('[data-testid="seat-map-svg"]')!.getBoundingClientRect().width > w, before);
    await expect(page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).resolves.toBe(true);
    await page.getByTestId('zoom-out').click();
    await page.waitForFunction((w) => document.querySelector('[data-testid="seat-map-svg"]')!.getBoundingClientRect().width === w, before);
    // Two fingers spread apart on the plan zoom it too.
    const box = (await map.getByTestId('seat-map-viewport').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - spread, y: cy, id: 1 },
                { x: cx + spread, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 30);
    for (const spread of [50, 70, 90]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await page.waitForFunction((w) => document.querySelector('[data-testid="seat-map-svg"]')!.getBoundingClientRect().width > w * 2, before);
    await expect(page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).resolves.toBe(true);
    await cdp.detach();
    await page.setViewportSize(DESKTOP);

    // A seat of another category chosen on the map switches the booking to that category and its price.
    await d1.click();
    await page.getByTestId('chosen-seat').filter({ hasText: 'Parterre, rang D, place 1' }).waitFor();
    await expect(page.getByTestId(`zone-${cat2}`).locator('input').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId(`quantity-${cat2Price}`).inputValue()).resolves.toBe('1');
    await expect(text(page.getByTestId('booking-total'))).resolves.toBe('30.00 CHF');
    await expect(text(page.getByTestId('category-switched'))).resolves.toBe('Catégorie « Catégorie 2 » choisie.');
    expect(await page.getByTestId('chosen-seat').count()).toBe(1);
  });

  it('cart, checkout and confirmation name each part of a seat and add up: list prices, subtotal, discount once, total', async () => {
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${seated.id}`);
    await page.getByTestId('seat-picker').waitFor();
    await seatButton(page, 'Parterre, rang C, place 4, Catégorie 1, 52.00 CHF, libre').click();
    await seatButton(page, 'Parterre, rang C, place 5, Catégorie 1, 52.00 CHF, libre').click();
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('cart-seats').waitFor();

    const seatsText = await page.getByTestId('cart-seat').allInnerTexts();
    expect(seatsText.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['SECTION Parterre RANG C PLACE 4', 'SECTION Parterre RANG C PLACE 5']);
    const cartText = await page.locator('main').innerText();
    expect(cartText).toMatch(/ZONE\s+Catégorie 1/);
    expect(cartText).not.toContain('Catégorie 1 · Catégorie 1');

    await page.getByTestId('promo-input').fill(promo);
    await page.getByTestId('promo-apply').click();
    await page.getByTestId('cart-discount').waitFor();
    await expect(text(page.getByTestId('cart-subtotal'))).resolves.toBe('104.00 CHF');
    await expect(text(page.getByTestId('cart-discount'))).resolves.toBe('−10.40 CHF');
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('93.60 CHF');
    await checkPage(page, 'cart');

    // A refusal reads in French: an unknown promo code on the way (the applied one is removed first).
    await page.getByTestId('promo-remove').click();
    await page.getByTestId('promo-input').fill('INCONNU42');
    await page.getByTestId('promo-apply').click();
    await expect(text(page.getByTestId('promo-error'))).resolves.toBe('Ce code promo n’existe pas.');
    await page.getByTestId('promo-input').fill(promo);
    await page.getByTestId('promo-apply').click();
    await page.getByTestId('cart-discount').waitFor();

    await fillCustomer(page, 'premiere.impression@example.ch');
    await checkPage(page, 'checkout', page.locator('form.checkout'));
    await payOnSite(page);
    await page.getByTestId('confirm-order').click();
    await page.getByTestId('order-number').waitFor();

    const seatsOnTickets = (await page.getByTestId('ticket-seat').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(seatsOnTickets.sort()).toEqual(['ZONE Catégorie 1 SECTION Parterre RANG C PLACE 4', 'ZONE Catégorie 1 SECTION Parterre RANG C PLACE 5']);
    const listPrices = (await page.getByTestId('ticket-list-price').allTextContents()).map((a) => a.replace(/\s+/g, ' ').trim());
    expect(listPrices).toEqual(['52.00 CHF', '52.00 CHF']);
    await expect(text(page.getByTestId('order-subtotal'))).resolves.toBe('104.00 CHF');
    await expect(text(page.getByTestId('order-discount'))).resolves.toMatch(/^Réduction \(DIX\w+\)\s*−10\.40 CHF$/);
    await expect(text(page.getByTestId('order-total'))).resolves.toBe('93.60 CHF');
    expect(await page.getByTestId('order-discount').count()).toBe(1);
    // Every amount on the page is written the same way.
    for (const amount of [...listPrices, await text(page.getByTestId('order-subtotal')), await text(page.getByTestId('order-total'))]) {
      expect(amount).toMatch(MONEY);
    }
    await checkPage(page, 'confirmation');
  });

  it('says "Page introuvable" for an unknown page, event, shop or order, not the home page', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/shop/${SLUG}/nulle-part`,
      '/une/page/inconnue',
      `/shop/${SLUG}/events/${unknown}`,
      `/shop/${SLUG}/events/pas-un-identifiant`,
      '/shop/billetterie-inconnue',
      `/shop/${SLUG}/orders/${unknown}?token=x`,
    ]) {
      await page.goto(`${e2e.stack.shopUrl}${path}`);
      await page.getByTestId('not-found').waitFor();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page introuvable');
      expect(await page.getByTestId('event-list').count()).toBe(0);
    }
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${unknown}`);
    await page.getByTestId('not-found').waitFor();
    await checkPage(page, 'not-found');
  });
});
