import { buy, signInMember, startTestApp, Tenant, TestApp } from '../test/test-app';

/**
 * TO-1, TO-3 against PostgreSQL: the ticket office holds places like the shop and sells them on its
 * own channel, by the user, paid tender by tender (cash with change, card terminal, mixed), as a
 * reservation or by invoice; refusals write nothing; a counter sale and online buyers race fairly
 * for the last places.
 */
describe('selling at the counter', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const api = (method: 'get' | 'post' | 'delete', path: string, token = tenant.token, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const openCart = (ev: { dateId: string; zoneId: string; priceId: string }, quantity: number, token = tenant.token) =>
    api('post', '/counter/carts', token).send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] });
  const sell = (cartId: string, body: object, token = tenant.token) => api('post', `/counter/carts/${cartId}/sale`, token).send(body);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const counts = async (dateId: string) => ({
    availability: (await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [dateId])).rows[0],
    orders: (await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n,
    payments: (await t.sql.query(`SELECT count(*)::int AS n FROM payments WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n,
  });

  beforeAll(async () => {
    t = await startTestApp({ label: 'counter-sales' });
    tenant = await t.createTenant('counter');
    other = await t.createTenant('counter-other');
  });
  afterAll(() => t.close());

  it('sells 3 tickets paid in cash with change, as the ticket office, by the user; nothing is emailed without an email', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const clerk = await signInMember(t, tenant, 'ticket_office');
    const cart = await openCart(ev, 3, clerk).expect(201);
    expect(cart.body).toMatchObject({ status: 'open', total: { amount: 7500, currency: 'CHF' } });

    const sold = await sell(cart.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 7500, given: 10000 }] }, clerk).expect(201);
    expect(sold.body).toEqual({ orderId: expect.any(String), orderNumber: expect.any(String), status: 'paid', change: 2500 });

    const placed = await order(sold.body.orderId);
    expect(placed).toMatchObject({
      channel: 'ticket_office',
      status: 'paid',
      paymentMethod: 'on_site',
      total: { amount: 7500 },
      paid: { amount: 7500 },
      amountDue: { amount: 0 },
      ticketCount: 3,
      customer: { email: '', customerId: null },
    });
    expect(placed.payments).toEqual([expect.objectContaining({ method: 'cash', amount: { amount: 7500, currency: 'CHF' }, status: 'succeeded' })]);
    expect(placed.history[0]).toMatchObject({ action: 'orders.order.placed', actor: { kind: 'user', label: 'ticket_office' } });
    expect((await counts(ev.dateId)).availability).toEqual({ sold: 3, held: 0 });
    const mails = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'orderId' = $1 AND queue = 'mail'`, [sold.body.orderId]);
    expect(mails.rows[0].n).toBe(0);
    // No customer record for an anonymous sale.
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM customers WHERE ticketing_id = $1 AND email = ''`, [tenant.ticketingId])).rows[0].n).toBe(0);
    // Nowhere to resend it: the order's actions say why, and the resend is refused without writing anything.
    expect(placed.actions.resend).toEqual({ allowed: false, reason: 'ORDER_HAS_NO_EMAIL' });
    const resent = await api('post', `/orders/${sold.body.orderId}/resend`).send({ what: 'tickets' }).expect(409);
    expect(resent.body.code).toBe('ORDER_HAS_NO_EMAIL');
    const after = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'orderId' = $1 AND queue = 'mail'`, [sold.body.orderId]);
    expect(after.rows[0].n).toBe(0);
    expect((await order(sold.body.orderId)).history).toHaveLength(placed.history.length);
  });

  it('takes mixed tenders (card terminal with its reference, then cash) and links the customer of the email given', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 3000 });
    const cart = await openCart(ev, 2).expect(201);
    const sold = await sell(cart.body.id, {
      customer: { firstName: 'Grace', lastName: 'Hopper', email: 'Grace@Example.ch' },
      settlement: 'paid',
      tenders: [
        { method: 'card', amount: 4000, reference: 'TRM-000123' },
        { method: 'cash', amount: 2000, given: 2000 },
      ],
    }).expect(201);
    expect(sold.body).toMatchObject({ status: 'paid', change: 0 });
    const placed = await order(sold.body.orderId);
    expect(placed.customer).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.ch', customerId: expect.any(String) });
    // Both tenders are payments of the same instant: compared whatever their order.
    const tenders = placed.payments.map((p: { method: string; amount: { amount: number }; providerReference: string | null }) => [
      p.method,
      p.amount.amount,
      p.providerReference,
    ]);
    expect(tenders.sort()).toEqual([
      ['card', 4000, 'TRM-000123'],
      ['cash', 2000, null],
    ]);
    // An email given: the confirmation with the tickets is sent.
    const mails = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'order-confirmation' AND payload->>'orderId' = $1`, [
      sold.body.orderId,
    ]);
    expect(mails.rows[0].n).toBe(1);
  });

  it('makes a reservation to pay on site (its tickets wait for the counter) or a sale without tenders when nothing is owed', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const cart = await openCart(ev, 2).expect(201);
    const reserved = await sell(cart.body.id, { customer: { lastName: 'Curie' }, settlement: 'on_site' }).expect(201);
    expect(reserved.body).toMatchObject({ status: 'reserved', change: 0 });
    expect(await order(reserved.body.orderId)).toMatchObject({ status: 'reserved', paymentMethod: 'on_site', amountDue: { amount: 2000 * 2 }, payments: [] });

    const free = await t.createEvent(tenant, { capacity: 10, amount: 0 });
    const freeCart = await openCart(free, 1).expect(201);
    const given = await sell(freeCart.body.id, { settlement: 'paid' }).expect(201);
    expect(await order(given.body.orderId)).toMatchObject({ status: 'paid', paymentMethod: 'free', total: { amount: 0 }, payments: [] });
  });

  it('applies a promo code to a counter cart and reads it back; the sale is paid at the discounted total', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 4000 });
    await api('post', '/promo-codes').send({ code: 'Guichet10', kind: 'percentage', percent: 10 }).expect(201);
    const cart = await openCart(ev, 2).expect(201);
    const applied = await api('post', `/counter/carts/${cart.body.id}/promo-code`).send({ code: 'guichet10' }).expect(200);
    expect(applied.body).toMatchObject({ promoCode: 'GUICHET10', discount: { amount: 800 }, total: { amount: 7200 } });
    expect((await api('get', `/counter/carts/${cart.body.id}`).expect(200)).body.total.amount).toBe(7200);
    const refused = await sell(cart.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 8000 }] }).expect(422);
    expect(refused.body.code).toBe('TENDERS_INVALID');
    const sold = await sell(cart.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 7200 }] }).expect(201);
    expect(await order(sold.body.orderId)).toMatchObject({ total: { amount: 7200 }, promoCode: 'GUICHET10', paid: { amount: 7200 } });
  });

  it('refuses tenders that do not settle the sale, naming the field, and writes nothing', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const cart = await openCart(ev, 2).expect(201);
    const before = await counts(ev.dateId);
    const cases: [object, string][] = [
      [{ settlement: 'paid', tenders: [{ method: 'cash', amount: 4000 }] }, 'tenders'],
      [
        {
          settlement: 'paid',
          tenders: [
            { method: 'cash', amount: 3000 },
            { method: 'card', amount: 3000 },
          ],
        },
        'tenders',
      ],
      [{ settlement: 'paid' }, 'tenders'],
      [{ settlement: 'paid', tenders: [{ method: 'cash', amount: 5000, given: 4000 }] }, 'tenders[0].given'],
      [{ settlement: 'paid', tenders: [{ method: 'card', amount: 5000, given: 6000 }] }, 'tenders[0].given'],
      [{ settlement: 'on_site', tenders: [{ method: 'cash', amount: 5000 }] }, 'tenders'],
    ];
    for (const [body, field] of cases) {
      const res = await sell(cart.body.id, body).expect(422);
      expect(res.body).toMatchObject({ code: 'TENDERS_INVALID', errors: [expect.objectContaining({ field })] });
    }
    const malformed = await sell(cart.body.id, { settlement: 'barter', tenders: [{ method: 'shells', amount: -1 }] }).expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['settlement', 'tenders[0].method', 'tenders[0].amount']),
    );
    expect(await counts(ev.dateId)).toEqual({ ...before, availability: { sold: 0, held: 2 } });
    // The cart is still open: a right sale goes through.
    await sell(cart.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 5000 }] }).expect(201);
  });

  it('races online buyers fairly for the last places: never more sold than the capacity', async () => {
    const ev = await t.createEvent(tenant, { capacity: 6, amount: 1000 });
    const attempts = await Promise.all([...Array.from({ length: 4 }, () => openCart(ev, 2)), ...Array.from({ length: 4 }, () => buy(t, tenant, ev, 2))]);
    const counter = attempts.slice(0, 4) as { status: number; body: { id: string } }[];
    const online = attempts.slice(4) as { status: number }[];
    const held = counter.filter((r) => r.status === 201);
    for (const r of held) await sell(r.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 2000 }] }).expect(201);
    const winners = held.length + online.filter((r) => r.status === 201).length;
    expect(winners).toBe(3);
    expect([...counter, ...online].filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    expect((await counts(ev.dateId)).availability).toEqual({ sold: 6, held: 0 });
  });

  it('sells whatever the online sales window: the counter is open at the door after online sales closed', async () => {
    const created = await api('post', '/events')
      .send({
        name: 'Complet en ligne',
        status: 'published',
        salesEndAt: '2020-01-01T00:00:00Z',
        dates: [{ startsAt: '2027-06-01T20:00:00+02:00' }],
        zones: [{ name: 'Salle', capacity: 10 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 2500, currency: 'CHF' }] }],
      })
      .expect(201);
    const ev = { dateId: created.body.dates[0].id, zoneId: created.body.zones[0].id, priceId: created.body.prices[0].id };
    const online = await buy(t, tenant, ev, 1);
    expect(online).toMatchObject({ status: 422, body: { code: 'SALES_CLOSED' } });
    const cart = await openCart(ev, 1).expect(201);
    await sell(cart.body.id, { settlement: 'paid', tenders: [{ method: 'card', amount: 2500 }] }).expect(201);
  });

  it('keeps to its ticketing and to the roles that sell: control may not, another ticketing’s cart is not found', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const control = await signInMember(t, tenant, 'control');
    expect((await openCart(ev, 1, control).expect(403)).body.code).toBeDefined();
    const cart = await openCart(ev, 1).expect(201);
    // Another ticketing's admin, on their own ticketing's path, names our cart: not found, nothing sold.
    const theirs = await api('post', `/counter/carts/${cart.body.id}/sale`, other.token, other).send({ settlement: 'on_site' });
    expect(theirs.status).toBe(404);
    // Our event's places through their ticketing: refused.
    const foreign = await api('post', '/counter/carts', other.token, other).send({ items: [{ ...ev, quantity: 1 }] });
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign.status).toBeLessThan(500);
    await api('delete', `/counter/carts/${cart.body.id}`).expect(204);
    expect((await counts(ev.dateId)).availability).toEqual({ sold: 0, held: 0 });
  });
});
