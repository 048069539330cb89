import { buy, startTestApp, Tenant, TestApp } from '../test/test-app';

/**
 * ORD-6/7/9: cancelling an order or some tickets (places and seats back on sale in the same write,
 * no refund implied), refunds in the ledger, and what the order's ⋯ menu allows — against PostgreSQL.
 */
describe('order changes: cancellation and refunds', () => {
  let t: TestApp;
  let tenant: Tenant;
  let deviceToken: string;

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const sold = async (dateId: string) => (await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [dateId])).rows[0];
  const scan = (code: string) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code });

  beforeAll(async () => {
    t = await startTestApp({ label: 'orderchanges' });
    tenant = await t.createTenant('order-changes');
    deviceToken = (await api('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(() => t.close());

  it('cancels a whole order: tickets refused at the door, places back on sale, nothing refunded, the history says who and why', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 3030 });
    const { body: placed } = await buy(t, tenant, ev, 3);
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    expect(await sold(ev.dateId)).toEqual({ sold: 3, held: 0 });
    const before = await order(placed.orderId);
    expect(before.actions.cancelOrder).toEqual({ allowed: true, reason: null });

    const after = (await api('post', `/orders/${placed.orderId}/cancel`).send({ reason: 'Demande de la cliente' }).expect(200)).body;
    expect(after).toMatchObject({
      status: 'cancelled',
      total: { amount: 0 },
      paid: { amount: 9090 },
      refunded: { amount: 0 },
      amountDue: { amount: 0 },
      balance: { amount: -9090 },
      refunds: [],
    });
    expect(after.tickets.every((tk: { status: string }) => tk.status === 'cancelled')).toBe(true);
    expect(after.history.at(-1)).toMatchObject({
      action: 'orders.order.cancelled',
      actor: { kind: 'user' },
      data: { tickets: 3, reason: 'Demande de la cliente', amount: { amount: 9090 }, customerNotified: false },
    });
    expect(after.actions).toMatchObject({
      cancelOrder: { allowed: false, reason: 'ORDER_ALREADY_CANCELLED' },
      resend: { allowed: false, reason: 'ORDER_ALREADY_CANCELLED' },
      refund: { allowed: true, reason: null },
    });
    expect(await sold(ev.dateId)).toEqual({ sold: 0, held: 0 });
    const verdict = (await scan(before.tickets[0].code).expect(200)).body;
    expect(verdict).toMatchObject({ result: 'cancelled', valid: false });

    // Cancelling twice changes nothing the second time.
    const again = await api('post', `/orders/${placed.orderId}/cancel`).send({}).expect(409);
    expect(again.body.code).toBe('ORDER_ALREADY_CANCELLED');
    expect(await sold(ev.dateId)).toEqual({ sold: 0, held: 0 });
  });

  it('cancels selected tickets: the order costs less, the other tickets stay valid, a refund is recorded only when given', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const { body: placed } = await buy(t, tenant, ev, 3);
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'card' }).expect(200);
    const [first, second, third] = (await order(placed.orderId)).tickets;

    const after = (
      await api('post', `/orders/${placed.orderId}/tickets/cancel`)
        .send({ ticketIds: [first.id, second.id], refund: { amount: 4000, method: 'cash', reason: 'Empêchement' } })
        .expect(200)
    ).body;
    expect(after).toMatchObject({ status: 'paid', total: { amount: 2000 }, paid: { amount: 6000 }, refunded: { amount: 4000 }, balance: { amount: 0 } });
    expect(after.tickets.map((tk: { status: string }) => tk.status)).toEqual(['cancelled', 'cancelled', 'valid']);
    expect(after.refunds).toEqual([expect.objectContaining({ method: 'cash', amount: { amount: 4000, currency: 'CHF' }, reason: 'Empêchement' })]);
    expect(after.history.at(-1)).toMatchObject({
      action: 'orders.tickets.cancelled',
      data: { tickets: 2, refund: { method: 'cash', amount: { amount: 4000 } } },
    });
    expect(await sold(ev.dateId)).toEqual({ sold: 1, held: 0 });
    expect((await scan(third.code).expect(200)).body.result).toBe('accepted');

    // A ticket already cancelled, or another order's, is refused and changes nothing.
    const twice = await api('post', `/orders/${placed.orderId}/tickets/cancel`)
      .send({ ticketIds: [first.id] })
      .expect(409);
    expect(twice.body).toMatchObject({ code: 'TICKETS_NOT_CANCELLABLE', ticketIds: [first.id] });
    const { body: other } = await buy(t, tenant, ev, 1);
    const foreign = await api('post', `/orders/${other.orderId}/tickets/cancel`)
      .send({ ticketIds: [third.id] })
      .expect(422);
    expect(foreign.body).toMatchObject({ code: 'TICKET_NOT_IN_ORDER', errors: [{ field: 'ticketIds[0]' }] });
    expect(await sold(ev.dateId)).toEqual({ sold: 2, held: 0 });
  });

  it('frees a cancelled seat, which the shop then sells again', async () => {
    const seats = ['A', 'B'].flatMap((row, r) =>
      Array.from({ length: 6 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 10 + r * 10, category: 'Catégorie 1' })),
    );
    const plan = (await api('post', '/seating-plans').send({ name: 'Salle', width: 100, height: 50, seats }).expect(201)).body;
    const event = (
      await api('post', '/events')
        .send({
          name: 'Cyrano',
          status: 'published',
          dates: [{ startsAt: '2027-04-01T20:00:00+02:00' }],
          zones: [{ name: 'Cat. 1', planId: plan.id, category: 'Catégorie 1' }],
          prices: [{ name: 'Plein', kind: 'fixed', amounts: [{ amount: 5200, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
    const item = { dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id };
    const { body: placed } = await buy(t, tenant, item, 2);
    const seat = (await order(placed.orderId)).tickets[0];
    const taken = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ ...item, quantity: 1, seatIds: [seat.seatId] }] });
    expect(taken.status).toBe(409);

    await api('post', `/orders/${placed.orderId}/tickets/cancel`)
      .send({ ticketIds: [seat.id] })
      .expect(200);
    const again = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ ...item, quantity: 1, seatIds: [seat.seatId] }] })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${again.body.id}/checkout`)
      .send({ customer: { firstName: 'Léo', lastName: 'Favre', email: 'leo@example.ch' }, paymentMethod: 'on_site' })
      .expect(201);
  });

  it('sells cancelled places exactly once again, while buyers race for them', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: big } = await buy(t, tenant, ev, 6);
    await buy(t, tenant, ev, 4);
    expect(await sold(ev.dateId)).toEqual({ sold: 10, held: 0 });
    const tickets = (await order(big.orderId)).tickets.slice(0, 3).map((tk: { id: string }) => tk.id);
    const [cancel, ...buyers] = await Promise.all([
      api('post', `/orders/${big.orderId}/tickets/cancel`).send({ ticketIds: tickets }),
      ...Array.from({ length: 20 }, () => buy(t, tenant, ev, 1)),
    ]);
    expect(cancel.status).toBe(200);
    const late = buyers.filter((b) => b.status === 201).length;
    // Buyers who came before the cancellation committed found it full; at most 3 got a place.
    expect(late).toBeLessThanOrEqual(3);
    const state = await sold(ev.dateId);
    expect(state.sold + state.held).toBeLessThanOrEqual(10);
    expect(state.sold).toBe(7 + late);
    // Whatever is still free is sold to the next buyers, and no further.
    const more = await Promise.all(Array.from({ length: 6 }, () => buy(t, tenant, ev, 1)));
    expect(more.filter((b) => b.status === 201)).toHaveLength(3 - late);
    expect(await sold(ev.dateId)).toEqual({ sold: 10, held: 0 });
    const valid = await t.sql.query(`SELECT count(*)::int AS n FROM tickets WHERE date_id = $1 AND status = 'valid'`, [ev.dateId]);
    expect(valid.rows[0].n).toBe(10);
  });

  it('of two clerks cancelling the same tickets at once, one does it and places come back once', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 2);
    const ids = (await order(placed.orderId)).tickets.map((tk: { id: string }) => tk.id);
    const results = await Promise.all([
      api('post', `/orders/${placed.orderId}/tickets/cancel`).send({ ticketIds: ids }),
      api('post', `/orders/${placed.orderId}/tickets/cancel`).send({ ticketIds: ids }),
      api('post', `/orders/${placed.orderId}/cancel`).send({}),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
    expect(await sold(ev.dateId)).toEqual({ sold: 0, held: 0 });
  });

  it('refunds up to what was paid, by a method with a reason, and never beyond — even with two refunds at once', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 5000 });
    const { body: placed } = await buy(t, tenant, ev, 1);
    const nothing = (await order(placed.orderId)).actions.refund;
    expect(nothing).toEqual({ allowed: false, reason: 'NOTHING_TO_REFUND' });
    expect((await api('post', `/orders/${placed.orderId}/refunds`).send({ amount: 100, method: 'cash' }).expect(422)).body.code).toBe('REFUND_EXCEEDS_PAID');

    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'bank_transfer' }).expect(200);
    const partial = (
      await api('post', `/orders/${placed.orderId}/refunds`).send({ amount: 1500, method: 'bank_transfer', reason: 'Geste commercial' }).expect(200)
    ).body;
    expect(partial).toMatchObject({ status: 'paid', refunded: { amount: 1500 }, balance: { amount: 1500 }, amountDue: { amount: 0 } });
    expect(partial.history.at(-1)).toMatchObject({ action: 'orders.order.refunded', data: { method: 'bank_transfer', reason: 'Geste commercial' } });

    // 3,500 is left to give back: of three refunds of 2,000 at once, exactly one fits.
    const racing = await Promise.all([1, 2, 3].map(() => api('post', `/orders/${placed.orderId}/refunds`).send({ amount: 2000, method: 'cash' })));
    expect(racing.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    const refunded = await t.sql.query(`SELECT sum(amount)::int AS n FROM refunds WHERE order_id = $1`, [placed.orderId]);
    expect(refunded.rows[0].n).toBe(3500);
  });

  it('gives a whole order’s promo use back, cancels the gift vouchers it sold, and refunds to the voucher that paid', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 4000 });
    await api('post', '/promo-codes').send({ code: 'UNEFOIS', kind: 'percentage', percent: 50, usageLimit: 1 }).expect(201);
    const offer = (await api('post', '/gift-voucher-offers').send({ name: 'Bon 30', currency: 'CHF', amount: 3000 }).expect(201)).body;
    const paying = (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount: 1000, currency: 'CHF' } })
        .expect(201)
    ).body;
    const shop = (path: string) => t.http().post(`/api/v1/shop/${tenant.slug}${path}`);
    const cart = (
      await shop('/carts')
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }], giftVouchers: [{ offerId: offer.id, quantity: 1 }] })
        .expect(201)
    ).body;
    await shop(`/carts/${cart.id}/promo-code`).send({ code: 'UNEFOIS' }).expect(200);
    await shop(`/carts/${cart.id}/gift-voucher`).send({ code: paying.code }).expect(200);
    const placed = (
      await shop(`/carts/${cart.id}/checkout`)
        .send({ customer: { firstName: 'Ana', lastName: 'Test', email: 'ana@example.ch' }, paymentMethod: 'on_site' })
        .expect(201)
    ).body;
    const promoUsed = async () =>
      (await t.sql.query(`SELECT used_count FROM promo_codes WHERE code = 'UNEFOIS' AND ticketing_id = $1`, [tenant.ticketingId])).rows[0].used_count;
    expect(await promoUsed()).toBe(1);

    const after = (
      await api('post', `/orders/${placed.orderId}/cancel`)
        .send({ refund: { amount: 1000, method: 'gift_voucher', reason: 'Annulation' } })
        .expect(200)
    ).body;
    expect(after).toMatchObject({ status: 'cancelled', refunded: { amount: 1000 } });
    expect(after.giftVouchers[0]).toMatchObject({ status: 'cancelled', usable: false });
    expect(await promoUsed()).toBe(0);
    const voucher = (await api('get', `/gift-vouchers/${paying.id}`).expect(200)).body;
    expect(voucher.balance).toEqual({ amount: 1000, currency: 'CHF' });
    expect(voucher.redemptions.map((r: { amount: { amount: number } }) => r.amount.amount)).toEqual([1000, -1000]);
  });

  it('resends the order email or the receipt as a new job, without a new order or new tickets', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 1);
    const codes = (await order(placed.orderId)).tickets.map((tk: { code: string }) => tk.code);
    const resent = (await api('post', `/orders/${placed.orderId}/resend`).send({ what: 'tickets' }).expect(200)).body;
    await api('post', `/orders/${placed.orderId}/resend`).send({ what: 'receipt' }).expect(200);
    expect(resent.tickets.map((tk: { code: string }) => tk.code)).toEqual(codes);
    expect(resent.status).toBe('reserved');
    expect(resent.history.at(-1)).toMatchObject({ action: 'orders.order.resent', data: { to: 'ada@example.ch' } });
    const jobs = await t.sql.query(`SELECT name FROM outbox WHERE payload->>'orderId' = $1 ORDER BY id`, [placed.orderId]);
    expect(jobs.rows.map((r) => r.name)).toEqual(['order-confirmation', 'order-confirmation', 'payment-receipt']);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n).toBeGreaterThan(0);
  });
});
