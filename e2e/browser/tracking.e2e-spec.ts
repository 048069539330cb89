import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@guichet/api-client';
import type { Page } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { fillCustomer, shot, text } from '../support/pages';

type ShopEvent = components['schemas']['ShopEventResponse'];

/** Every trigger of seed 003 ("Complete list of triggers"): the organizer's snippet listens to all of them. */
const IKE_EVENTS = [
  'ike_home_view',
  'ike_event_view',
  'ike_date_view',
  'ike_abo_view',
  'ike_abo_selection',
  'ike_user_login',
  'ike_user_logout',
  'ike_cart_add',
  'ike_cart_view',
  'ike_cart_update',
  'ike_cart_empty',
  'ike_cart_confirm',
  'ike_cart_delivery_view',
  'ike_cart_form_view',
  'ike_cart_payment_view',
  'ike_cart_payment_changed',
  'ike_cart_payment_launched',
  'ike_cart_payment_success',
  'ike_cart_delete',
  'ike_page_changed',
];

/** A third party's server (a tag manager, a pixel): serves a script that raises a flag, and counts what reaches it. */
class ThirdParty {
  readonly hits: string[] = [];
  private server!: Server;
  origin = '';

  async start(flag: string): Promise<this> {
    this.server = createServer((req, res) => {
      this.hits.push(req.url ?? '');
      res.setHeader('access-control-allow-origin', '*');
      if (req.url?.endsWith('.js')) {
        res.setHeader('content-type', 'text/javascript');
        res.end(`window.${flag} = (window.${flag} || []).concat(${JSON.stringify(req.url)});`);
      } else res.end('ok');
    });
    // Port 0: the system picks a free one, which no other test can take meanwhile.
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}

/**
 * SHOP-6, SHOP-7: the organizer's HEAD snippet runs in the shop under its Content-Security-Policy —
 * what the organizer allowed loads, what it did not is blocked — and hears every `ike_*` trigger of a
 * purchase, in order, with the documented `detail`.
 */
describe('tracking: the organizer’s snippet, the CSP and the ike_* triggers', () => {
  const e2e = useOrganizer();
  let allowed: ThirdParty;
  let other: ThirdParty;

  const setTracking = async (body: components['schemas']['UpdateShopTrackingRequest']) => {
    const { error } = await e2e.admin.PUT('/api/v1/ticketings/{ticketingId}/shop-tracking', { params: { path: { ticketingId: e2e.ticketingId } }, body });
    if (error) throw new Error(JSON.stringify(error));
  };

  beforeAll(async () => {
    allowed = await new ThirdParty().start('allowedRan');
    other = await new ThirdParty().start('otherRan');
  });
  afterAll(async () => {
    await allowed?.stop();
    await other?.stop();
  });

  it('the organizer writes the snippet and the sources in the backoffice; a refused source is named by its line', async () => {
    const page = await e2e.organizerPage({ path: 'shop-settings' });
    const card = page.getByTestId('shop-tracking');
    await card.waitFor();
    await card.getByTestId('head-snippet').fill('<script>window.fromTheBackoffice = true;</script>');
    await card.getByTestId('csp-scriptSrc').fill(`https://www.googletagmanager.com\n'unsafe-eval'`);
    await card.getByTestId('csp-imgSrc').fill('https://www.facebook.com\ndata:');
    await card.getByTestId('save-shop-tracking').click();
    await expect(text(card.getByTestId('error-csp.scriptSrc'))).resolves.toMatch(/^« 'unsafe-eval' » n’est pas une source admise/);
    await shot(page, 'tracking-backoffice-refused');
    await card.getByTestId('csp-scriptSrc').fill('https://www.googletagmanager.com\nhttps://connect.facebook.net');
    await card.getByTestId('save-shop-tracking').click();
    await card.getByTestId('shop-tracking-saved').waitFor();
    await shot(page, 'tracking-backoffice');
    const { data } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/shop-tracking', { params: { path: { ticketingId: e2e.ticketingId } } });
    expect(data).toEqual({
      headSnippet: '<script>window.fromTheBackoffice = true;</script>',
      csp: { scriptSrc: ['https://www.googletagmanager.com', 'https://connect.facebook.net'], imgSrc: ['https://www.facebook.com', 'data:'], connectSrc: [] },
    });
    // The shop runs it.
    const shop = await e2e.browser.newPage();
    await shop.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await shop.waitForFunction(() => (window as unknown as { fromTheBackoffice?: boolean }).fromTheBackoffice === true);
    await shop.close();
    await page.close();
  });

  it('runs what the policy allows and blocks the rest, with a nonce fresh for each page', async () => {
    // Like the Meta pixel: an inline script inserting a script tag; like GTM: a script by src; a beacon.
    await setTracking({
      headSnippet: `<script>
  window.snippetRan = true;
  window.violations = [];
  document.addEventListener('securitypolicyviolation', function (e) { window.violations.push(e.violatedDirective + ' ' + e.blockedURI); });
  !function (b, e, v) { var t = b.createElement(e); t.src = v; b.head.appendChild(t); }(document, 'script', '${allowed.origin}/inserted.js');
  !function (b, e, v) { var t = b.createElement(e); t.src = v; b.head.appendChild(t); }(document, 'script', '${other.origin}/inserted.js');
  fetch('${allowed.origin}/collect', { mode: 'no-cors' });
  fetch('${other.origin}/collect', { mode: 'no-cors' }).catch(function () {});
</script>
<script src="${allowed.origin}/tag.js"></script>
<script src="${other.origin}/tag.js"></script>
<script>window.inHead = document.currentScript.parentNode === document.head;</script>`,
      csp: { scriptSrc: [allowed.origin], imgSrc: [], connectSrc: [allowed.origin] },
    });

    const page = await e2e.browser.newPage();
    const first = await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    const policy = first!.headers()['content-security-policy'];
    expect(policy).toMatch(new RegExp(`script-src 'self' 'nonce-[A-Za-z0-9+/]{24}' ${allowed.origin};`));
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain(`connect-src 'self' ${allowed.origin};`);
    await page.getByTestId('event-list').waitFor();
    await page.waitForFunction(() => (window as unknown as { allowedRan?: string[] }).allowedRan?.length === 2);
    // The violations are reported asynchronously: wait for the three refusals (two scripts, one fetch).
    await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length >= 3);

    const seen = await page.evaluate(() => {
      const w = window as unknown as { snippetRan?: boolean; inHead?: boolean; allowedRan?: string[]; otherRan?: string[]; violations: string[] };
      return {
        snippetRan: w.snippetRan,
        inHead: w.inHead,
        allowedRan: [...(w.allowedRan ?? [])].sort(),
        otherRan: w.otherRan ?? null,
        violations: w.violations.sort(),
      };
    });
    expect(seen).toEqual({
      snippetRan: true,
      inHead: true,
      allowedRan: ['/inserted.js', '/tag.js'],
      otherRan: null,
      // Only the organizer's forbidden origin is refused: nothing of the shop itself.
      violations: [`connect-src ${other.origin}/collect`, `script-src-elem ${other.origin}/inserted.js`, `script-src-elem ${other.origin}/tag.js`],
    });
    expect(allowed.hits.sort()).toEqual(['/collect', '/inserted.js', '/tag.js']);
    // Blocked in the browser: not one request reached the other origin.
    expect(other.hits).toEqual([]);
    await shot(page, 'tracking-home');

    // Another page, another nonce; the snippet's inline scripts carry it, in the document as served.
    const second = await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/gift-vouchers`);
    const nonce = (p: string) => /'nonce-([^']+)'/.exec(p)![1];
    expect(nonce(second!.headers()['content-security-policy'])).not.toBe(nonce(policy));
    const html = await second!.text();
    const fresh = nonce(second!.headers()['content-security-policy']);
    expect(html.match(/<script nonce="[^"]*">/g)).toEqual([`<script nonce="${fresh}">`, `<script nonce="${fresh}">`]);
    expect(html).toContain(`<script src="${other.origin}/tag.js"></script>`);
    await page.close();
  });

  it('tells the snippet every ike_* trigger of a purchase by card, in order, with its detail', async () => {
    const recorded: { name: string; detail: unknown }[] = [];
    await setTracking({
      headSnippet: `<script>${JSON.stringify(IKE_EVENTS)}.forEach(function (name) {
  document.addEventListener(name, function (e) { window.recordIke(e.type, e.detail); });
});</script>`,
      csp: { scriptSrc: [], imgSrc: [], connectSrc: [] },
    });
    const name = uniqueName('Le Misanthrope');
    const created = await e2e.createEvent({
      name,
      kind: 'multi',
      dates: [{ startsAt: '2027-09-10T20:00:00+02:00' }, { startsAt: '2027-09-11T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3800)] }],
    });
    const { data: shopEvent } = await e2e.stack.client().GET('/api/v1/shop/{slug}/events/{eventId}', { params: { path: { slug: SLUG, eventId: created.id } } });
    const date = (shopEvent as ShopEvent).dates[1];

    const page: Page = await e2e.browser.newPage();
    // The snippet calls this: a DevTools binding, which outlives the navigations to the provider and back.
    await page.exposeFunction('recordIke', (n: string, detail: unknown) => recorded.push({ name: n, detail }));
    const shop = `/shop/${SLUG}`;
    await page.goto(`${e2e.stack.shopUrl}${shop}`);
    await page.getByText(name).click();
    await page.getByTestId(`pick-date-${date.id}`).click();
    await page.getByTestId('booking-date').waitFor();
    await page.locator('[data-testid^="quantity-"]').first().selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await fillCustomer(page, `suivi.${Date.now()}@example.ch`);
    await page.getByTestId('confirm-order').click();
    await page.waitForURL((url) => url.toString().startsWith(e2e.stack.providerUrl));
    await page.getByLabel('Numéro de carte').fill('4000 0000 0000 1000');
    await page.getByLabel('Expiration (MM/AA)').fill('12/30');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: /^Payer/ }).click();
    await page.getByLabel(/Code reçu par SMS/).fill('1234');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByTestId('download-tickets').waitFor();
    // The binding's calls reach the test a moment after the page made them.
    while (!recorded.some((r) => r.name === 'ike_cart_payment_success')) await new Promise((ok) => setTimeout(ok, 50));
    await shot(page, 'tracking-paid');

    const cartPath = recorded.map((r) => r.detail as { path?: string } | null).find((d) => d?.path?.includes('/cart/'))!.path!;
    const cartId = cartPath.split('/cart/')[1];
    const orderPath = new URL(page.url()).pathname + new URL(page.url()).search;
    const orderId = /\/orders\/([0-9a-f-]{36})/.exec(orderPath)![1];

    const line = {
      eventId: created.id,
      eventName: name,
      dateId: date.id,
      startsAt: date.startsAt,
      zoneName: 'Salle',
      priceName: 'Plein tarif',
      quantity: 2,
      unitPrice: chf(3800),
    };
    const money = { total: chf(7600), currency: { name: 'CHF' }, topaid: 76 };
    const cart = { cartId, items: [line], giftVouchers: [], quantity: 2, ...money };
    const order = { orderId, items: [line], giftVouchers: [], quantity: 2, ...money };

    // The purchase, step by step. Card is the method offered first: choosing it changes nothing.
    const checkoutStep = (step: string) => ({ name: 'ike_page_changed', detail: { path: `${shop}/cart/${cartId}/checkout?step=${step}` } });
    const withCard = { ...cart, paymentMethodSelected: 'card' };
    const expected = [
      // Home
      { name: 'ike_page_changed', detail: { path: shop } },
      { name: 'ike_home_view', detail: null },
      // Event, then one of its dates
      { name: 'ike_page_changed', detail: { path: `${shop}/events/${created.id}` } },
      { name: 'ike_event_view', detail: { name } },
      { name: 'ike_date_view', detail: { name, date: date.startsAt } },
      { name: 'ike_page_changed', detail: { path: `${shop}/events/${created.id}?date=${date.id}` } },
      // Add to cart, the cart
      { name: 'ike_cart_add', detail: cart },
      { name: 'ike_page_changed', detail: { path: `${shop}/cart/${cartId}` } },
      { name: 'ike_cart_view', detail: cart },
      // Confirm; the checkout's steps: delivery, the customer's details, the payment
      { name: 'ike_cart_confirm', detail: cart },
      checkoutStep('delivery'),
      { name: 'ike_cart_delivery_view', detail: cart },
      checkoutStep('details'),
      { name: 'ike_cart_form_view', detail: cart },
      checkoutStep('payment'),
      { name: 'ike_cart_payment_view', detail: withCard },
      // Pay by card on the provider's page (no snippet there), back to the paid order
      { name: 'ike_cart_payment_launched', detail: withCard },
      { name: 'ike_page_changed', detail: { path: orderPath } },
      { name: 'ike_cart_payment_success', detail: order },
    ];
    expect(recorded).toEqual(expected);
    await page.close();
  });
});
