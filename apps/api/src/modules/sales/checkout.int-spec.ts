import { FixedClock } from '../../platform/clock/clock';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';
import { CoordinationService } from '../../coordination/coordination.service';

describe('shop checkout (real PostgreSQL)', () => {
  const clock = new FixedClock(new Date('2027-01-10T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'checkout' });
    tenant = await t.createTenant('checkout');
  });
  afterAll(() => t.close());

  const availability = async (dateId: string) => (await t.sql.query(`SELECT capacity, held, sold FROM availabilities WHERE date_id = $1`, [dateId])).rows[0];

  it('holds places in a cart, then turns them into an order with signed tickets, history and a confirmation job', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ ...ev, eventId: undefined, quantity: 2 }] });
    expect(cart.status).toBe(201);
    expect(cart.body.total).toEqual({ amount: 5000, currency: 'CHF' });
    expect(new Date(cart.body.expiresAt).getTime()).toBe(clock.now().getTime() + 900_000);
    expect(await availability(ev.dateId)).toEqual({ capacity: 10, held: 2, sold: 0 });

    const checkout = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Camille', lastName: 'Rochat', email: 'Camille@Example.ch' }, paymentMethod: 'on_site' });
    expect(checkout.status).toBe(201);
    expect(checkout.body.orderNumber).toMatch(/^[0-9A-Z]{8}$/);
    expect(await availability(ev.dateId)).toEqual({ capacity: 10, held: 0, sold: 2 });

    const order = await t
      .http()
      .get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${checkout.body.orderId}`)
      .set('authorization', `Bearer ${tenant.token}`)
      .expect(200);
    expect(order.body).toMatchObject({
      status: 'reserved',
      channel: 'shop',
      paymentMethod: 'on_site',
      total: { amount: 5000, currency: 'CHF' },
      customer: { email: 'camille@example.ch' },
    });
    expect(order.body.tickets).toHaveLength(2);
    expect(order.body.tickets[0].code).toMatch(/^G1\./);
    expect(order.body.history.map((h: { action: string }) => h.action)).toEqual(['orders.order.placed']);
    expect(order.body.history[0].actor).toEqual({ kind: 'customer', label: 'Camille Rochat' });

    const outbox = await t.sql.query(`SELECT queue, name, job_id FROM outbox WHERE payload->>'orderId' = $1`, [checkout.body.orderId]);
    expect(outbox.rows).toEqual([{ queue: 'mail', name: 'order-confirmation', job_id: `order-confirmation.${checkout.body.orderId}` }]);

    const again = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'X', lastName: 'Y', email: 'x@example.ch' }, paymentMethod: 'on_site' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CART_CLOSED');
  });

  it('shows the customer their order only with the access token', async () => {
    const ev = await t.createEvent(tenant, { amount: 0 });
    const { body } = await buy(t, tenant, ev, 1, 'free');
    const ok = await t.http().get(`/api/v1/shop/${tenant.slug}/orders/${body.orderId}`).query({ token: body.accessToken }).expect(200);
    expect(ok.body).toMatchObject({ number: body.orderNumber, status: 'paid', total: { amount: 0, currency: 'CHF' } });
    const wrong = await t.http().get(`/api/v1/shop/${tenant.slug}/orders/${body.orderId}`).query({ token: 'not-the-token' });
    expect(wrong.status).toBe(404);
    const pdf = await t
      .http()
      .get(`/api/v1/shop/${tenant.slug}/orders/${body.orderId}/tickets.pdf`)
      .query({ token: body.accessToken })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses more places than remain, holding nothing', async () => {
    const ev = await t.createEvent(tenant, { capacity: 3 });
    const res = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 4 }] });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'CAPACITY_EXCEEDED', remaining: 3, dateId: ev.dateId });
    expect(await availability(ev.dateId)).toEqual({ capacity: 3, held: 0, sold: 0 });
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM carts WHERE lines @> $1::jsonb`, [JSON.stringify([{ dateId: ev.dateId }])])).rows[0].n).toBe(0);
  });

  it('refuses a payment method that does not fit the total and leaves the cart open', async () => {
    const ev = await t.createEvent(tenant, { amount: 1000 });
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
      .expect(201);
    const res = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'A', lastName: 'B', email: 'a@example.ch' }, paymentMethod: 'free' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'PAYMENT_METHOD_NOT_ALLOWED', errors: [{ field: 'paymentMethod' }] });
    expect((await t.sql.query(`SELECT status FROM carts WHERE id = $1`, [cart.body.id])).rows[0].status).toBe('open');
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE id IN (SELECT order_id FROM carts WHERE id = $1)`, [cart.body.id])).rows[0].n).toBe(
      0,
    );
  });

  it('lets a hold expire: checkout is refused and the sweep gives the places back', async () => {
    const ev = await t.createEvent(tenant, { capacity: 5 });
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 5 }] })
      .expect(201);
    expect(await availability(ev.dateId)).toMatchObject({ held: 5 });
    clock.advance(15 * 60 * 1000 + 1);
    const late = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'A', lastName: 'B', email: 'a@example.ch' }, paymentMethod: 'on_site' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CART_EXPIRED');
    expect(await t.app.get(CoordinationService).expireOverdueCarts()).toBeGreaterThanOrEqual(1);
    expect(await availability(ev.dateId)).toEqual({ capacity: 5, held: 0, sold: 0 });
    expect((await t.sql.query(`SELECT status FROM carts WHERE id = $1`, [cart.body.id])).rows[0].status).toBe('expired');
  });

  it('releases a cart on request', async () => {
    const ev = await t.createEvent(tenant, { capacity: 5 });
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 2 }] })
      .expect(201);
    await t.http().delete(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}`).expect(204);
    expect(await availability(ev.dateId)).toEqual({ capacity: 5, held: 0, sold: 0 });
    const twice = await t.http().delete(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}`);
    expect(twice.status).toBe(409);
  });

  it('never oversells: 200 concurrent buyers on 50 places sell exactly 50', async () => {
    const ev = await t.createEvent(tenant, { capacity: 50 });
    const results = await Promise.all(Array.from({ length: 200 }, () => buy(t, tenant, ev, 1)));
    const sold = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(sold).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(new Set(refused.map((r) => r.body.code))).toEqual(new Set(['CAPACITY_EXCEEDED']));
    expect(await availability(ev.dateId)).toEqual({ capacity: 50, held: 0, sold: 50 });
    const tickets = await t.sql.query(`SELECT count(*)::int AS n FROM tickets WHERE date_id = $1`, [ev.dateId]);
    expect(tickets.rows[0].n).toBe(50);
  });
});
