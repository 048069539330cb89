import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';
import { decodeQrCodesFromPdf } from '../support/pdf';

/** ORD-11 and ORD-12 in the backoffice: bulk operations on an order's tickets, the selected tickets' PDF, and moving the order to another date. */
describe('ticket operations and reschedule in the backoffice', () => {
  const e2e = useOrganizer();

  /** An event with two dates, and an order of three tickets for the first one, placed in the shop. */
  async function orderOfThree() {
    const event = await e2e.createEvent({
      name: uniqueName('Opérations'),
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-06-10T20:00:00+02:00' }, { startsAt: '2027-06-11T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2000)] }],
    });
    const anonymous = e2e.stack.client();
    const cart = await anonymous.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] },
    });
    const email = `ops.${Date.now()}@example.ch`;
    const placed = await anonymous.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Jeanne', lastName: 'Dubois', email }, paymentMethod: 'on_site' },
    });
    expect(placed.response.status).toBe(201);
    return { event, order: await e2e.orderOf(email) };
  }

  const rows = (page: Page) => page.getByTestId('ticket-row');
  const statuses = async (page: Page) => Promise.all((await rows(page).all()).map((r) => text(r.getByTestId('ticket-status'))));

  async function select(page: Page, ticketIds: string[]) {
    for (const id of ticketIds) await page.locator(`[data-ticket-id="${id}"]`).getByTestId('ticket-select').check();
  }

  async function bulk(page: Page, action: string) {
    await page.getByTestId('ticket-bulk-action').selectOption(action);
    await page.getByTestId('ticket-bulk-apply').click();
  }

  it('applies bulk operations to selected tickets, downloads only them, and the door agrees', async () => {
    const { order } = await orderOfThree();
    const [a, b, c] = order.tickets;
    const device = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/control-devices', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { name: 'Porte e2e' },
    });
    const scanner = e2e.stack.client(device.data!.token);
    const scan = async (code: string) => (await scanner.POST('/api/v1/control/scans', { body: { code } })).data!.result;

    const page = await e2e.organizerPage({ path: `orders/${order.id}` });
    await rows(page).first().waitFor();
    expect(await rows(page).count()).toBe(3);

    // Nothing selected: the operation is unavailable, and says why.
    await page.getByTestId('ticket-bulk-action').selectOption('blacklist');
    expect(await page.getByTestId('ticket-bulk-apply').isDisabled()).toBe(true);
    await expect(text(page.getByTestId('ticket-bulk-why'))).resolves.toContain('Sélectionnez d’abord des billets');

    // Blacklist one ticket, after confirming.
    await select(page, [a.id]);
    await bulk(page, 'blacklist');
    await page.getByTestId('ticket-op-dialog').waitFor();
    await shot(page, 'ticket-operations-confirm');
    await page.getByTestId('ticket-op-confirm').click();
    await expect(text(page.getByTestId('ticket-bulk-notice'))).resolves.toContain('1 billet(s) mis sur liste noire');
    expect(await statuses(page)).toEqual(['Bloqué', 'Valide', 'Valide']);
    expect(await scan(a.code)).toBe('blacklisted');

    // A blacklisted ticket cannot be scanned in: the option says why and stays disabled.
    await select(page, [a.id, b.id]);
    await page.getByTestId('ticket-bulk-action').selectOption('scan_in');
    expect(await page.getByTestId('ticket-bulk-apply').isDisabled()).toBe(true);
    await expect(text(page.getByTestId('ticket-bulk-why'))).resolves.toContain('liste noire');

    // Set both unscanned: valid again at the door.
    await bulk(page, 'set_unscanned');
    await page.getByTestId('ticket-op-confirm').click();
    await expect(text(page.getByTestId('ticket-bulk-notice'))).resolves.toContain('2 billet(s) remis non scanné(s)');
    expect(await statuses(page)).toEqual(['Valide', 'Valide', 'Valide']);

    // Scan b in from the backoffice: the door then says "already used".
    await select(page, [b.id]);
    await bulk(page, 'scan_in');
    await page.getByTestId('ticket-op-confirm').click();
    await page.getByTestId('ticket-bulk-notice').filter({ hasText: 'entré' }).waitFor();
    await expect(text(page.locator(`[data-ticket-id="${b.id}"]`).getByTestId('ticket-scan'))).resolves.toContain('Entré');
    expect(await scan(b.code)).toBe('already_used');

    // Download only a and c: the PDF holds exactly their two codes.
    await select(page, [a.id, c.id]);
    await page.getByTestId('ticket-bulk-action').selectOption('download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ticket-bulk-apply').click()]);
    const pdf = readFileSync((await download.path())!);
    expect((await decodeQrCodesFromPdf(pdf)).sort()).toEqual([a.code, c.code].sort());

    // Reissue a and c (still selected): their old codes are refused as replaced, new valid tickets take their places.
    await page.getByTestId('ticket-bulk-notice').filter({ hasText: 'téléchargé' }).waitFor();
    await bulk(page, 'reissue');
    await expect(text(page.getByTestId('ticket-op-dialog'))).resolves.toContain('ne sont pas envoyés');
    await page.getByTestId('ticket-op-confirm').click();
    await page.getByTestId('ticket-bulk-notice').filter({ hasText: 'réédité' }).waitFor();
    expect(await rows(page).count()).toBe(5);
    expect((await statuses(page)).filter((s) => s === 'Remplacé')).toHaveLength(2);
    expect(await scan(c.code)).toBe('replaced');
    await expect(text(page.getByTestId('history'))).resolves.toContain('2 billets réédités (nouveaux codes, pas encore envoyés)');
    await shot(page, 'ticket-operations');
    await page.close();
  });

  it('reschedules an order to another date from the dialog, and the old codes are refused', async () => {
    const { event, order } = await orderOfThree();
    const page = await e2e.organizerPage({ path: `orders/${order.id}` });
    await rows(page).first().waitFor();

    await page.getByTestId('open-reschedule').click();
    await page.getByTestId('reschedule-dialog').waitFor();
    await page.getByTestId('reschedule-date').nth(1).waitFor();
    // The current date cannot be chosen; the other one shows its free places.
    expect(await page.getByTestId('reschedule-date').nth(0).locator('input').isDisabled()).toBe(true);
    await expect(text(page.getByTestId('reschedule-date-remaining').nth(1))).resolves.toBe('40 place(s) libre(s)');
    await page.getByTestId('reschedule-date').nth(1).click();
    await shot(page, 'reschedule-dialog');
    await page.getByTestId('reschedule-confirm').click();
    await page.getByTestId('ticket-bulk-notice').filter({ hasText: 'reprogrammée' }).waitFor();

    const after = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: order.id } },
    });
    const valid = after.data!.tickets.filter((tk) => tk.status === 'valid');
    expect(valid).toHaveLength(3);
    expect(valid.every((tk) => tk.dateId === event.dates[1].id)).toBe(true);
    expect((await statuses(page)).filter((s) => s === 'Remplacé')).toHaveLength(3);
    await expect(text(page.getByTestId('history'))).resolves.toContain('Commande reprogrammée');
    await shot(page, 'reschedule-done');
    await page.close();
  });

  it('opens personalisation for the customer, who completes attendee data in the shop; the order page shows it', async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Gala nominatif'),
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-06-12T19:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 40 }],
      prices: [{ name: 'Nominatif', kind: 'fixed', amounts: [chf(8000)] }],
    });

    // The organizer makes the price ask for attendee data, in the price editor.
    const editor = await e2e.organizerPage({ path: `events/${event.id}` });
    await editor.getByTestId('edit-price-0').click();
    await editor.getByTestId('attendee-field-add').click();
    await editor.getByTestId('attendee-field-label-0').fill('Nom du participant');
    await editor.getByTestId('attendee-field-add').click();
    await editor.getByTestId('attendee-field-label-1').fill('Repas');
    await editor.getByTestId('attendee-field-kind-1').selectOption('choice');
    await editor.getByTestId('attendee-field-options-1').fill('Viande, Végétarien');
    await editor.getByTestId('attendee-field-add').click();
    await editor.getByTestId('attendee-field-label-2').fill('J’accepte d’être photographié');
    await editor.getByTestId('attendee-field-kind-2').selectOption('checkbox');
    await editor.getByTestId('attendee-field-required-2').uncheck();
    await shot(editor, 'price-attendee-fields');
    await editor.getByTestId('price-save').click();
    await editor.getByTestId('price-editor').waitFor({ state: 'detached' });
    const edited = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/events/{eventId}', {
      params: { path: { ticketingId: e2e.ticketingId, eventId: event.id } },
    });
    expect(edited.data!.prices[0].attendeeFields).toEqual([
      { key: 'nom_du_participant', label: 'Nom du participant', kind: 'text', required: true },
      { key: 'repas', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
      { key: 'j_accepte_d_etre_photographie', label: 'J’accepte d’être photographié', kind: 'checkbox', required: false },
    ]);
    await editor.close();

    const anonymous = e2e.stack.client();
    const cart = await anonymous.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 }] },
    });
    const email = `gala.${Date.now()}@example.ch`;
    await anonymous.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Jeanne', lastName: 'Dubois', email }, paymentMethod: 'on_site' },
    });
    const order = await e2e.orderOf(email);

    const page = await e2e.organizerPage({ path: `orders/${order.id}` });
    await page.getByTestId('open-personalisation').click();
    const url = await page.getByTestId('personalisation-link').locator('a').getAttribute('href');
    expect(url).toContain(`/shop/${SLUG}/orders/${order.id}/personalisation?token=p1.`);

    const customer = await e2e.browser.newPage();
    await customer.goto(url!);
    await customer.getByTestId('personalisation-ticket').nth(1).waitFor();
    // A required answer missing: refused, the field says so, nothing saved.
    await customer.getByTestId('answer-0-nom_du_participant').fill('Ada Lovelace');
    await customer.getByTestId('answer-0-repas').selectOption('Végétarien');
    await customer.getByTestId('answer-0-j_accepte_d_etre_photographie').check();
    await customer.getByTestId('answer-1-nom_du_participant').fill('Charles Babbage');
    await customer.getByTestId('personalisation-save').click();
    await customer.getByRole('alert').first().waitFor();
    await shot(customer, 'personalisation-refused');
    await customer.getByTestId('answer-1-repas').selectOption('Viande');
    await customer.getByTestId('personalisation-save').click();
    await customer.getByTestId('personalisation-saved').waitFor();
    expect(await Promise.all((await customer.getByTestId('personalisation-state').all()).map((b) => text(b)))).toEqual(['Complet', 'Complet']);
    await shot(customer, 'personalisation');

    await page.reload();
    await page.getByTestId('ticket-attendee').nth(1).waitFor();
    // The answers, in the order PostgreSQL keeps them (jsonb).
    expect((await text(page.getByTestId('ticket-attendee').nth(0))).split(' · ').sort()).toEqual(['Ada Lovelace', 'Végétarien', '✓'].sort());
    await expect(text(page.getByTestId('history'))).resolves.toContain('Données des participants enregistrées');
    await shot(page, 'order-attendees');
    await customer.close();
    await page.close();
  });
});
