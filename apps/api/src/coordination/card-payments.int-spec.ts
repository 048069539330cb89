import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { FixedClock } from '../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../test/test-app';
import { TEST_CARDS } from '../test-provider/cards';
import { createTestProvider, SIGNATURE_HEADER, signBody, TestProviderOptions } from '../test-provider/test-provider';
import { CardPayments } from './card-payments.service';

const SECRET = 'integration-test-provider-secret-0123456789';

/**
 * PAY-1, PAY-2 against PostgreSQL and the test provider over HTTP: an order placed with `card` waits,
 * its tickets refused at the door; the customer pays on the provider's page through 3-D Secure; the
 * signed outcome pays the order once whatever the number of callbacks; failed attempts keep the bank's
 * note; an order not paid in time is cancelled and its places go back on sale; a card refund goes
 * through the provider.
 */
describe('card payments through the test provider', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let provider: FastifyInstance;
  let providerUrl: string;
  let deviceToken: string;
  /** Every outcome the provider posted, to replay them. */
  const posted: { body: string; signature: string }[] = [];
  /** While set, the provider's callbacks do not reach the API (it is down). */
  let callbacksLost = false;
  const clock = new FixedClock(new Date('2027-01-10T10:00:00Z'));

  const shop = (tenant: Tenant) => `/api/v1/shop/${tenant.slug}`;
  const admin = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${a.ticketingId}${path}`).set('authorization', `Bearer ${a.token}`);

  /** A cart of `quantity` places checked out with `card`. */
  async function cardOrder(ev: { dateId: string; zoneId: string; priceId: string }, quantity = 2) {
    const cart = await t
      .http()
      .post(`${shop(a)}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
      .expect(201);
    const placed = await t
      .http()
      .post(`${shop(a)}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'card' })
      .expect(201);
    return placed.body as { orderId: string; accessToken: string; payment?: { transactionId: string; redirectUrl: string } };
  }

  /** The attempt the checkout opened, shaped like startCardPayment's answer. */
  const firstAttempt = (placed: { payment?: { transactionId: string; redirectUrl: string } }) => {
    expect(placed.payment).toEqual({ transactionId: expect.any(String), redirectUrl: expect.stringMatching(/\/pay\/ts_/) });
    return { body: placed.payment! };
  };

  const start = (order: { orderId: string; accessToken: string }) =>
    t
      .http()
      .post(`${shop(a)}/orders/${order.orderId}/card-payments`)
      .query({ token: order.accessToken });

  /** What the customer's browser does on the provider's pages: the card form, then the 3-D Secure code. */
  async function pay(redirectUrl: string, number: string, code = '1234'): Promise<{ status: number; location: string | null; html: string }> {
    const form = await fetch(redirectUrl);
    expect(await form.text()).toContain('Numéro de carte');
    const submitted = await fetch(redirectUrl, {
      method: 'POST',
      body: new URLSearchParams({ number, expiry: '12/30', cvc: '123' }),
      redirect: 'manual',
    });
    const html = await submitted.text();
    if (submitted.status !== 200 || !html.includes('3-D Secure')) return { status: submitted.status, location: submitted.headers.get('location'), html };
    const challenged = await fetch(`${redirectUrl}/3ds`, { method: 'POST', body: new URLSearchParams({ code }), redirect: 'manual' });
    return { status: challenged.status, location: challenged.headers.get('location'), html: await challenged.text() };
  }

  const order = async (orderId: string) => (await admin('get', `/orders/${orderId}`).expect(200)).body;
  const scan = async (code: string) =>
    (await t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code }).expect(200)).body.result as string;
  const sold = async (dateId: string) => (await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [dateId])).rows[0];

  const providerOptions: TestProviderOptions = {
    secret: SECRET,
    // Each test replays callbacks itself; the provider's own retries are the e2e fault test's.
    retryDelaysMs: [],
    // The API under test answers through supertest (no port): the provider's callbacks go the same way.
    deliver: async (url, body, signature) => {
      posted.push({ body, signature });
      if (callbacksLost) throw new Error('the API is down');
      await t.http().post(new URL(url).pathname).set('content-type', 'application/json').set(SIGNATURE_HEADER, signature).send(body);
    },
  };

  beforeAll(async () => {
    provider = createTestProvider(providerOptions);
    await provider.listen({ port: 0, host: '127.0.0.1' });
    providerUrl = `http://127.0.0.1:${(provider.server.address() as AddressInfo).port}`;
    t = await startTestApp({ label: 'card-payments', clock, env: { PAYMENT_PROVIDER_URL: providerUrl, PAYMENT_PROVIDER_SECRET: SECRET } });
    a = await t.createTenant('card-a');
    b = await t.createTenant('card-b');
    deviceToken = (await admin('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  it('pays an order through a 3-D Secure challenge, once however many times the outcome is posted; its tickets enter once paid', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 4500 });
    const placed = await cardOrder(ev);
    // The checkout opened the first attempt: the customer is on their way to the provider's page.
    const started = firstAttempt(placed);
    const waiting = await order(placed.orderId);
    expect(waiting).toMatchObject({
      status: 'reserved',
      paymentMethod: 'card',
      transactions: [expect.objectContaining({ id: started.body.transactionId, status: 'started', amount: { amount: 9000, currency: 'CHF' } })],
      amountDue: { amount: 9000 },
    });
    expect(new Date(waiting.paymentDueAt).getTime()).toBe(clock.now().getTime() + 1200 * 1000);
    expect(await scan(waiting.tickets[0].code)).toBe('not_paid');
    const noMailYet = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'order-confirmation' AND payload->>'orderId' = $1`, [
      placed.orderId,
    ]);
    expect(noMailYet.rows[0].n).toBe(0);

    expect(started.body.redirectUrl.startsWith(providerUrl)).toBe(true);
    const result = await pay(started.body.redirectUrl, TEST_CARDS.visaChallenge);
    expect(result.status).toBe(303);
    const back = new URL(result.location!);
    expect(back.pathname).toBe(`/shop/${a.slug}/orders/${placed.orderId}`);
    expect(back.searchParams.get('token')).toBe(placed.accessToken);
    expect(back.searchParams.get('transaction')).toBe(started.body.transactionId);

    const paid = await order(placed.orderId);
    expect(paid).toMatchObject({ status: 'paid', paymentDueAt: null, amountDue: { amount: 0 }, paid: { amount: 9000 } });
    expect(paid.transactions).toEqual([
      expect.objectContaining({
        id: started.body.transactionId,
        status: 'succeeded',
        provider: 'test',
        amount: { amount: 9000, currency: 'CHF' },
        card: { brand: 'visa', last4: '1000' },
      }),
    ]);
    expect(paid.payments).toEqual([expect.objectContaining({ method: 'card', amount: { amount: 9000, currency: 'CHF' }, status: 'succeeded' })]);
    expect(paid.history.map((h: { action: string }) => h.action)).toContain('orders.order.paid');
    // The confirmation with the tickets is queued once paid, not when the order was placed.
    const mails = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'order-confirmation' AND payload->>'orderId' = $1`, [placed.orderId]);
    expect(mails.rows[0].n).toBe(1);

    // The provider retries its callback: still one payment, one history line.
    const last = posted[posted.length - 1];
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/api/v1/payment-providers/test/outcomes')
        .set('content-type', 'application/json')
        .set(SIGNATURE_HEADER, last.signature)
        .send(last.body)
        .expect(204);
    }
    const again = await order(placed.orderId);
    expect(again.payments).toHaveLength(1);
    expect(again.history.filter((h: { action: string }) => h.action === 'orders.order.paid')).toHaveLength(1);
    expect(await scan(again.tickets[0].code)).toBe('accepted');

    // A paid order is not paid again.
    expect((await start(placed).expect(409)).body.code).toBe('ORDER_NOT_AWAITING_PAYMENT');
  });

  it('keeps every failed attempt with the bank’s note, and a later attempt pays', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 3000 });
    const placed = await cardOrder(ev, 1);
    let attempt = firstAttempt(placed);
    for (const [number, code] of [
      [TEST_CARDS.visaDeclined, '1234'],
      [TEST_CARDS.amex, '1234'],
      [TEST_CARDS.mastercardChallenge, '0000'],
    ] as const) {
      const result = await pay(attempt.body.redirectUrl, number, code);
      expect(result.status).toBe(303);
      attempt = await start(placed).expect(201);
    }
    // Not enrolled in 3-D Secure: the bank's page stays blank, the attempt fails.
    const result = await pay(attempt.body.redirectUrl, TEST_CARDS.visaNotEnrolled);
    expect(result.status).toBe(200);
    expect(result.html).toContain('data-testid="blank-3ds"');

    const failed = await order(placed.orderId);
    expect(failed.status).toBe('reserved');
    expect(failed.transactions.map((x: { status: string; note: string; card: { brand: string } | null }) => [x.status, x.card?.brand, x.note])).toEqual([
      ['failed', 'visa', '05 Do not honor: declined by the issuing bank'],
      ['failed', 'amex', 'American Express is not accepted: pay with a VISA or MasterCard card'],
      ['failed', 'mastercard', '3-D Secure authentication failed'],
      ['failed', 'visa', '3-D Secure is not activated on this card: the cardholder must ask their bank'],
    ]);
    expect(failed.payments).toEqual([]);

    const retry = await start(placed).expect(201);
    await pay(retry.body.redirectUrl, TEST_CARDS.mastercardChallenge);
    const paid = await order(placed.orderId);
    expect(paid.status).toBe('paid');
    expect(paid.transactions.map((x: { status: string }) => x.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'succeeded']);
  });

  it('refuses an outcome not signed by the provider, changing nothing', async () => {
    const ev = await t.createEvent(a, { capacity: 10 });
    const placed = await cardOrder(ev, 1);
    const attempt = firstAttempt(placed);
    const session = new URL(attempt.body.redirectUrl).pathname.split('/').pop();
    const forged = JSON.stringify({
      sessionId: session,
      reference: attempt.body.transactionId,
      status: 'succeeded',
      amount: 2500,
      currency: 'CHF',
      brand: 'visa',
      last4: '1000',
      note: 'ok',
    });
    for (const signature of [undefined, signBody('another-secret-of-at-least-32-characters', forged)]) {
      const req = t.http().post('/api/v1/payment-providers/test/outcomes').set('content-type', 'application/json');
      const res = await (signature ? req.set(SIGNATURE_HEADER, signature) : req).send(forged);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('PAYMENT_OUTCOME_REJECTED');
    }
    expect(await order(placed.orderId)).toMatchObject({ status: 'reserved', payments: [], transactions: [expect.objectContaining({ status: 'started' })] });
  });

  it('cancels an order not paid by its deadline, its places back on sale; a payment arriving later is refunded to the card', async () => {
    const ev = await t.createEvent(a, { capacity: 3 });
    const placed = await cardOrder(ev, 3);
    expect(await sold(ev.dateId)).toEqual({ sold: 3, held: 0 });
    const attempt = firstAttempt(placed);
    // The customer types their card number, then leaves the bank's page open past the deadline.
    await fetch(attempt.body.redirectUrl, { method: 'POST', body: new URLSearchParams({ number: TEST_CARDS.visaChallenge, expiry: '12/30', cvc: '123' }) });

    clock.advance(1201 * 1000);
    expect(await t.app.get(CardPayments).cancelOverdue()).toBeGreaterThanOrEqual(1);
    const cancelled = await order(placed.orderId);
    expect(cancelled.status).toBe('cancelled');
    expect(await sold(ev.dateId)).toEqual({ sold: 0, held: 0 });
    expect((await start(placed).expect(409)).body.code).toBe('ORDER_NOT_AWAITING_PAYMENT');

    // The bank approves after all: the money is recorded and given back to the card.
    const late = await fetch(`${attempt.body.redirectUrl}/3ds`, { method: 'POST', body: new URLSearchParams({ code: '1234' }), redirect: 'manual' });
    expect(late.status).toBe(303);
    const after = await order(placed.orderId);
    expect(after.status).toBe('cancelled');
    expect(after.payments).toEqual([expect.objectContaining({ method: 'card', amount: { amount: 7500, currency: 'CHF' } })]);
    expect(after.refunds).toEqual([
      expect.objectContaining({ method: 'card', amount: { amount: 7500, currency: 'CHF' }, reason: 'Paiement arrivé après l’annulation de la commande' }),
    ]);
    expect(after.refunds[0].providerReference).toMatch(/^tr_/);
    expect(after.balance.amount).toBe(0);
  });

  it('refunds to the card through the provider, never more than was paid', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 4000 });
    const placed = await cardOrder(ev, 2);
    const attempt = firstAttempt(placed);
    await pay(attempt.body.redirectUrl, TEST_CARDS.visaChallenge);
    const refunded = await admin('post', `/orders/${placed.orderId}/refunds`).send({ amount: 4000, method: 'card', reason: 'Geste commercial' }).expect(200);
    expect(refunded.body.refunds).toEqual([
      expect.objectContaining({ method: 'card', amount: { amount: 4000, currency: 'CHF' }, note: 'Refunded to the card' }),
    ]);
    const tooMuch = await admin('post', `/orders/${placed.orderId}/refunds`).send({ amount: 4001, method: 'card' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('REFUND_EXCEEDS_PAID');
    expect((await order(placed.orderId)).refunds).toHaveLength(1);
  });

  it('is scoped to the shop: another shop cannot start a payment of this order', async () => {
    const ev = await t.createEvent(a, { capacity: 10 });
    const placed = await cardOrder(ev, 1);
    const res = await t
      .http()
      .post(`${shop(b)}/orders/${placed.orderId}/card-payments`)
      .query({ token: placed.accessToken });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ORDER_NOT_FOUND');
    const wrongToken = await t
      .http()
      .post(`${shop(a)}/orders/${placed.orderId}/card-payments`)
      .query({ token: 'not-the-token' });
    expect(wrongToken.status).toBe(404);
  });

  it('places the order when the provider does not answer at checkout; the shop opens the attempt afterwards', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 2500 });
    const port = (provider.server.address() as AddressInfo).port;
    await provider.close();
    try {
      const placed = await cardOrder(ev, 1);
      expect(placed.payment).toBeUndefined();
      expect(await order(placed.orderId)).toMatchObject({ status: 'reserved', transactions: [], amountDue: { amount: 2500 } });
      expect((await start(placed).expect(503)).body.code).toBe('PAYMENT_PROVIDER_UNAVAILABLE');
    } finally {
      provider = createTestProvider(providerOptions);
      await provider.listen({ port, host: '127.0.0.1' });
    }
    const later = await cardOrder(ev, 1);
    const attempt = firstAttempt(later);
    expect((await pay(attempt.body.redirectUrl, TEST_CARDS.visaChallenge)).status).toBe(303);
    expect((await order(later.orderId)).status).toBe('paid');
  });

  describe('when the provider’s callback is lost', () => {
    beforeEach(() => (callbacksLost = true));
    afterEach(() => (callbacksLost = false));

    const check = (shopOf: Tenant, placed: { orderId: string; accessToken: string }, transactionId: string, token = placed.accessToken) =>
      t
        .http()
        .post(`${shop(shopOf)}/orders/${placed.orderId}/card-payments/${transactionId}/check`)
        .query({ token });

    it('the customer’s return asks the provider and settles the order once; the late callback changes nothing', async () => {
      const ev = await t.createEvent(a, { capacity: 10, amount: 2000 });
      const placed = await cardOrder(ev, 2);
      const attempt = firstAttempt(placed);
      expect((await pay(attempt.body.redirectUrl, TEST_CARDS.visaChallenge)).status).toBe(303);
      expect(await order(placed.orderId)).toMatchObject({ status: 'reserved', transactions: [expect.objectContaining({ status: 'started' })] });

      // Another shop, or without the order's secret: nothing is asked, nothing changes.
      expect((await check(b, placed, attempt.body.transactionId).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
      expect((await check(a, placed, attempt.body.transactionId, 'not-the-token').expect(404)).body.code).toBe('ORDER_NOT_FOUND');
      expect((await order(placed.orderId)).status).toBe('reserved');

      await check(a, placed, attempt.body.transactionId).set('Idempotency-Key', `check-${placed.orderId}`).expect(204);
      const paid = await order(placed.orderId);
      expect(paid).toMatchObject({ status: 'paid', amountDue: { amount: 0 }, transactions: [expect.objectContaining({ status: 'succeeded' })] });
      expect(paid.payments).toHaveLength(1);

      // The callback comes after all, and the customer reloads: still one payment, one confirmation.
      callbacksLost = false;
      const late = posted[posted.length - 1];
      await t
        .http()
        .post('/api/v1/payment-providers/test/outcomes')
        .set('content-type', 'application/json')
        .set(SIGNATURE_HEADER, late.signature)
        .send(late.body)
        .expect(204);
      const replayed = await check(a, placed, attempt.body.transactionId).set('Idempotency-Key', `check-${placed.orderId}`).expect(204);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      await check(a, placed, attempt.body.transactionId).expect(204);
      const after = await order(placed.orderId);
      expect(after.payments).toHaveLength(1);
      expect(after.history.filter((h: { action: string }) => h.action === 'orders.order.paid')).toHaveLength(1);
      const mails = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'order-confirmation' AND payload->>'orderId' = $1`, [placed.orderId]);
      expect(mails.rows[0].n).toBe(1);
    });

    it('keeps the bank’s note of a declined attempt the customer comes back from', async () => {
      const ev = await t.createEvent(a, { capacity: 10 });
      const placed = await cardOrder(ev, 1);
      const attempt = firstAttempt(placed);
      await pay(attempt.body.redirectUrl, TEST_CARDS.visaDeclined);
      await check(a, placed, attempt.body.transactionId).expect(204);
      expect(await order(placed.orderId)).toMatchObject({
        status: 'reserved',
        transactions: [expect.objectContaining({ status: 'failed', note: '05 Do not honor: declined by the issuing bank' })],
      });
    });

    it('the deadline sweep asks the provider first: a paid attempt settles the order instead of cancelling it', async () => {
      const ev = await t.createEvent(a, { capacity: 2 });
      const placed = await cardOrder(ev, 2);
      const attempt = firstAttempt(placed);
      await pay(attempt.body.redirectUrl, TEST_CARDS.mastercardChallenge);
      clock.advance(1201 * 1000);
      await t.app.get(CardPayments).cancelOverdue();
      const settled = await order(placed.orderId);
      expect(settled).toMatchObject({ status: 'paid', refunds: [] });
      expect(settled.payments).toHaveLength(1);
      // Its places stay sold to it: none went back on sale.
      expect(await sold(ev.dateId)).toEqual({ sold: 2, held: 0 });
    });
  });
});
