import type { components } from '@guichet/api-client';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { fillCustomer, shot, startCheckout } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];
type PaymentMethod = components['schemas']['CheckoutRequest']['paymentMethod'];

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * A shop page, brought to the state to check: `open` goes there and waits for what shows it is ready.
 * A page added to the shop later (a checkout step, the customer account) is one more line below.
 */
interface ShopPage {
  name: string;
  open(page: Page): Promise<void>;
}

/**
 * SHOP (issue 10), ADR 0019: axe-core finds no serious or critical violation on any page of the shop,
 * at desktop width and at 390 px, under the shop's real Content-Security-Policy.
 */
describe('accessibility of every shop page', () => {
  const e2e = useOrganizer();
  const shopUrl = (path: string) => `${e2e.stack.shopUrl}/shop/${SLUG}${path}`;
  let single: EventResponse;
  let multi: EventResponse;
  let seated: EventResponse;
  let free: EventResponse;
  let named: EventResponse;
  const orders: Record<'free' | 'onSite' | 'card', string> = { free: '', onSite: '', card: '' };
  let openCart = '';
  let expiredCart = '';
  let personalisation = '';

  const anonymous = () => e2e.stack.client();

  async function cart(event: EventResponse, quantity = 1): Promise<string> {
    const { data, error } = await anonymous().POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity }] },
    });
    if (error) throw new Error(JSON.stringify(error));
    return data.id;
  }

  /** The order page's address, as the shop sends the customer there after checkout. */
  async function order(event: EventResponse, paymentMethod: PaymentMethod, quantity = 1): Promise<{ url: string; id: string }> {
    const { data, error } = await anonymous().POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: await cart(event, quantity) } },
      body: { customer: { firstName: 'Ada', lastName: 'Lovelace', email: `axe.${paymentMethod}.${Date.now()}@example.ch` }, paymentMethod },
    });
    if (error) throw new Error(JSON.stringify(error));
    return { url: `/orders/${data.orderId}?token=${encodeURIComponent(data.accessToken)}`, id: data.orderId };
  }

  beforeAll(async () => {
    const salle = [{ name: 'Salle', capacity: 80 }];
    const plein = [{ name: 'Plein tarif', kind: 'fixed' as const, amounts: [chf(3500)] }];
    single = await e2e.createEvent({
      name: uniqueName('Le Cid'),
      venue: 'Théâtre du Jorat',
      dates: [{ startsAt: '2027-05-14T20:00:00+02:00' }],
      zones: salle,
      prices: plein,
    });
    multi = await e2e.createEvent({
      name: uniqueName('Festival'),
      kind: 'multi',
      dates: ['2027-07-01', '2027-07-02', '2027-07-03'].map((d) => ({ startsAt: `${d}T20:00:00+02:00` })),
      zones: salle,
      prices: [...plein, { name: 'Prix libre', kind: 'pay_what_you_want', amounts: [chf(1000)] }],
    });
    free = await e2e.createEvent({
      name: uniqueName('Répétition publique'),
      dates: [{ startsAt: '2027-05-20T18:00:00+02:00' }],
      zones: salle,
      prices: [{ name: 'Entrée libre', kind: 'free', amounts: [] }],
    });
    named = await e2e.createEvent({
      name: uniqueName('Gala'),
      dates: [{ startsAt: '2027-06-05T19:00:00+02:00' }],
      zones: salle,
      prices: [
        {
          ...plein[0],
          attendeeFields: [
            { key: 'nom', label: 'Nom du participant', kind: 'text', required: true },
            { key: 'repas', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
            { key: 'photo', label: 'J’accepte d’être photographié', kind: 'checkbox', required: false },
          ],
        },
      ],
    });

    const seats = ['A', 'B', 'C'].flatMap((row, r) =>
      Array.from({ length: 8 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 20 + n * 30, y: 20 + r * 30, category: 'Parterre' })),
    );
    const plan = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/seating-plans', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { name: uniqueName('Petite salle'), width: 260, height: 110, seats },
    });
    if (plan.error) throw new Error(JSON.stringify(plan.error));
    seated = await e2e.createEvent({
      name: uniqueName('Cyrano'),
      dates: [{ startsAt: '2027-04-16T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', planId: plan.data.id, category: 'Parterre' }],
      prices: plein,
    });

    openCart = await cart(single, 2);
    expiredCart = await cart(single);
    // A cart whose hold ran out (the sweeper frees its places; the page says so).
    const db = new Client({ connectionString: e2e.stack.databaseUrl });
    await db.connect();
    await db.query(`UPDATE carts SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiredCart]);
    await db.end();

    orders.free = (await order(free, 'free')).url;
    orders.onSite = (await order(single, 'on_site', 2)).url;
    orders.card = (await order(single, 'card')).url;
    const forNames = await order(named, 'on_site', 2);
    const link = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/personalisation-link', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: forNames.id } },
    });
    if (link.error) throw new Error(JSON.stringify(link.error));
    personalisation = new URL(link.data.url).pathname + new URL(link.data.url).search;
  });

  const PAGES: ShopPage[] = [
    { name: 'home', open: async (p) => (await p.goto(shopUrl('')), p.getByTestId('event-list').waitFor()) },
    { name: 'event-single', open: async (p) => (await p.goto(shopUrl(`/events/${single.id}`)), p.getByTestId('add-to-cart').waitFor()) },
    { name: 'event-multi', open: async (p) => (await p.goto(shopUrl(`/events/${multi.id}`)), p.getByTestId(`pick-date-${multi.dates[0].id}`).waitFor()) },
    {
      name: 'event-multi-date-chosen',
      open: async (p) => (await p.goto(shopUrl(`/events/${multi.id}?date=${multi.dates[1].id}`)), p.getByTestId('booking-date').waitFor()),
    },
    { name: 'event-seated', open: async (p) => (await p.goto(shopUrl(`/events/${seated.id}`)), p.getByTestId('row-label').nth(2).waitFor()) },
    { name: 'gift-vouchers', open: async (p) => (await p.goto(shopUrl('/gift-vouchers')), p.getByTestId('gift-voucher-offers').waitFor()) },
    { name: 'cart-open', open: async (p) => (await p.goto(shopUrl(`/cart/${openCart}`)), p.getByTestId('checkout-start').waitFor()) },
    {
      name: 'checkout-delivery',
      open: async (p) => (await p.goto(shopUrl(`/cart/${openCart}/checkout?step=delivery`)), p.getByTestId('checkout-step-delivery').waitFor()),
    },
    { name: 'checkout-details', open: async (p) => (await p.goto(shopUrl(`/cart/${openCart}/checkout?step=delivery`)), startCheckout(p)) },
    { name: 'checkout-payment', open: async (p) => (await p.goto(shopUrl(`/cart/${openCart}/checkout?step=delivery`)), fillCustomer(p, 'axe@example.ch')) },
    { name: 'cart-expired', open: async (p) => (await p.goto(shopUrl(`/cart/${expiredCart}`)), p.getByTestId('cart-expired').waitFor()) },
    { name: 'confirmation-free', open: async (p) => (await p.goto(shopUrl(orders.free)), p.getByTestId('order-number').waitFor()) },
    { name: 'confirmation-on-site', open: async (p) => (await p.goto(shopUrl(orders.onSite)), p.getByTestId('order-number').waitFor()) },
    { name: 'confirmation-card-pending', open: async (p) => (await p.goto(shopUrl(orders.card)), p.getByTestId('card-payment-pay').waitFor()) },
    {
      name: 'personalisation',
      open: async (p) => (await p.goto(`${e2e.stack.shopUrl}${personalisation}`), p.getByTestId('personalisation-ticket').nth(1).waitFor()),
    },
    { name: 'not-found', open: async (p) => (await p.goto(shopUrl('/nulle-part')), p.getByTestId('not-found').waitFor()) },
    {
      name: 'error',
      // The API failing: the home page says it could not load, and offers to try again.
      open: async (p) => {
        await p.route('**/api/v1/shop/*/events*', (route) =>
          route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'INTERNAL_ERROR' }),
          }),
        );
        await p.goto(shopUrl(''));
        await p.getByTestId('problem').getByText('Les événements n’ont pas pu être chargés').waitFor();
      },
    },
  ];

  it('the checker itself sees a fault planted in a shop page, under the shop’s policy', async () => {
    const page = await e2e.browser.newPage({ viewport: DESKTOP });
    await PAGES[0].open(page);
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('button'), { className: 'planted' })));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it.each(PAGES.map((p) => [p.name, p] as const))('%s: no serious or critical violation, at 1366 and 390 px', async (name, shopPage) => {
    const page = await e2e.browser.newPage({ viewport: DESKTOP });
    try {
      await shopPage.open(page);
      for (const size of [DESKTOP, PHONE]) {
        await page.setViewportSize(size);
        await page.waitForFunction((w) => document.documentElement.clientWidth === w, size.width);
        expect({ page: name, width: size.width, violations: await seriousViolations(page) }).toEqual({ page: name, width: size.width, violations: [] });
      }
      await page.setViewportSize(DESKTOP);
      await shot(page, `a11y-${name}`);
    } finally {
      await page.close();
    }
  });
});
