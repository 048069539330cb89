import type { components } from '@guichet/api-client';
import type { Page } from 'playwright-core';
import { ADMIN, chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];
type SeatInput = components['schemas']['SeatInput'];

/**
 * Issue 8 ("first impressions"), the organizer's side in a real browser: events listed by next
 * date with past ones behind a toggle and drafts published from their page; an event's image and
 * its two crops; sales windows the shop follows; the shop's branding; seats blocked for one date
 * that the shop cannot pick; the order history in sentences; a control user's menus and landing
 * page; French pages for a refused login, a wrong address and a page a role may not use.
 */
describe('first impressions in the backoffice', () => {
  const e2e = useOrganizer();
  const DAY = 86_400_000;

  /** An ISO instant `days` from now (whole minutes). */
  const inDays = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000).toISOString();

  async function getEvent(eventId: string): Promise<EventResponse> {
    const { data, error } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/events/{eventId}', {
      params: { path: { ticketingId: e2e.ticketingId, eventId } },
    });
    if (error) throw new Error(JSON.stringify(error));
    return data;
  }

  /** A PNG drawn by the browser's canvas: a coloured field with a white square in its middle. */
  async function png(page: Page, width: number, height: number, colour: string): Promise<Buffer> {
    const base64 = await page.evaluate(
      ([w, h, c]) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const draw = canvas.getContext('2d')!;
        draw.fillStyle = c;
        draw.fillRect(0, 0, w, h);
        draw.fillStyle = '#ffffff';
        draw.fillRect(w / 3, h / 3, w / 3, h / 3);
        return canvas.toDataURL('image/png').split(',')[1];
      },
      [width, height, colour] as [number, number, string],
    );
    return Buffer.from(base64, 'base64');
  }

  /** The natural size of a loaded image, waiting for it to load. */
  async function naturalSize(page: Page, testId: string): Promise<{ width: number; height: number }> {
    const img = page.getByTestId(testId);
    await img.waitFor();
    await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle());
    return img.evaluate((el) => ({ width: (el as HTMLImageElement).naturalWidth, height: (el as HTMLImageElement).naturalHeight }));
  }

  /** A date shown as "dd.mm.yyyy hh:mm", as a sortable number. */
  const sortable = (shown: string) => {
    const m = /(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})/.exec(shown);
    return m ? Number(`${m[3]}${m[2]}${m[1]}${m[4]}${m[5]}`) : Number.POSITIVE_INFINITY;
  };

  it('lists events by next date with past ones behind a toggle, and a draft is published from its page', async () => {
    const draftName = uniqueName('Andromaque');
    const pastName = uniqueName('Bérénice');
    const { data: draft, error } = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/events', {
      params: { path: { ticketingId: e2e.ticketingId } },
      // No status: a new event is a draft.
      body: {
        name: draftName,
        venue: 'Petite salle',
        dates: [{ startsAt: inDays(3) }],
        zones: [{ name: 'Placement libre', capacity: 40 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
      },
    });
    if (error) throw new Error(JSON.stringify(error));
    expect(draft.status).toBe('draft');
    await e2e.createEvent({
      name: pastName,
      dates: [{ startsAt: inDays(-2) }],
      zones: [{ name: 'Placement libre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });

    const page = await e2e.organizerPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('event-table').waitFor();
    const rows = page.locator('[data-testid^="event-row-"]');
    const names = (await rows.locator('strong').allTextContents()).map((n) => n.trim());
    // Upcoming only, by next date: the past event is not there; the dates never go back.
    expect(names).toContain(draftName);
    expect(names).not.toContain(pastName);
    const dates = (await page.getByTestId('event-next-date').allTextContents()).map(sortable);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(await text(page.getByTestId(`event-row-${draftName}`).getByTestId('event-status'))).toBe('Brouillon');
    // A seated event counts its seats: sold / capacity, never 0 / 0.
    const cyrano = await text(page.getByTestId('event-row-Cyrano de Bergerac').getByTestId('event-fill'));
    const [sold, capacity] = cyrano.split(' / ').map(Number);
    expect(capacity).toBeGreaterThan(0);
    expect(sold).toBeGreaterThan(0);
    await shot(page, 'fi-events-upcoming');

    await page.getByTestId('events-past').click();
    await page.getByTestId(`event-row-${pastName}`).waitFor();
    expect(await page.getByTestId(`event-row-${draftName}`).count()).toBe(0);
    await shot(page, 'fi-events-past');
    await page.getByTestId('events-upcoming').click();

    await page.getByTestId(`event-row-${draftName}`).locator('a').click();
    await page.getByTestId('draft-notice').waitFor();
    const shopSees = async () =>
      ((await e2e.stack.client().GET('/api/v1/shop/{slug}/events', { params: { path: { slug: SLUG } } })).data?.items ?? []).some((e) => e.id === draft.id);
    expect(await shopSees()).toBe(false);
    await shot(page, 'fi-event-draft');
    await page.getByTestId('publish-event').click();
    await page.getByTestId('unpublish-event').waitFor();
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    expect(await text(page.locator('.page-header .badge').first())).toBe('Publié');
    expect(await shopSees()).toBe(true);
    // And back out of the shop.
    await page.getByTestId('unpublish-event').click();
    await page.getByTestId('publish-event').waitFor();
    expect(await shopSees()).toBe(false);
    await page.close();
  });

  it('refuses to publish an event without a scheduled date, in French', async () => {
    // An event whose only date is cancelled cannot be published: said with the catalog's words.
    const event = await e2e.createEvent({
      name: uniqueName('Phèdre'),
      status: 'draft',
      dates: [{ startsAt: inDays(5) }],
      zones: [{ name: 'Placement libre', capacity: 10 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2000)] }],
    });
    await e2e.admin.PATCH('/api/v1/ticketings/{ticketingId}/events/{eventId}/dates/{dateId}', {
      params: { path: { ticketingId: e2e.ticketingId, eventId: event.id, dateId: event.dates[0].id } },
      body: { status: 'cancelled' },
    });
    const organizer = await e2e.organizerPage({ path: `events/${event.id}` });
    await organizer.getByTestId('publish-event').click();
    expect(await text(organizer.getByTestId('problem'))).toContain('Pour publier cet événement, ajoutez-lui une date programmée.');
    expect(await text(organizer.getByTestId('problem'))).not.toMatch(/[Pp]ublish/);

    // An address that cannot name an event is a missing page; an event that does not exist says so.
    await organizer.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/events/pas-un-identifiant`);
    expect(await text(organizer.getByTestId('not-found'))).toContain('Page introuvable');
    expect(organizer.url()).toBe(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/events/pas-un-identifiant`);
    await organizer.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/events/00000000-0000-4000-8000-000000000000`);
    expect(await text(organizer.getByTestId('problem'))).toContain('Cet événement n’existe pas ou plus.');
    await organizer.close();
  });

  it('uploads an event image and previews its shop card and ticket crops; the shop shows it', async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Britannicus'),
      dates: [{ startsAt: inDays(6) }],
      zones: [{ name: 'Placement libre', capacity: 30 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2800)] }],
    });
    const page = await e2e.organizerPage({ path: `events/${event.id}` });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('event-image-none').waitFor();
    await page.getByTestId('event-image-file').setInputFiles({ name: 'affiche.png', mimeType: 'image/png', buffer: await png(page, 1200, 900, '#2d6a4f') });
    const card = await naturalSize(page, 'event-image-card');
    const ticket = await naturalSize(page, 'event-image-ticket');
    expect(card.width / card.height).toBeCloseTo(16 / 9, 1);
    expect(ticket.width / ticket.height).toBeCloseTo(4, 1);
    await page.getByTestId('event-image').scrollIntoViewIfNeeded();
    await shot(page, 'fi-event-image');

    // Not an image: refused in French, nothing changed.
    await page.getByTestId('event-image-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une image') });
    expect(await text(page.getByTestId('event-image').getByTestId('problem'))).toContain('Ce fichier n’est pas une image JPEG, PNG ou WebP.');
    await page.close();

    const { data: shopEvent } = await e2e.stack.client().GET('/api/v1/shop/{slug}/events/{eventId}', { params: { path: { slug: SLUG, eventId: event.id } } });
    expect(shopEvent!.image).not.toBeNull();
    const served = await fetch(`${e2e.stack.apiUrl}${shopEvent!.image!.cardUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\//);
  });

  it('sets sales windows on the event and on a price, with the venue address and the doors time; the shop follows them', async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Polyeucte'),
      dates: [{ startsAt: '2027-06-11T20:00:00+02:00' }],
      zones: [{ name: 'Placement libre', capacity: 30 }],
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] },
        { name: 'Early bird', kind: 'fixed', amounts: [chf(2200)] },
      ],
    });
    const page = await e2e.organizerPage({ path: `events/${event.id}` });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('event-info').waitFor();
    await page.getByTestId('info-venue-address').fill('Rue du Château 3, 1510 Moudon');
    await page.getByTestId('info-sales-start').fill('2027-06-12T10:00');
    await page.getByTestId('info-sales-end').fill('2027-06-01T10:00');
    await page.getByTestId('info-save').click();
    // Checked before sending, next to the field.
    expect(await text(page.getByTestId('event-info').locator('.has-error'))).toContain('La fin de la vente doit suivre son ouverture.');
    // The event on sale from a date to come: the shop says "not yet".
    await page.getByTestId('info-sales-start').fill('2027-05-01T10:00');
    await page.getByTestId('info-sales-end').fill('');
    await page.getByTestId('info-save').click();
    await page.getByTestId('event-window').waitFor();
    expect(await text(page.getByTestId('event-window'))).toBe('Événement en vente dès le 01.05.2027 10:00');

    // The second price only until a date before the show.
    await page.getByTestId('edit-price-1').click();
    await page.getByTestId('price-sales-end').fill('2027-05-15T23:59');
    await page.getByTestId('price-save').click();
    await page.getByTestId('price-window-1').waitFor();
    expect(await text(page.getByTestId('price-window-1'))).toBe('en vente jusqu’au 15.05.2027 23:59');

    // Doors open at 19:15.
    await page.getByTestId('move-date').click();
    await page.getByTestId('move-doors-at').fill('2027-06-11T19:15');
    await page.getByTestId('move-save').click();
    await page.getByTestId('date-doors').waitFor();
    expect(await text(page.getByTestId('date-doors'))).toBe('portes à 19:15');
    await shot(page, 'fi-event-windows');
    await page.close();

    const saved = await getEvent(event.id);
    expect(saved).toMatchObject({
      venueAddress: 'Rue du Château 3, 1510 Moudon',
      salesStartAt: expect.stringMatching(/^2027-05-01T08:00:00/),
      salesEndAt: null,
    });
    expect(saved.dates[0].doorsAt).toMatch(/^2027-06-11T17:15:00/);
    const { data: shopEvent } = await e2e.stack.client().GET('/api/v1/shop/{slug}/events/{eventId}', { params: { path: { slug: SLUG, eventId: event.id } } });
    expect(shopEvent).toMatchObject({ salesStatus: 'not_open_yet', venueAddress: 'Rue du Château 3, 1510 Moudon' });
    expect(shopEvent!.prices.find((p) => p.name === 'Early bird')!.salesEndAt).toMatch(/^2027-05-15T21:59:00/);
  });

  it('brands the shop: logo, main colour, contact details and legal links, previewed, then in the shop', async () => {
    const page = await e2e.organizerPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('nav-shop-settings').click();
    await page.getByTestId('shop-branding').waitFor();
    await page.getByTestId('brand-color').fill('vert');
    await page.getByTestId('save-branding').click();
    expect(await text(page.getByTestId('shop-branding').locator('.has-error'))).toContain('Une couleur s’écrit #rrggbb');

    await page.getByTestId('brand-color').fill('#1d4e89');
    await page.getByTestId('brand-email').fill('billetterie@remparts.ch');
    await page.getByTestId('brand-phone').fill('+41 21 905 00 00');
    await page.getByTestId('brand-address').fill('Rue du Château 3, 1510 Moudon');
    await page.getByTestId('brand-terms').fill('https://remparts.ch/conditions');
    await page.getByTestId('brand-privacy').fill('https://remparts.ch/confidentialite');
    await page.getByTestId('shop-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await png(page, 600, 200, '#1d4e89') });
    await naturalSize(page, 'shop-logo-image');
    // The preview follows the form before it is saved.
    const preview = page.getByTestId('branding-preview');
    expect(await preview.getByTestId('branding-preview-button').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 78, 137)');
    expect(await text(preview)).toContain('+41 21 905 00 00 · billetterie@remparts.ch');
    expect(await text(preview)).toContain('Conditions générales');
    await page.getByTestId('save-branding').click();
    await page.getByTestId('branding-saved').waitFor();
    await shot(page, 'fi-branding');
    await page.close();

    const { data: shop } = await e2e.stack.client().GET('/api/v1/shop/{slug}', { params: { path: { slug: SLUG } } });
    expect(shop!.branding).toMatchObject({
      mainColor: '#1d4e89',
      contact: { email: 'billetterie@remparts.ch', phone: '+41 21 905 00 00', address: 'Rue du Château 3, 1510 Moudon' },
      termsUrl: 'https://remparts.ch/conditions',
      privacyUrl: 'https://remparts.ch/confidentialite',
    });
    const logo = await fetch(`${e2e.stack.apiUrl}${shop!.branding.logo!.url}`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
  });

  it('blocks seats for one date after sales opened; the shop cannot pick them, the other date keeps them', async () => {
    const seats: SeatInput[] = ['A', 'B'].flatMap((row, r) =>
      Array.from({ length: 6 }, (_, i) => ({ section: 'Parterre', row, number: String(i + 1), x: 30 + 30 * i, y: 30 + 30 * r, category: 'Catégorie 1' })),
    );
    const { data: plan, error } = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/seating-plans', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { name: uniqueName('Salle Molière'), width: 240, height: 120, seats },
    });
    if (error) throw new Error(JSON.stringify(error));
    const event = await e2e.createEvent({
      name: uniqueName('Tartuffe'),
      kind: 'multi',
      dates: [{ startsAt: '2027-06-18T20:00:00+02:00' }, { startsAt: '2027-06-19T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', planId: plan.id, category: 'Catégorie 1' }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3500)] }],
    });
    const [first, second] = [...event.dates].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

    const page = await e2e.organizerPage({ path: `events/${event.id}` });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId(`date-${first.id}`).getByTestId('block-seats').click();
    const dialog = page.getByTestId('seat-block-dialog');
    await dialog.getByTestId('block-seat-Parterre, rang A, place 3').click();
    await dialog.getByTestId('block-seat-Parterre, rang A, place 4').click();
    await dialog.getByTestId('block-seats-confirm').click();
    // The reason is asked for first.
    expect(await text(dialog.getByTestId('problem'))).toContain('Indiquez pourquoi ces places sont bloquées');
    await dialog.getByTestId('block-reason').fill('Presse');
    await dialog.getByTestId('block-seats-confirm').click();
    expect(await text(dialog.getByTestId('seat-block-notice'))).toBe('2 places bloquées pour cette date.');
    expect(await text(dialog.getByTestId('blocked-list'))).toContain('Presse — 2 places : Parterre, rang A, place 3 · Parterre, rang A, place 4');
    await shot(page, 'fi-block-seats');
    // Released one of them again.
    await dialog.getByTestId('block-seat-Parterre, rang A, place 4').click();
    await dialog.getByTestId('release-seats-confirm').click();
    expect(await text(dialog.getByTestId('seat-block-notice'))).toBe('1 place remise en vente.');
    await dialog.getByTestId('seat-block-close').click();
    await page.close();

    const saved = await getEvent(event.id);
    expect(saved.dates.find((d) => d.id === first.id)!.availability[0]).toMatchObject({ blocked: 1, capacity: 12, remaining: 11 });
    expect(saved.dates.find((d) => d.id === second.id)!.availability[0]).toMatchObject({ blocked: 0, remaining: 12 });
    // No new plan was made: the event still uses the one it had.
    expect(saved.zones[0].planId).toBe(plan.id);

    const seatId = plan.seats.find((s) => s.row === 'A' && s.number === '3')!.id;
    const shopState = async (dateId: string) => {
      const shop = await e2e.browser.newPage();
      await shop.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${event.id}?date=${dateId}`);
      await shop.getByTestId('event-title').waitFor();
      // One zone: its plan opens by itself.
      await shop.getByTestId('seat-picker').waitFor();
      const seat = shop.getByTestId(`seat-${seatId}`);
      const state = await seat.getAttribute('data-state');
      const role = await seat.getAttribute('role');
      await shop.close();
      return { state, role };
    };
    expect(await shopState(first.id)).toEqual({ state: 'blocked', role: 'img' });
    expect(await shopState(second.id)).toEqual({ state: 'free', role: 'button' });
  });

  it('tells the order history in sentences, never in raw keys', async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Le Cid'),
      dates: [{ startsAt: inDays(8) }],
      zones: [{ name: 'Placement libre', capacity: 30 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3030)] }],
    });
    const email = `rodrigue.${Date.now().toString(36)}@example.ch`;
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const checkout = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Chimène', lastName: 'Gormas', email }, paymentMethod: 'on_site' },
    });
    if (checkout.error) throw new Error(JSON.stringify(checkout.error));
    // The worker sends the confirmation, and writes it in the history.
    await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email));
    const order = await e2e.orderOf(email);

    const page = await e2e.organizerPage({ path: `orders/${order.id}` });
    await page.setViewportSize({ width: 1366, height: 900 });
    const history = page.getByTestId('history');
    await history.getByText(`E-mail de confirmation envoyé à ${email}`).waitFor();
    const titles = (await history.getByTestId('history-title').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(titles).toContainEqual('Commande passée — 3 billets, 90.90 CHF, paiement sur place');
    expect(titles).toContainEqual(`E-mail de confirmation envoyé à ${email}`);
    const all = await text(history);
    expect(all).toContain('Canal : Boutique en ligne');
    expect(all).not.toMatch(/cartId|status:|reserved|orders\.order|paymentMethod|template/);
    await history.scrollIntoViewIfNeeded();
    await shot(page, 'fi-order-history');
    await page.close();
  });

  it('gives a control user the control page and its menu only; wrong addresses and refused logins are in French', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${e2e.stack.backofficeUrl}/login`);
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill('pas-le-bon');
    await page.getByTestId('login-submit').click();
    expect(await text(page.getByTestId('problem'))).toContain('E-mail ou mot de passe incorrect.');
    expect(await text(page.getByTestId('problem'))).toContain('Connexion refusée');
    await shot(page, 'fi-login-refused');

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('login-email').fill('controle@remparts.demo');
    await page.getByTestId('login-password').fill('remparts-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('control-today').waitFor();
    expect(page.url()).toBe(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/control`);
    const menu = (await page.locator('.sidebar-nav .sidebar-link').allTextContents()).map((t) => t.trim());
    expect(menu).toEqual(['Contrôle']);
    expect(await text(page.locator('.sidebar-role'))).toBe('Contrôle');
    // The demo plays in the coming days: the page lists dates with the tickets to expect.
    expect(await page.getByTestId('control-date').count()).toBeGreaterThan(0);
    await page.getByTestId('device-name').fill('Entrée principale — scanner 1');
    await page.getByTestId('device-register').click();
    expect((await text(page.getByTestId('device-token'))).length).toBeGreaterThan(20);
    await shot(page, 'fi-control');

    // A page of another role: said before any form is refused.
    await page.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/events/new`);
    await page.getByTestId('not-allowed').waitFor();
    expect(await text(page.getByTestId('not-allowed'))).toContain('Votre rôle ne permet pas cette action.');
    expect(await page.getByTestId('create-event').count()).toBe(0);
    await shot(page, 'fi-not-allowed');
    await page.getByTestId('not-allowed-home').click();
    await page.getByTestId('control-today').waitFor();

    // Wrong addresses, inside a ticketing and outside.
    await page.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/nulle-part`);
    expect(await text(page.getByTestId('not-found'))).toContain('Page introuvable');
    await page.getByTestId('nav-control').waitFor();
    await page.goto(`${e2e.stack.backofficeUrl}/ailleurs/encore`);
    expect(await text(page.getByTestId('not-found'))).toContain('Page introuvable');
    await shot(page, 'fi-not-found');
    await context.close();
  });

  it('refuses a login for 15 minutes after five wrong passwords, even the right one, says so in French, and a password reset by email opens it again', async () => {
    const { admin, ticketingId, stack } = e2e;
    const email = `verrou.${Date.now().toString(36)}@remparts.test`;
    const { data: added, error } = await admin.POST('/api/v1/ticketings/{ticketingId}/members', {
      params: { path: { ticketingId } },
      body: { email, name: 'Léa Verrou', role: 'ticket_office' },
    });
    if (error) throw new Error(JSON.stringify(error));
    const mail = await stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(added.email));
    const token = new URL(/http\S+\/invitation\?token=[\w-]+/.exec(mail.text ?? '')![0]).searchParams.get('token')!;
    expect(
      (await stack.client().POST('/api/v1/invitation/accept', { params: { query: { token } }, body: { password: 'verrou-du-soir' } })).error,
    ).toBeUndefined();

    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${stack.backofficeUrl}/login`);
    await page.getByTestId('login-email').fill(email);
    for (let i = 1; i <= 5; i++) {
      await page.getByTestId('login-password').fill(`devine-${i}`);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('problem').filter({ hasText: 'E-mail ou mot de passe incorrect.' }).waitFor();
      // Each answer replaces the last: wait until this one is on screen before the next try.
      await page.getByTestId('login-submit').and(page.locator(':enabled')).waitFor();
    }
    await page.getByTestId('login-password').fill('verrou-du-soir');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('problem').filter({ hasText: 'Trop de mots de passe erronés' }).waitFor();
    expect(await text(page.getByTestId('problem'))).toContain('la connexion est bloquée pendant 15 minutes, même avec le bon mot de passe.');
    expect(page.url()).toBe(`${stack.backofficeUrl}/login`);
    await shot(page, 'fi-login-locked');

    // « Mot de passe oublié ? »: a link by email, a new password, in at once — the lock is gone with the old password.
    await page.getByTestId('login-forgotten').click();
    expect(await page.getByTestId('reset-email').inputValue()).toBe(email);
    const since = stack.mailbox.all().length;
    await page.getByTestId('reset-send').click();
    expect(await text(page.getByTestId('reset-sent'))).toContain(`Si ${email} est l’e-mail d’un accès à Guichet, un lien vient d’y être envoyé.`);
    await shot(page, 'fi-password-reset-sent');
    const resetMail = await stack.mailbox.waitFor((m) => stack.mailbox.all().indexOf(m) >= since && JSON.stringify(m.to).includes(email));
    expect(resetMail.subject).toBe('Choisir un nouveau mot de passe sur Guichet');
    await page.goto(/http\S+\/reset-password\?token=[\w-]+/.exec(resetMail.text ?? '')![0]);
    await page.getByTestId('reset-password').fill('nouveau-du-soir');
    await page.getByTestId('reset-confirmation').fill('nouveau-du-soi');
    await page.getByTestId('reset-save').click();
    expect(await text(page.getByTestId('password-reset-page'))).toContain('Les deux mots de passe ne sont pas identiques.');
    await page.getByTestId('reset-confirmation').fill('nouveau-du-soir');
    await shot(page, 'fi-password-reset-choose');
    await page.getByTestId('reset-save').click();
    // The ticket office lands on its sale screen, logged in.
    await page.getByTestId('counter-picker').waitFor();
    expect((await stack.client().POST('/api/v1/auth/login', { body: { email, password: 'verrou-du-soir' } })).response.status).toBe(401);
    expect((await stack.client().POST('/api/v1/auth/login', { body: { email, password: 'nouveau-du-soir' } })).response.status).toBe(200);
    await page.close();
  });

  it('gives the ticket office its menus, the event pages to read, and the blocking of seats for a date', async () => {
    const { admin, ticketingId, stack } = e2e;
    const email = `caisse.${Date.now().toString(36)}@remparts.test`;
    const { data: added, error } = await admin.POST('/api/v1/ticketings/{ticketingId}/members', {
      params: { path: { ticketingId } },
      body: { email, name: 'Paul Caisse', role: 'ticket_office' },
    });
    if (error) throw new Error(JSON.stringify(error));
    const mail = await stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(added.email));
    const token = new URL(/http\S+\/invitation\?token=[\w-]+/.exec(mail.text ?? '')![0]).searchParams.get('token')!;
    const accepted = await stack.client().POST('/api/v1/invitation/accept', { params: { query: { token } }, body: { password: 'caisse-du-soir' } });
    expect(accepted.error).toBeUndefined();

    const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.backofficeUrl}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('caisse-du-soir');
    await page.getByTestId('login-submit').click();
    // The ticket office lands on its sale screen (TO-1).
    await page.getByTestId('counter-picker').waitFor();
    const menu = (await page.locator('.sidebar-nav .sidebar-link').allTextContents()).map((t) => t.trim());
    expect(menu).toEqual(['Guichet', 'Événements', 'Commandes', 'Clients', 'Bons cadeaux']);
    await page.getByTestId('nav-events').click();
    await page.getByTestId('event-table').waitFor();
    expect(await page.getByTestId('new-event').count()).toBe(0);

    await page.getByTestId('event-row-Cyrano de Bergerac').locator('a').click();
    await page.getByTestId('read-only-notice').waitFor();
    for (const editing of ['publish-event', 'unpublish-event', 'duplicate-event', 'event-info', 'prices-card', 'move-date', 'cancel-date']) {
      expect(await page.getByTestId(editing).count()).toBe(0);
    }
    await page.getByTestId('block-seats').first().click();
    const dialog = page.getByTestId('seat-block-dialog');
    const free = dialog.locator('circle.choosable[data-status="free"]').first();
    await free.waitFor();
    const label = (await free.getAttribute('data-testid'))!.replace('block-seat-', '');
    await free.click();
    await dialog.getByTestId('block-reason').fill('Invités de la caisse');
    await dialog.getByTestId('block-seats-confirm').click();
    expect(await text(dialog.getByTestId('seat-block-notice'))).toBe('1 place bloquée pour cette date.');
    expect(await text(dialog.getByTestId('blocked-list'))).toContain(`Invités de la caisse — 1 place : ${label}`);
    await shot(page, 'fi-ticket-office-block');
    await context.close();
  });
});
