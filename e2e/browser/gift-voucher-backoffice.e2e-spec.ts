import type { BrowserContext, Page } from 'playwright-core';
import { SLUG, useOrganizer } from '../support/organizer';
import { shot } from '../support/pages';

/**
 * Gift vouchers sold like an item (CAT-10), from the ticket office's side: the organizer puts a
 * fixed and a free-value voucher on sale, a customer buys some in the shop to pay on site, and
 * the ticket office finds the pending codes in the order, records the cash payment, and the
 * vouchers become usable.
 */
describe('gift voucher offers and a recorded payment in the backoffice', () => {
  const e2e = useOrganizer();
  let context: BrowserContext;
  const suffix = Date.now().toString(36);
  const fixedName = `Bon cadeau 50 francs ${suffix}`;
  const freeName = `Bon au choix ${suffix}`;

  beforeAll(async () => {
    // 127.0.0.1 is a secure context: with the permissions granted, the page's clipboard can be read back.
    context = await e2e.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  });

  /** Every offer of the ticketing (the demo season sells some too), in shop order. */
  async function allOffers() {
    const { data, error } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/gift-voucher-offers', { params: { path: { ticketingId: e2e.ticketingId } } });
    if (error) throw new Error(JSON.stringify(error));
    return [...data.items].sort((a, b) => a.position - b.position);
  }
  /** The offers this spec made. */
  const offers = async () => (await allOffers()).filter((o) => o.name.endsWith(suffix));

  const row = (page: Page, name: string) => page.locator('[data-testid^="offer-row-"]').filter({ hasText: name });

  it('the organizer creates, edits, reorders and withdraws offers; a bad range is refused next to its field', async () => {
    const before = (await allOffers()).length;
    const page = await e2e.organizerPage({ context });
    await page.getByTestId('nav-gift-voucher-offers').click();
    await page.getByRole('heading', { name: 'Bons cadeaux en vente' }).waitFor();

    await page.getByTestId('new-offer').click();
    await page.getByTestId('offer-name').fill(fixedName);
    await page.getByTestId('offer-amount').fill('50');
    await page.getByTestId('save-offer').click();
    await row(page, fixedName).getByTestId('offer-value').filter({ hasText: '50.00' }).waitFor();

    await page.getByTestId('new-offer').click();
    await page.getByTestId('offer-name').fill(freeName);
    await page.getByTestId('offer-kind-free').click();
    await page.getByTestId('offer-min').fill('100');
    await page.getByTestId('offer-max').fill('50');
    await page.getByTestId('offer-validity').fill('24');
    await page.getByTestId('save-offer').click();
    expect(await page.getByTestId('error-maxAmount').textContent()).toContain('au moins égal au minimum');
    await shot(page, 'offer-form-error');
    // Below the API's 1.00 minimum: its field error, worded in francs, shows next to the minimum.
    await page.getByTestId('offer-min').fill('0.50');
    await page.getByTestId('save-offer').click();
    await page.getByTestId('error-minAmount').filter({ hasText: 'Au moins 1.00.' }).waitFor();
    expect(await page.getByTestId('error-maxAmount').count()).toBe(0);
    await page.getByTestId('offer-min').fill('20');
    await page.getByTestId('offer-max').fill('300');
    await page.getByTestId('save-offer').click();
    await row(page, freeName).getByTestId('offer-value').filter({ hasText: 'au choix' }).waitFor();
    expect(await page.getByTestId('offer-form').count()).toBe(0);

    // Edit the fixed offer: a new value, kept name, shorter validity.
    await row(page, fixedName).getByRole('button', { name: 'Modifier' }).click();
    expect(await page.getByTestId('offer-amount').inputValue()).toBe('50.00');
    await page.getByTestId('offer-amount').fill('60');
    await page.getByTestId('offer-validity').fill('6');
    await page.getByTestId('save-offer').click();
    await row(page, fixedName).filter({ hasText: '6 mois' }).getByTestId('offer-value').filter({ hasText: '60.00' }).waitFor();

    // The free-value offer moves above the fixed one.
    await row(page, freeName)
      .getByRole('button', { name: `Monter « ${freeName} »` })
      .click();
    await page.getByTestId(`offer-row-${before}`).filter({ hasText: freeName }).waitFor();
    await page
      .getByTestId(`offer-row-${before + 1}`)
      .filter({ hasText: fixedName })
      .waitFor();

    // Off sale and back on.
    await row(page, fixedName).getByRole('button', { name: 'Retirer de la vente' }).click();
    await row(page, fixedName).filter({ hasText: 'Retirée' }).waitFor();
    expect((await offers()).find((o) => o.name === fixedName)!.onSale).toBe(false);
    await row(page, fixedName).getByRole('button', { name: 'Mettre en vente' }).click();
    // Not `hasText: 'En vente'`: the button « Mettre en vente » matches it before the write lands.
    await row(page, fixedName).getByRole('button', { name: 'Retirer de la vente' }).waitFor();
    await shot(page, 'offer-list');
    await page.close();

    const saved = await offers();
    expect(saved.map((o) => o.name)).toEqual([freeName, fixedName]);
    expect(saved[0]).toMatchObject({ amount: null, minAmount: { amount: 2000 }, maxAmount: { amount: 30000 }, validityMonths: 24, onSale: true });
    expect(saved[1]).toMatchObject({ amount: { amount: 6000, currency: 'CHF' }, minAmount: null, maxAmount: null, validityMonths: 6, onSale: true });
  });

  it('vouchers bought to pay on site wait in the order until the ticket office records the cash payment', async () => {
    const [free, fixed] = await offers();
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: {
        giftVouchers: [
          { offerId: fixed.id, quantity: 2 },
          { offerId: free.id, quantity: 1, amount: 8500 },
        ],
      },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const checkout = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Jeanne', lastName: 'Dubois', email: `jeanne.${suffix}@example.ch` }, paymentMethod: 'on_site' },
    });
    if (checkout.error) throw new Error(JSON.stringify(checkout.error));
    const orderId = checkout.data.orderId;

    const page = await e2e.organizerPage({ context });
    await page.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/orders/${orderId}`);
    await page.getByTestId('order-voucher-table').waitFor();
    const vouchers = page.getByTestId('order-voucher');
    expect(await vouchers.count()).toBe(3);
    const codes = await page.getByTestId('order-voucher-code').allTextContents();
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    expect(new Set(codes).size).toBe(3);
    expect(await page.getByTestId('order-voucher-state').allTextContents()).toEqual(Array(3).fill('En attente du paiement'));
    expect(await vouchers.filter({ hasText: fixed.name }).count()).toBe(2);
    expect(await vouchers.filter({ hasText: free.name }).filter({ hasText: '85.00' }).count()).toBe(1);

    // The copy button puts the code on the clipboard.
    await page.getByTestId('copy-voucher-code').first().click();
    await page.getByTestId('copy-voucher-code').first().filter({ hasText: 'Copié' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes[0]);

    // Nothing received yet: the ledger says so, the whole total is due.
    expect(await page.getByTestId('ledger-empty').textContent()).toContain('Aucun paiement enregistré pour cette commande.');
    expect(await page.getByTestId('order-amount-due').textContent()).toMatch(/^205\.00\sCHF$/);

    // The cash payment, confirmed with the amount due.
    await page.getByTestId('record-payment').click();
    expect(await page.getByTestId('payment-amount-due').textContent()).toMatch(/^205\.00\sCHF$/);
    await page.getByTestId('payment-method-card').click();
    await page.getByTestId('confirm-payment').filter({ hasText: 'carte' }).waitFor();
    await page.getByTestId('payment-method-cash').click();
    await shot(page, 'order-payment-dialog');
    await page.getByTestId('confirm-payment').filter({ hasText: 'espèces' }).click();

    await page.getByTestId('order-paid-at').waitFor();
    expect(await page.getByTestId('payment-dialog').count()).toBe(0);
    await page.getByTestId('order-voucher-state').first().filter({ hasText: 'Utilisable' }).waitFor();
    expect(await page.getByTestId('order-voucher-state').allTextContents()).toEqual(Array(3).fill('Utilisable'));
    expect(await page.locator('.page-header').textContent()).toContain('Payée');
    expect(await page.getByTestId('record-payment').isDisabled()).toBe(true);
    expect(await page.getByTestId('payment-blocked').textContent()).toContain('Commande déjà payée');
    await shot(page, 'order-paid');
    // The Paiements section lists the payment the ticket office just recorded, and the amounts follow it.
    const ledger = page.getByTestId('ledger-line');
    expect(await ledger.count()).toBe(1);
    expect(await ledger.getByTestId('ledger-method').textContent()).toBe('Espèces');
    expect(await ledger.getByTestId('ledger-amount').textContent()).toMatch(/^205\.00\sCHF$/);
    expect(await ledger.textContent()).toContain('Effectué');
    expect(await page.getByTestId('order-paid').textContent()).toMatch(/^205\.00\sCHF$/);
    expect(await page.getByTestId('order-amount-due').textContent()).toMatch(/^0\.00\sCHF$/);
    expect(await page.getByTestId('history-title').allTextContents()).toContainEqual(expect.stringMatching(/^Paiement enregistré — 205\.00\sCHF, en espèces$/));

    const { data: order } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId: e2e.ticketingId, orderId } },
    });
    expect(order!.status).toBe('paid');
    expect(order!.paidAt).not.toBeNull();
    expect(order!.giftVouchers.every((v) => v.usable)).toBe(true);
    expect(order!.history.find((h) => h.action === 'orders.order.paid')!.data).toEqual({ method: 'cash', amount: { amount: 20500, currency: 'CHF' } });
    expect(order!.payments).toMatchObject([{ method: 'cash', amount: { amount: 20500, currency: 'CHF' }, status: 'succeeded' }]);

    // The gift voucher list links each sold voucher to its order.
    await page.getByTestId('nav-gift-vouchers').click();
    await page.getByTestId('gift-voucher-table').waitFor();
    await shot(page, 'gift-voucher-list');
    const sold = page.locator('tr').filter({ hasText: codes[0] });
    await sold.getByRole('link', { name: 'voir la commande' }).click();
    await page.waitForURL(`**/orders/${orderId}`);
    await page.getByTestId('order-detail-number').filter({ hasText: checkout.data.orderNumber }).waitFor();
    await page.close();
  });
});
