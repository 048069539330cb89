import type { Page } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { checkout, shot, text } from '../support/pages';

type Fired = {
  type: string;
  detail: { quantity?: number; previousCart?: { quantity: number }; newCart?: { quantity: number; items: { eventName: string }[] } };
};

/** Records the cart's tracking triggers the way an organizer's tag would listen to them. */
async function recordCartEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __ike: unknown[] };
    w.__ike = [];
    for (const name of ['ike_cart_add', 'ike_cart_update', 'ike_cart_delete']) {
      document.addEventListener(name, (e) => w.__ike.push({ type: name, detail: (e as CustomEvent).detail }));
    }
  });
}

/** Issue 10: one cart across several events; a line taken out gives its places back at once. */
describe('one cart for two events', () => {
  const e2e = useOrganizer();

  it('holds tickets of two events, gives a removed line’s places back, and orders the rest', async () => {
    const concert = uniqueName('Concert du soir');
    const play = uniqueName('Comédie');
    await e2e.createEvent({
      name: concert,
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-05-06T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 10 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    const created = await e2e.createEvent({
      name: play,
      venue: 'Petite salle',
      dates: [{ startsAt: '2027-05-08T19:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 10 }],
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [chf(4500)] },
        { name: 'Réduit', kind: 'fixed', amounts: [chf(2500)] },
      ],
    });
    const [full, reduced] = created.prices;
    const zoneId = created.zones[0].id;
    const email = `deux.spectacles.${Date.now()}@example.ch`;

    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await recordCartEvents(page);
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByText(concert).click();
    await page.locator('[data-testid^="quantity-"]').first().selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('cart-line').first().waitFor();
    const cartUrl = page.url();

    // The second event goes into the same cart.
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByText(play).click();
    await page.getByTestId('booking-adds-to-cart').waitFor();
    await page.getByTestId(`quantity-${full.id}`).selectOption('2');
    await page.getByTestId(`quantity-${reduced.id}`).selectOption('1');
    await page.getByTestId('add-to-cart').click();
    await page.waitForURL(cartUrl);
    await page.getByTestId('cart-line').nth(2).waitFor();
    expect(await text(page.getByTestId('cart-summary'))).toBe('5 billets');
    expect(await page.getByTestId('cart-group').allTextContents()).toEqual([expect.stringContaining(concert), expect.stringContaining(play)]);
    await page.getByTestId('countdown').waitFor();
    expect(await text(page.getByTestId('cart-total'))).toMatch(/^175[.,]00/);
    await shot(page, 'multi-event-cart');

    // One ticket fewer on the concert's line: an update.
    await page.getByRole('combobox', { name: new RegExp(`^Quantité de Plein tarif, ${concert}`) }).selectOption('1');
    await page.getByTestId('cart-summary').filter({ hasText: '4 billets' }).waitFor();
    expect(await text(page.getByTestId('cart-total'))).toMatch(/^145[.,]00/);

    // One line out, by its accessible name: its place is back on sale.
    await page.getByRole('button', { name: new RegExp(`^Retirer Réduit, ${play}`) }).click();
    await page.getByTestId('cart-line').nth(2).waitFor({ state: 'detached' });
    expect(await text(page.getByTestId('cart-summary'))).toBe('3 billets');
    expect(await text(page.getByTestId('cart-total'))).toMatch(/^120[.,]00/);
    await shot(page, 'multi-event-cart-line-removed');
    const fired = await page.evaluate(() => (window as unknown as { __ike: Fired[] }).__ike);
    // Since the page was last loaded (the second event's add).
    expect(fired.map((e) => e.type)).toEqual(['ike_cart_add', 'ike_cart_update', 'ike_cart_delete']);
    expect(fired[1].detail.quantity).toBe(4);
    const deleted = fired[2];
    expect(deleted.detail.previousCart?.quantity).toBe(4);
    expect(deleted.detail.newCart?.quantity).toBe(3);

    const eventPage = await e2e.browser.newPage();
    await eventPage.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await eventPage.getByText(play).click();
    expect(await text(eventPage.getByTestId(`zone-places-${zoneId}`))).toBe('8 places restantes');
    await eventPage.close();

    await checkout(page, email);
    const order = await e2e.orderOf(email);
    const tickets = order.tickets.map((x) => `${x.eventName} · ${x.priceName}`).sort();
    expect(tickets).toEqual([`${concert} · Plein tarif`, `${play} · Plein tarif`, `${play} · Plein tarif`].sort());
    expect(order.status).toBe('reserved');
  });
});
