import { readFileSync } from 'node:fs';
import type { components } from '@guichet/api-client';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { readPdf } from '../support/pdf';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type OrderResponse = components['schemas']['OrderResponse'];

/**
 * Issue 11 at the ticket office's tablet (1024×768): the clerk opens the till with a float, sells in
 * cash, closes with the cash counted; the cash report shows expected, counted and difference and its
 * CSV has the same figures (cash report). The end of a sale prints the receipt and sends the tickets
 * (TO-5); the customer tab links an existing customer, found by search or suggested by the email
 * typed or by the gift voucher applied, when a customer bought it (TO-4). The stack is this spec's own: the organizer's sessions meet no other spec's.
 */
describe('the cash drawer, the end of a sale and the customer tab', () => {
  const e2e = useOrganizer();
  let eventName: string;

  const order = async (orderId: string): Promise<OrderResponse> =>
    (await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } })).data!;

  beforeAll(async () => {
    eventName = uniqueName('Tartuffe');
    await e2e.createEvent({
      name: eventName,
      dates: [{ startsAt: '2027-06-18T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
  });

  async function counter(): Promise<Page> {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    return e2e.organizerPage({ context, path: 'ticket-office' });
  }

  /** Puts `quantity` tickets of the spec's event in the cart. */
  async function inCart(page: Page, quantity: number) {
    await page.getByTestId('counter-event').first().waitFor();
    const search = page.getByTestId('counter-event-search');
    if (await search.count()) await search.fill(eventName);
    await page.getByTestId('counter-event').filter({ hasText: eventName }).click();
    const price = page.getByTestId('counter-price').filter({ hasText: 'Plein tarif' });
    await price.waitFor();
    await price.getByTestId('counter-quantity').fill(String(quantity));
    await page.getByTestId('counter-add').click();
    await page.getByTestId('counter-line').waitFor();
  }

  async function sellCash(page: Page, given: string): Promise<OrderResponse> {
    await page.getByTestId('pay-cash').click();
    await page.getByTestId('tender-amount').fill(given);
    await page.getByTestId('counter-sell').click();
    await page.getByTestId('counter-done').waitFor();
    const href = (await page.getByTestId('counter-done-order').getAttribute('href'))!;
    return order(href.split('/orders/')[1]);
  }

  it('opens the till with 200.00, sells 2 tickets in cash, closes with 249.50 counted: the report and its CSV say 250.00 expected, −0.50', async () => {
    const page = await counter();
    // No session open: the bar asks for the float.
    await page.getByTestId('counter-session-float-input').fill('200');
    await page.getByTestId('counter-session-open').click();
    await page.getByTestId('counter-session-since').waitFor();
    expect(await text(page.getByTestId('counter-session-float'))).toBe('200.00 CHF');
    expect(await text(page.getByTestId('counter-session-expected'))).toBe('200.00 CHF');

    await inCart(page, 2);
    const sold = await sellCash(page, '60.00');
    expect(await text(page.getByTestId('counter-done-change'))).toBe('10.00 CHF');
    expect(sold.payments).toEqual([expect.objectContaining({ method: 'cash', amount: chf(5000) })]);
    // The takings follow the sale.
    await page.getByTestId('counter-session-expected').filter({ hasText: '250.00 CHF' }).waitFor();
    expect(await text(page.getByTestId('counter-session-takings'))).toBe('Encaissé : Espèces 50.00 CHF');

    // An anonymous sale prints: A4, thermal, receipt; nothing to send.
    await page.getByTestId('counter-done-print-receipt').waitFor();
    expect(await page.getByTestId('counter-done-print-thermal').count()).toBe(1);
    expect(await text(page.getByTestId('counter-done-no-email'))).toBe('Pas d’e-mail pour cette commande : imprimez les billets.');
    const [receipt] = await Promise.all([page.waitForEvent('download'), page.getByTestId('counter-done-print-receipt').click()]);
    expect(receipt.suggestedFilename()).toBe(`recu-${sold.number}.pdf`);
    const receiptPdf = readFileSync((await receipt.path())!);
    expect(receiptPdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Under the cash payment: what was handed over and the change (ADR 0040).
    const receiptLines = (await readPdf(receiptPdf)).pages[0].split('\n').map((l) =>
      l
        .replace(/[\u00a0\u202f]/g, ' ')
        .trim()
        .replace(/\s+/g, ' '),
    );
    expect(receiptLines).toEqual(expect.arrayContaining(['Reçu 60.00 CHF', 'Rendu 10.00 CHF']));
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'cash-sale-done');

    await page.getByTestId('counter-new-sale').click();
    await page.getByTestId('counter-session-close').click();
    const dialog = page.getByTestId('counter-close-dialog');
    await dialog.waitFor();
    expect(await text(page.getByTestId('counter-close-expected'))).toBe('250.00 CHF');
    await page.getByTestId('counter-close-counted').fill('249.50');
    expect(await text(page.getByTestId('counter-close-difference'))).toBe('-0.50 CHF');
    await page.getByTestId('counter-close-note').fill('Pièce de 50 ct. manquante');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'cash-closing');
    await page.getByTestId('counter-close-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await text(page.getByTestId('counter-session-closed'))).toBe('Caisse fermée : 249.50 CHF comptés, écart -0.50 CHF.');
    await page.getByTestId('counter-session-open').waitFor();

    await page.getByTestId('counter-session-report').click();
    const row = page.getByTestId('cash-report-session');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await text(row.getByTestId('cash-report-cash'))).toBe('50.00');
    expect(await text(row.getByTestId('cash-report-expected'))).toBe('250.00');
    expect(await text(row.getByTestId('cash-report-counted'))).toBe('249.50');
    expect(await text(row.getByTestId('cash-report-difference'))).toBe('-0.50');
    expect(await text(row.getByTestId('cash-report-note'))).toBe('Pièce de 50 ct. manquante');
    const day = page.getByTestId('cash-report-day');
    expect(await text(day.getByTestId('cash-report-day-expected'))).toBe('250.00');
    expect(await text(day.getByTestId('cash-report-day-difference'))).toBe('-0.50');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'cash-report');
    // On paper: the report alone, the menus and buttons left out.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByTestId('cash-report-csv').isVisible()).toBe(false);
    expect(await row.isVisible()).toBe(true);
    await shot(page, 'cash-report-print');
    await page.emulateMedia({ media: 'screen' });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cash-report-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^rapport-caisse-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',CHF,200.00,50.00,0.00,0.00,0.00,0.00,250.00,249.50,-0.50,Pièce de 50 ct. manquante');
    await page.context().close();
  });

  it('links an existing customer found by search, then one suggested by the email typed, and sends the tickets to them', async () => {
    const email = `orgon.${Date.now().toString(36)}@example.ch`;
    // The customer's record: made by their first order, in the shop.
    const event = await e2e.createEvent({
      name: uniqueName('Le Misanthrope'),
      dates: [{ startsAt: '2027-06-19T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 10 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2000)] }],
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 1 }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Orgon', lastName: 'Pernelle', email }, paymentMethod: 'on_site' },
    });
    const customerId = (await order(placed.data!.orderId)).customer.customerId;
    expect(customerId).toEqual(expect.any(String));

    const page = await counter();
    await inCart(page, 1);
    await page.getByTestId('counter-customer').locator('summary').click();
    await page.getByTestId('counter-customer-search').fill('Pernelle');
    await page.getByTestId('counter-customer-find').click();
    const result = page.getByTestId('counter-customer-result').filter({ hasText: email });
    await result.waitFor();
    await result.getByTestId('counter-customer-link').click();
    const linked = page.getByTestId('counter-customer-linked');
    await linked.waitFor();
    expect(await text(linked)).toContain(`Orgon Pernelle ${email}`);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'cash-customer-linked');

    const sold = await sellCash(page, '25.00');
    expect(sold.customer).toMatchObject({ customerId, email, firstName: 'Orgon', lastName: 'Pernelle' });
    await page.getByTestId('counter-done-send-tickets').click();
    expect(await text(page.getByTestId('counter-done-sent'))).toBe(`Billets envoyés à ${email}.`);
    await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && `${m.subject ?? ''} ${m.text ?? ''}`.includes(sold.number));

    // The next sale: the email typed is the customer's — the tab suggests linking them.
    await page.getByTestId('counter-new-sale').click();
    await inCart(page, 1);
    await page.getByTestId('counter-customer').locator('summary').click();
    await page.getByTestId('counter-email').fill(email.toUpperCase());
    await page.getByTestId('counter-email').press('Tab');
    const suggestion = page.getByTestId('counter-customer-suggestion');
    await suggestion.waitFor();
    expect(await text(suggestion)).toContain('Un client existe avec cet e-mail : Orgon Pernelle.');
    await page.getByTestId('counter-customer-link-suggested').click();
    await page.getByTestId('counter-customer-linked').waitFor();
    const again = await sellCash(page, '25.00');
    expect(again.customer.customerId).toBe(customerId);
    await page.context().close();
  });

  it('suggests linking the customer who bought the gift voucher applied, and sells to them on the click', async () => {
    const email = `elmire.${Date.now().toString(36)}@example.ch`;
    // Bought in the shop by Elmire in an earlier sale, paid: the voucher is usable.
    const offer = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/gift-voucher-offers', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { name: uniqueName('Bon 10 francs'), currency: 'CHF', amount: 1000 },
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { giftVouchers: [{ offerId: offer.data!.id, quantity: 1 }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Elmire', lastName: 'Dorine', email }, paymentMethod: 'on_site' },
    });
    const paid = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: placed.data!.orderId } },
      body: { method: 'card' },
    });
    const customerId = paid.data!.customer.customerId;
    const code = paid.data!.giftVouchers[0].code;
    expect(customerId).toEqual(expect.any(String));

    const page = await counter();
    await inCart(page, 1);
    await page.getByTestId('counter-voucher-input').fill(code.toLowerCase());
    await page.getByTestId('counter-voucher-apply').click();
    await page.getByTestId('counter-voucher').getByTestId('counter-voucher-amount').waitFor();
    await page.getByTestId('counter-customer').locator('summary').click();
    const suggestion = page.getByTestId('counter-customer-suggestion');
    await suggestion.waitFor();
    expect(await text(suggestion)).toContain('Le bon cadeau a été acheté par Elmire Dorine.');
    // A suggestion only: nobody is linked until the clerk clicks.
    expect(await page.getByTestId('counter-customer-linked').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'cash-customer-voucher-suggestion');
    await page.getByTestId('counter-customer-link-suggested').click();
    expect(await text(page.getByTestId('counter-customer-linked'))).toContain(`Elmire Dorine ${email}`);

    const sold = await sellCash(page, '15.00');
    expect(sold.customer).toMatchObject({ customerId, email, firstName: 'Elmire', lastName: 'Dorine' });
    expect(sold.giftVoucher).toMatchObject({ amount: { amount: 1000 } });
    await page.context().close();
  });
});
