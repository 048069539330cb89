import type { components } from '@guichet/api-client';
import type { Page } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { checkout, shot } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];

/**
 * Seating plans, promo codes and duplication in a real browser: the organizer draws a plan in the
 * editor, customers choose seats on the shop's map or take the best available, a promo code made
 * in the backoffice lowers a shop order, and an event is copied as a weekly series.
 */
describe('seating plans, promo codes and duplication in the browser', () => {
  const e2e = useOrganizer();

  async function openInShop(eventId: string): Promise<Page> {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${eventId}`);
    await page.getByTestId('event-title').waitFor();
    return page;
  }

  /** The accessible seat button on the shop's map, found by its label like a screen reader would. */
  const seat = (page: Page, row: string, number: number) => page.getByRole('button', { name: new RegExp(`^Parterre, rang ${row}, place ${number},`) });

  let seatedEvent: EventResponse;

  it('the organizer draws a plan with an aisle, a blocked and a wheelchair seat; a customer buys two chosen seats', async () => {
    const planName = uniqueName('Petite salle');
    const organizer = await e2e.organizerPage();
    await organizer.getByTestId('nav-plans').click();
    await organizer.getByTestId('new-plan').click();
    await organizer.getByTestId('plan-name').fill(planName);
    await organizer.getByTestId('gen-section').fill('Parterre');
    await organizer.getByTestId('gen-category').fill('Catégorie 1');
    await organizer.getByTestId('gen-first-row').fill('A');
    await organizer.getByTestId('gen-rows').fill('2');
    await organizer.getByTestId('gen-seats').fill('8');
    await organizer.getByTestId('gen-aisle').fill('4');
    await organizer.getByTestId('gen-add').click();
    await organizer.getByTestId('legend-Catégorie 1').filter({ hasText: '16 vendables' }).waitFor();

    await organizer.getByTestId('edit-seat-A-1').click();
    await organizer.getByTestId('selection-count').filter({ hasText: '1 place' }).waitFor();
    await organizer.getByTestId('selection-blocked').check();
    await organizer.getByTestId('edit-seat-B-8').click();
    await organizer.getByTestId('selection-kind').selectOption('wheelchair');
    await organizer.getByTestId('legend-Catégorie 1').filter({ hasText: '15 vendables · 1 bloquées' }).waitFor();
    await organizer.getByTestId('save-plan').click();
    await organizer.getByTestId('plan-saved').waitFor();
    await organizer.getByTestId('edit-seat-A-1').click({ modifiers: ['Shift'] });
    await shot(organizer, 'plan-editor');
    await organizer.getByTestId('nav-plans').click();
    await organizer.getByTestId('plan-table').waitFor();
    await shot(organizer, 'plan-list');
    await organizer.close();

    const plans = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/seating-plans', { params: { path: { ticketingId: e2e.ticketingId } } });
    const summary = plans.data!.items.find((p) => p.name === planName)!;
    const { data: plan } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/seating-plans/{planId}', {
      params: { path: { ticketingId: e2e.ticketingId, planId: summary.id } },
    });
    expect(plan!.seatCount).toBe(16);
    const a = plan!.seats.filter((s) => s.row === 'A').sort((x, y) => Number(x.number) - Number(y.number));
    // The aisle: a wider gap between seats 4 and 5 than between their neighbours.
    expect(a[4].x - a[3].x).toBeGreaterThan(a[1].x - a[0].x);
    expect(plan!.seats.find((s) => s.row === 'A' && s.number === '1')!.blocked).toBe(true);
    expect(plan!.seats.find((s) => s.row === 'B' && s.number === '8')!.kind).toBe('wheelchair');

    seatedEvent = await e2e.createEvent({
      name: uniqueName('Bérénice'),
      dates: [{ startsAt: '2027-03-12T20:00:00+01:00' }],
      zones: [{ name: 'Parterre', planId: summary.id, category: 'Catégorie 1' }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4000)] }],
    });

    const page = await openInShop(seatedEvent.id);
    await page.getByTestId('seat-picker').waitFor();
    expect(await seat(page, 'A', 1).count()).toBe(0); // blocked: not a button
    await seat(page, 'A', 2).click();
    await seat(page, 'A', 3).press('Enter'); // the keyboard works too
    expect(await page.getByTestId('chosen-seat').allTextContents()).toEqual([
      expect.stringContaining('Parterre, rang A, place 2'),
      expect.stringContaining('Parterre, rang A, place 3'),
    ]);
    await shot(page, 'shop-seat-picker');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('cart-seats').waitFor();
    expect(await page.getByTestId('cart-seats').getAttribute('data-labels')).toBe('Parterre, rang A, place 2 · Parterre, rang A, place 3');
    await checkout(page, 'places.choisies@example.ch');
    const confirmation = await page.locator('body').textContent();
    // Each part of the seat named (the section, named like the zone, is not said twice).
    expect(confirmation).toMatch(/Zone Parterre\s*Rang A\s*Place 2/);
    expect(confirmation).toMatch(/Zone Parterre\s*Rang A\s*Place 3/);
    await page.close();

    const second = await openInShop(seatedEvent.id);
    await second.getByTestId('seat-picker').waitFor();
    await second.getByRole('img', { name: /^Parterre, rang A, place 2, .*occupée$/ }).waitFor();
    await second.getByRole('img', { name: /^Parterre, rang A, place 3, .*occupée$/ }).waitFor();
    await expect(seat(second, 'A', 4).count()).resolves.toBe(1);
    await second.close();
  });

  it('best available gives two seats side by side', async () => {
    const page = await openInShop(seatedEvent.id);
    await page.getByTestId('seat-mode-best').click();
    const price = seatedEvent.prices[0].id;
    await page.getByTestId(`quantity-${price}`).selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('cart-seats').waitFor();
    const labels = (await page.getByTestId('cart-seats').getAttribute('data-labels'))!.split(' · ');
    expect(labels).toHaveLength(2);
    const [first, second] = labels.map((l) => /rang (\w+), place (\d+)/.exec(l)!);
    expect(first[1]).toBe(second[1]);
    expect(Math.abs(Number(first[2]) - Number(second[2]))).toBe(1);
    await page.close();
  });

  it('a promo code created in the backoffice lowers the shop order', async () => {
    const code = `E2E${Date.now().toString(36).toUpperCase()}`;
    const organizer = await e2e.organizerPage();
    await organizer.getByTestId('nav-promo-codes').click();
    await organizer.getByTestId('new-promo-code').click();
    await organizer.getByTestId('promo-code').fill(code);
    await organizer.getByTestId('promo-kind').selectOption('percentage');
    await organizer.getByTestId('promo-percent').fill('20');
    await organizer.getByTestId('promo-usage-limit').fill('5');
    await organizer.getByTestId('promo-save').click();
    await organizer.getByTestId(`promo-row-${code}`).filter({ hasText: '0 / 5' }).waitFor();
    await shot(organizer, 'promo-codes');
    await organizer.close();

    const event = await e2e.createEvent({
      name: uniqueName('Phèdre'),
      dates: [{ startsAt: '2027-03-20T20:00:00+01:00' }],
      zones: [{ name: 'Placement libre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(5000)] }],
    });
    const page = await openInShop(event.id);
    await page.getByTestId(`quantity-${event.prices[0].id}`).selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('promo-input').fill('nope-nope');
    await page.getByTestId('promo-apply').click();
    await page.getByTestId('promo-error').filter({ hasText: 'n’existe pas' }).waitFor();
    await page.getByTestId('promo-input').fill(code.toLowerCase());
    await page.getByTestId('promo-apply').click();
    await page.getByTestId('cart-discount').waitFor();
    expect((await page.getByTestId('cart-subtotal').textContent())!.replace(/\s/g, ' ')).toContain('100.00');
    expect((await page.getByTestId('cart-discount').textContent())!.replace(/\s/g, ' ')).toContain('20.00');
    expect((await page.getByTestId('cart-total').textContent())!.replace(/\s/g, ' ')).toContain('80.00');
    await shot(page, 'shop-cart-promo');
    await checkout(page, 'code.promo@example.ch');
    await page.close();

    const order = await e2e.orderOf('code.promo@example.ch');
    expect(order.total).toEqual(chf(8000));
    expect(order.discount).toEqual(chf(2000));
    expect(order.promoCode).toBe(code);
  });

  it('a gift voucher issued in the backoffice pays part of a shop order, and its balance follows', async () => {
    const organizer = await e2e.organizerPage();
    await organizer.getByTestId('nav-gift-vouchers').click();
    await organizer.getByTestId('new-gift-voucher').click();
    await organizer.getByTestId('voucher-amount').fill('30.00');
    await organizer.getByTestId('issue-gift-voucher').click();
    // The new voucher is listed first once the form has closed (the demo season already has one).
    await organizer.getByTestId('gift-voucher-form').waitFor({ state: 'detached' });
    const code = (await organizer.getByTestId('voucher-code').first().textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await shot(organizer, 'gift-vouchers');

    const event = await e2e.createEvent({
      name: uniqueName('Andromaque'),
      dates: [{ startsAt: '2027-03-27T20:00:00+01:00' }],
      zones: [{ name: 'Placement libre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    const page = await openInShop(event.id);
    await page.getByTestId(`quantity-${event.prices[0].id}`).selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('gift-voucher-input').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByTestId('gift-voucher-apply').click();
    await page.getByTestId('cart-gift-voucher').waitFor();
    expect((await page.getByTestId('cart-total').textContent())!.replace(/\s/g, ' ')).toContain('20.00');
    await checkout(page, 'bon.cadeau@example.ch');
    await page.close();

    const order = await e2e.orderOf('bon.cadeau@example.ch');
    expect(order).toMatchObject({ total: chf(5000), amountDue: chf(2000), status: 'reserved' });
    expect(order.giftVoucher?.amount).toEqual(chf(3000));
    await organizer.reload();
    await organizer.getByTestId('gift-voucher-table').filter({ hasText: 'Épuisé' }).waitFor();
    await organizer.close();
  });

  it('duplicating an event as a weekly series creates one event per week', async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Andromaque'),
      dates: [{ startsAt: '2027-02-05T20:00:00+01:00' }],
      zones: [{ name: 'Placement libre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    const copyName = uniqueName('Andromaque en tournée');
    const organizer = await e2e.organizerPage();
    await organizer.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/events/${event.id}`);
    await organizer.getByTestId('duplicate-event').click();
    await organizer.getByTestId('duplicate-mode-recurring').click();
    await organizer.getByTestId('duplicate-name').fill(copyName);
    await organizer.getByTestId('duplicate-first').fill('2027-04-02T20:00');
    await organizer.getByTestId('duplicate-duration').fill('150');
    await organizer.getByTestId('duplicate-every').selectOption('week');
    await organizer.getByTestId('duplicate-until').fill('2027-04-23');
    await organizer.getByTestId('duplicate-preview').filter({ hasText: '4 événements' }).waitFor();
    await shot(organizer, 'duplicate-dialog');
    await organizer.getByTestId('duplicate-submit').click();
    await organizer.getByTestId('duplicate-done').waitFor();
    expect(await organizer.getByTestId('duplicate-links').locator('li').count()).toBe(4);
    await shot(organizer, 'duplicate-done');
    await organizer.close();

    const { data } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/events', {
      params: { path: { ticketingId: e2e.ticketingId }, query: { limit: 100 } },
    });
    const copies = data!.items.filter((e) => e.name === copyName);
    expect(copies).toHaveLength(4);
    expect(copies.map((e) => e.firstStartsAt).sort()).toEqual([
      '2027-04-02T18:00:00.000Z',
      '2027-04-09T18:00:00.000Z',
      '2027-04-16T18:00:00.000Z',
      '2027-04-23T18:00:00.000Z',
    ]);
  });
});
