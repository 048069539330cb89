import type { components } from '@guichet/api-client';
import type { BrowserContext } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { fillCustomer, payOnSite, shot, text } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];
type CreateOffer = components['schemas']['CreateGiftVoucherOfferRequest'];
type Offer = components['schemas']['GiftVoucherOfferResponse'];

const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/**
 * Gift vouchers sold in the shop like an item: a fixed and a buyer-chosen voucher are bought and
 * reserved, their codes wait for the payment, the ticket office records it, and a code then pays
 * for a ticket in the shop.
 */
describe('gift vouchers bought in the shop', () => {
  const e2e = useOrganizer();
  let context: BrowserContext;
  let fixed: Offer;
  let chosen: Offer;
  let event: EventResponse;

  async function createOffer(body: CreateOffer): Promise<Offer> {
    const { data, error } = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/gift-voucher-offers', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body,
    });
    if (error) throw new Error(JSON.stringify(error));
    return data;
  }

  beforeAll(async () => {
    context = await e2e.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.stack.shopUrl });
    event = await e2e.createEvent({
      name: uniqueName('Le Cid'),
      dates: [{ startsAt: '2027-05-14T20:00:00+02:00' }],
      zones: [{ name: 'Placement libre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4000)] }],
    });
  });

  let orderUrl: string;
  let orderId: string;
  let codes: string[];

  it('the shop has no voucher section while nothing is on sale', async () => {
    // The demo season sells vouchers: take them off sale for this spec.
    const demo = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/gift-voucher-offers', { params: { path: { ticketingId: e2e.ticketingId } } });
    for (const offer of demo.data!.items.filter((o) => o.onSale)) {
      const { error } = await e2e.admin.PATCH('/api/v1/ticketings/{ticketingId}/gift-voucher-offers/{offerId}', {
        params: { path: { ticketingId: e2e.ticketingId, offerId: offer.id } },
        body: { onSale: false },
      });
      if (error) throw new Error(JSON.stringify(error));
    }
    const page = await context.newPage();
    const offers = page.waitForResponse((r) => r.url().endsWith(`/shop/${SLUG}/gift-voucher-offers`));
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await expect((await offers).json()).resolves.toEqual({ items: [] });
    await page.getByTestId('event-list').waitFor();
    expect(await page.getByTestId('shop-gift-vouchers').count()).toBe(0);
    await page.close();
  });

  it('buys a fixed and a buyer-chosen voucher, refusing a value out of range, and sees the codes wait for the payment', async () => {
    fixed = await createOffer({ name: 'Bon 50 francs', currency: 'CHF', amount: 5000, validityMonths: 12 });
    chosen = await createOffer({ name: 'Bon à votre mesure', currency: 'CHF', minAmount: 2000, maxAmount: 20000, validityMonths: 6 });
    const page = await context.newPage();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByTestId('shop-gift-vouchers').waitFor();
    await page.getByTestId('shop-gift-vouchers-link').click();
    await page.getByTestId('gift-voucher-offers').waitFor();
    expect(await text(page.getByTestId(`offer-${fixed.id}`))).toContain('Valable 12 mois');

    await page.getByTestId(`voucher-quantity-${fixed.id}`).selectOption('1');
    await page.getByTestId(`voucher-quantity-${chosen.id}`).selectOption('1');
    await page.getByTestId(`voucher-value-${chosen.id}`).fill('250');
    await page.getByTestId('add-vouchers').click();
    const refusal = await text(page.getByTestId(`voucher-error-${chosen.id}`));
    expect(refusal).toBe('La valeur doit être comprise entre 20.00 CHF et 200.00 CHF.');
    expect(page.url()).toContain('/gift-vouchers'); // refused before any cart was made
    await shot(page, 'shop-gift-vouchers');

    await page.getByTestId(`voucher-value-${chosen.id}`).fill('80');
    await page.getByTestId(`voucher-error-${chosen.id}`).waitFor({ state: 'detached' });
    await expect(text(page.getByTestId('voucher-total'))).resolves.toBe('130.00 CHF');
    await page.getByTestId('add-vouchers').click();

    await page.getByTestId('cart-total').waitFor();
    const lines = await page.getByTestId('cart-voucher-line').allTextContents();
    expect(lines.map((l) => l.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/Bon 50 francs.*Valable 12 mois.*1.*50\.00 CHF.*50\.00 CHF/),
      expect.stringMatching(/Bon à votre mesure.*Valable 6 mois.*1.*80\.00 CHF.*80\.00 CHF/),
    ]);
    await expect(text(page.getByTestId('cart-summary'))).resolves.toBe('2 bons cadeaux');
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('130.00 CHF');
    // A voucher does not pay for vouchers: no code field here.
    expect(await page.getByTestId('gift-voucher-input').count()).toBe(0);
    await shot(page, 'shop-gift-voucher-cart');

    await fillCustomer(page, 'offrir@example.ch');
    await payOnSite(page);
    await page.getByTestId('confirm-order').click();
    await page.getByTestId('order-number').waitFor();
    await expect(text(page.getByTestId('order-status'))).resolves.toBe('Réservée — paiement sur place');
    const items = page.getByTestId('order-gift-voucher-item');
    expect(await items.count()).toBe(2);
    expect(await page.getByTestId('voucher-pending').allTextContents()).toEqual([
      'Utilisable dès le paiement de la commande',
      'Utilisable dès le paiement de la commande',
    ]);
    codes = (await page.getByTestId('voucher-code').allTextContents()).map((c) => c.trim());
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set(codes).size).toBe(2);
    expect((await page.getByTestId('voucher-value').allTextContents()).map((v) => v.replace(/\s+/g, ' ').trim())).toEqual(['50.00 CHF', '80.00 CHF']);
    expect(await text(page.getByTestId('voucher-valid-until').first())).toMatch(/^Valable jusqu’au \d{1,2} \S+ 20\d\d$/);

    await page.getByTestId('voucher-copy').first().click();
    await page.getByTestId('voucher-copy').filter({ hasText: 'Copié' }).waitFor();
    await expect(text(page.getByTestId('voucher-copy').first())).resolves.toBe('Copié ✓');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(codes[0]);

    await shot(page, 'shop-gift-voucher-order');
    orderUrl = page.url();
    orderId = new URL(orderUrl).pathname.split('/').pop()!;
    await page.close();
  });

  it('a code of an unpaid order is refused in the cart; once the payment is recorded, the order shows it usable and it pays a ticket', async () => {
    const shop = await context.newPage();
    await shop.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${event.id}`);
    await shop.getByTestId('event-title').waitFor();
    await shop.getByTestId(`quantity-${event.prices[0].id}`).selectOption('1');
    await shop.getByTestId('add-to-cart').click();
    await shop.getByTestId('cart-total').waitFor();
    await shop.getByTestId('gift-voucher-input').fill(codes[0].toLowerCase());
    await shop.getByTestId('gift-voucher-apply').click();
    await expect(text(shop.getByTestId('gift-voucher-error'))).resolves.toBe('Ce bon cadeau sera utilisable dès que la commande qui l’a acheté sera payée.');

    const paid = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', {
      params: { path: { ticketingId: e2e.ticketingId, orderId } },
      body: { method: 'cash' },
    });
    expect(paid.error).toBeUndefined();
    expect(paid.data!.status).toBe('paid');

    const order = await context.newPage();
    await order.goto(orderUrl);
    await order.getByTestId('order-number').waitFor();
    await expect(text(order.getByTestId('order-status'))).resolves.toBe('Confirmée');
    expect(await order.getByTestId('voucher-usable').allTextContents()).toEqual(['Utilisable', 'Utilisable']);
    expect(await order.getByTestId('voucher-pending').count()).toBe(0);
    await order.close();

    await shop.getByTestId('gift-voucher-input').fill(codes[0]);
    await shop.getByTestId('gift-voucher-apply').click();
    await expect(text(shop.getByTestId('gift-voucher-applied'))).resolves.toBe('−40.00 CHF');
    await expect(text(shop.getByTestId('cart-total'))).resolves.toBe('0.00 CHF');
    await fillCustomer(shop, 'spectateur@example.ch');
    await payOnSite(shop);
    await shop.getByTestId('confirm-order').click();
    await shop.getByTestId('order-number').waitFor();
    await expect(text(shop.getByTestId('order-status'))).resolves.toBe('Confirmée');
    const paidWith = await text(shop.getByTestId('order-gift-voucher'));
    expect(paidWith).toContain(`Payé avec le bon cadeau ${codes[0]}`);
    expect(paidWith).toContain('−40.00 CHF');
    await shop.close();

    // The 50 francs voucher keeps what the ticket did not use.
    const vouchers = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/gift-vouchers', { params: { path: { ticketingId: e2e.ticketingId } } });
    const used = vouchers.data!.items.find((v) => v.code.replace(/-/g, '') === codes[0].replace(/-/g, ''));
    expect(used?.balance).toEqual(chf(1000));
  });

  it('vouchers chosen after tickets are added to the same cart, changed and removed there, and ordered with the tickets', async () => {
    const page = await context.newPage();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${event.id}`);
    await page.getByTestId('event-title').waitFor();
    await page.getByTestId(`quantity-${event.prices[0].id}`).selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('cart-total').waitFor();
    const cartUrl = page.url();

    await page.getByText('← Continuer mes achats').click();
    await page.getByTestId('shop-gift-vouchers-link').click();
    await page.getByTestId('gift-voucher-offers').waitFor();
    await expect(text(page.getByTestId('voucher-adds-to-cart'))).resolves.toBe('Ils s’ajoutent à votre panier (2 billets), sans toucher à vos places.');
    expect(await page.getByTestId('voucher-replaces-cart').count()).toBe(0);
    await page.getByTestId(`voucher-quantity-${fixed.id}`).selectOption('1');
    await page.getByTestId(`voucher-quantity-${chosen.id}`).selectOption('1');
    await page.getByTestId(`voucher-value-${chosen.id}`).fill('30');
    await page.getByTestId('add-vouchers').click();

    await page.waitForURL(cartUrl);
    await page.getByTestId('cart-voucher-line').first().waitFor();
    await expect(text(page.getByTestId('cart-summary'))).resolves.toBe('2 billets et 2 bons cadeaux');
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('160.00 CHF');

    const fixedLine = page.getByTestId('cart-voucher-line').filter({ hasText: 'Bon 50 francs' });
    await fixedLine.getByTestId('cart-voucher-quantity').selectOption('2');
    await page.getByTestId('cart-total').filter({ hasText: '210.00' }).waitFor();
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('210.00 CHF');
    await page.getByTestId('cart-voucher-line').filter({ hasText: 'Bon à votre mesure' }).getByTestId('cart-voucher-remove').click();
    await page.getByTestId('cart-total').filter({ hasText: '180.00' }).waitFor();
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('180.00 CHF');
    expect(await page.getByTestId('cart-voucher-line').count()).toBe(1);
    await shot(page, 'shop-tickets-then-vouchers-cart');

    // What the cart page shows is what the API kept: the same cart, its tickets untouched.
    await page.reload();
    await page.getByTestId('cart-voucher-line').first().waitFor();
    await expect(text(page.getByTestId('cart-summary'))).resolves.toBe('2 billets et 2 bons cadeaux');
    expect((await page.getByTestId('cart-voucher-line').allTextContents()).map((l) => l.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/Bon 50 francs.*50\.00 CHF.*100\.00 CHF/),
    ]);
    await expect(page.getByTestId('cart-voucher-quantity').inputValue()).resolves.toBe('2');
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('180.00 CHF');

    await fillCustomer(page, 'billets.puis.bons@example.ch');
    await payOnSite(page);
    await page.getByTestId('confirm-order').click();
    await page.getByTestId('order-number').waitFor();
    await expect(text(page.getByTestId('order-total'))).resolves.toBe('180.00 CHF');
    expect(await page.getByTestId('voucher-pending').count()).toBe(2);
    const placed = new URL(page.url()).pathname.split('/').pop()!;
    const { data: order } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: placed } },
    });
    expect(order!.tickets.map((t) => t.price)).toEqual([chf(4000), chf(4000)]);
    expect(order!.giftVouchers.map((v) => v.amount)).toEqual([chf(5000), chf(5000)]);
    await page.close();
  });

  it('vouchers chosen first stay in the cart when tickets are added', async () => {
    const page = await context.newPage();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/gift-vouchers`);
    await page.getByTestId(`voucher-quantity-${fixed.id}`).selectOption('2');
    await page.getByTestId('add-vouchers').click();
    await page.getByTestId('cart-add-tickets').click();
    await page.getByTestId('shop-name').waitFor();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${event.id}`);
    await page.getByTestId('event-title').waitFor();
    await page.getByTestId('booking-keeps-vouchers').waitFor();
    await page.getByTestId(`quantity-${event.prices[0].id}`).selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('cart-total').waitFor();
    await expect(text(page.getByTestId('cart-summary'))).resolves.toBe('2 billets et 2 bons cadeaux');
    await shot(page, 'shop-tickets-and-vouchers-cart');
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe('180.00 CHF');

    await fillCustomer(page, 'les.deux@example.ch');
    await payOnSite(page);
    await page.getByTestId('confirm-order').click();
    await page.getByTestId('order-number').waitFor();
    expect(await page.getByTestId('voucher-pending').count()).toBe(2);
    await expect(text(page.getByTestId('order-total'))).resolves.toBe('180.00 CHF');
    await page.close();
  });
});
