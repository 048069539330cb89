import type { components } from '@guichet/api-client';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type OrderResponse = components['schemas']['OrderResponse'];

/**
 * Issue 11 (TO-1, TO-3) at the ticket office's tablet (1024×768): the « Guichet » page sells
 * 2 tickets to the person at the counter — paid cash with 100.00 handed over, then part by card
 * terminal and the rest in cash — and says the change to give back.
 */
describe('selling at the counter', () => {
  const e2e = useOrganizer();
  let eventName: string;

  const order = async (orderId: string): Promise<OrderResponse> =>
    (await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } })).data!;

  beforeAll(async () => {
    eventName = uniqueName('Le Malade imaginaire');
    await e2e.createEvent({
      name: eventName,
      dates: [{ startsAt: '2027-06-18T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4375)] }],
    });
  });

  /** Opens the page, picks the event (by its search box among the demo season's) and puts 2 tickets in the cart. */
  async function eventChosen(): Promise<Page> {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await e2e.organizerPage({ context, path: 'ticket-office' });
    // The demo season's events and the specs' own: more than a screen's worth, so a search box narrows them.
    await page.getByTestId('counter-event').first().waitFor();
    const search = page.getByTestId('counter-event-search');
    if (await search.count()) await search.fill(eventName);
    await page.getByTestId('counter-event').filter({ hasText: eventName }).click();
    // One date: chosen already.
    await page.getByTestId('counter-price').filter({ hasText: 'Plein tarif' }).waitFor();
    return page;
  }

  async function twoTicketsInCart(): Promise<Page> {
    const page = await eventChosen();
    const price = page.getByTestId('counter-price').filter({ hasText: 'Plein tarif' });
    const remaining = Number((await text(page.getByTestId('counter-remaining'))).split(' ')[0]);
    await price.getByTestId('counter-more').click();
    await price.getByTestId('counter-more').click();
    expect(await price.getByTestId('counter-quantity').inputValue()).toBe('2');
    await page.getByTestId('counter-add').click();
    await page.getByTestId('counter-line').waitFor();
    expect(await text(page.getByTestId('counter-line'))).toContain('Plein tarif × 2');
    expect(await text(page.getByTestId('counter-total'))).toBe('87.50 CHF');
    expect(await text(page.getByTestId('counter-countdown'))).toMatch(/^Places retenues encore \d+:\d\d$/);
    // The places held are no longer offered.
    await page
      .getByTestId('counter-remaining')
      .filter({ hasText: `${remaining - 2} places restantes` })
      .waitFor();
    return page;
  }

  /** Sells, waits for the confirmation and returns the order as the API has it. */
  async function sell(page: Page): Promise<OrderResponse> {
    await page.getByTestId('counter-sell').click();
    const done = page.getByTestId('counter-done');
    await done.waitFor();
    const href = (await page.getByTestId('counter-done-order').getAttribute('href'))!;
    return order(href.split('/orders/')[1]);
  }

  it('sells 2 tickets paid cash with 100.00 handed over: 12.50 to give back, the order paid at the ticket office', async () => {
    const page = await twoTicketsInCart();
    await page.getByTestId('pay-cash').click();
    const amount = page.getByTestId('tender-amount');
    expect(await amount.inputValue()).toBe('87.50');
    expect(await page.getByTestId('counter-sell').isEnabled()).toBe(true);
    // Less than due is refused.
    await amount.fill('50');
    expect(await text(page.getByTestId('tender-remaining'))).toBe('Reste à encaisser : 37.50 CHF');
    expect(await page.getByTestId('counter-sell').isDisabled()).toBe(true);
    // The round amounts a customer hands over.
    expect((await page.getByTestId('tender-quick').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([
      '87.50 CHF',
      '90.00 CHF',
      '100.00 CHF',
    ]);
    await page.getByTestId('tender-quick').filter({ hasText: '100.00' }).click();
    expect(await amount.inputValue()).toBe('100.00');
    expect(await text(page.getByTestId('tender-change'))).toBe('À rendre : 12.50 CHF');
    expect(await text(page.getByTestId('counter-sell'))).toBe('Encaisser 87.50 CHF');

    await page.getByTestId('counter-customer').locator('summary').click();
    await page.getByTestId('counter-last-name').fill('Argan');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-office-cash');

    const sold = await sell(page);
    expect(await text(page.getByTestId('counter-done-change'))).toBe('12.50 CHF');
    expect(await text(page.getByTestId('counter-done-order'))).toBe(`Commande ${sold.number}`);
    expect(sold).toMatchObject({ status: 'paid', channel: 'ticket_office', total: chf(8750), paid: chf(8750), ticketCount: 2 });
    expect(sold.payments).toEqual([expect.objectContaining({ method: 'cash', amount: chf(8750), status: 'succeeded' })]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-office-done');

    // The next customer; the order page, where the tickets and the receipt are printed from, stays a link away.
    const orderPath = (await page.getByTestId('counter-done-order').getAttribute('href'))!;
    await page.getByTestId('counter-new-sale').click();
    await page.getByTestId('counter-cart-empty').waitFor();
    expect(await page.getByTestId('counter-done').count()).toBe(0);
    await page.goto(`${e2e.stack.backofficeUrl}${orderPath}`);
    await page.getByTestId('order-detail-number').filter({ hasText: sold.number }).waitFor();
    await page.context().close();
  });

  it('sells 2 tickets paid part by card terminal with its reference, the rest in cash', async () => {
    const page = await twoTicketsInCart();
    await page.getByTestId('pay-card').click();
    await page.getByTestId('tender-amount').fill('50.00');
    await page.getByTestId('tender-reference').fill('TRM-48213');
    expect(await text(page.getByTestId('tender-remaining'))).toBe('Reste à encaisser : 37.50 CHF');
    await page.getByTestId('tender-add').click();
    const rows = page.getByTestId('tender-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).getByTestId('tender-method').inputValue()).toBe('cash');
    expect(await rows.nth(1).getByTestId('tender-amount').inputValue()).toBe('37.50');
    await rows.nth(1).getByTestId('tender-amount').fill('40');
    expect(await text(page.getByTestId('tender-change'))).toBe('À rendre : 2.50 CHF');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-office-mixed');

    const sold = await sell(page);
    expect(await text(page.getByTestId('counter-done-change'))).toBe('2.50 CHF');
    expect(sold).toMatchObject({ status: 'paid', channel: 'ticket_office', total: chf(8750), paid: chf(8750) });
    expect(sold.payments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'card', amount: chf(5000), providerReference: 'TRM-48213' }),
        expect.objectContaining({ method: 'cash', amount: chf(3750) }),
      ]),
    );
    expect(sold.payments).toHaveLength(2);
    await page.context().close();
  });

  it('refuses more places than are left in the catalog’s words, takes a line off and empties the cart', async () => {
    const page = await eventChosen();
    const quantity = page.getByTestId('counter-quantity');
    await quantity.fill('45');
    await page.getByTestId('counter-add').click();
    const problem = page.getByTestId('problem');
    await problem.waitFor();
    expect(await text(problem.locator('.alert-title'))).toBe('Billets non ajoutés');
    expect(await text(problem.locator('.alert-detail'))).toBe('Il ne reste pas assez de places dans cette zone à cette date.');
    expect(await page.getByTestId('counter-cart-empty').count()).toBe(1);

    await quantity.fill('1');
    await page.getByTestId('counter-add').click();
    await page.getByTestId('counter-line').waitFor();
    await problem.waitFor({ state: 'detached' });
    await page.getByTestId('counter-line-remove').click();
    await page.getByTestId('counter-cart-empty').waitFor();
    expect(await page.getByTestId('tender-panel').count()).toBe(0);

    await quantity.fill('3');
    await page.getByTestId('counter-add').click();
    await page.getByTestId('counter-total').filter({ hasText: '131.25 CHF' }).waitFor();
    await page.getByTestId('counter-release').click();
    await page.getByTestId('counter-cart-empty').waitFor();
    await page.context().close();
  });
});
