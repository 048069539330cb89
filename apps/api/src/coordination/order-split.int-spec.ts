import { randomUUID } from 'node:crypto';
import { OrdersService } from '../modules/orders';
import { buy, signInMember, startTestApp, Tenant, TestApp } from '../test/test-app';

/**
 * Issue 11 (seed 003): splitting a reservation to pay on site — part of its tickets validated at the
 * counter as a new paid order, the rest still reserved; refusals change nothing — against PostgreSQL.
 */
describe('splitting a reservation', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let deviceToken: string;

  const api = (method: 'get' | 'post', path: string, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${who.token}`);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const split = (orderId: string, ticketIds: string[], method = 'cash') => api('post', `/orders/${orderId}/split`).send({ ticketIds, payment: { method } });
  const sold = async (dateId: string) => (await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [dateId])).rows[0];
  const scan = (code: string) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code });
  /** A reservation to pay on site with `quantity` tickets at 2500. */
  const reservation = async (quantity = 3) => {
    const ev = await t.createEvent(tenant, { capacity: 20, amount: 2500 });
    const { body } = await buy(t, tenant, ev, quantity);
    return { ev, orderId: body.orderId as string, tickets: (await order(body.orderId)).tickets as { id: string; code: string; status: string }[] };
  };
  /** Everything a split writes, to show a refusal wrote nothing. */
  const snapshot = async (orderId: string, dateId: string) => ({
    order: (await t.sql.query(`SELECT status, total_amount, discount_amount FROM orders WHERE id = $1`, [orderId])).rows,
    tickets: (await t.sql.query(`SELECT id, order_id, status FROM tickets WHERE ticketing_id = $1 ORDER BY id`, [tenant.ticketingId])).rows,
    orders: (await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n,
    payments: (await t.sql.query(`SELECT count(*)::int AS n FROM payments WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n,
    history: (await t.sql.query(`SELECT count(*)::int AS n FROM order_history WHERE order_id = $1`, [orderId])).rows[0].n,
    sold: await sold(dateId),
  });

  beforeAll(async () => {
    t = await startTestApp({ label: 'ordersplit' });
    tenant = await t.createTenant('order-split');
    other = await t.createTenant('order-split-other');
    deviceToken = (await api('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(() => t.close());

  it('validates 2 of 3 tickets as a new paid order; the reservation keeps 1, still reserved, and costs less', async () => {
    const { ev, orderId, tickets } = await reservation(3);
    const [first, second, third] = tickets;
    const before = await order(orderId);
    expect(before).toMatchObject({ status: 'reserved', paymentMethod: 'on_site', total: { amount: 7500 }, ticketCount: 3 });
    expect(before.actions.splitReservation).toEqual({ allowed: true, reason: null });
    expect(await sold(ev.dateId)).toEqual({ sold: 3, held: 0 });
    // A reservation's tickets are refused at the door until paid.
    expect((await scan(first.code).expect(200)).body.result).toBe('not_paid');

    const res = await split(orderId, [first.id, second.id]).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), number: expect.stringMatching(/^[0-9A-Z]{8}$/) });
    expect(res.body.id).not.toBe(orderId);

    const created = await order(res.body.id);
    expect(created).toMatchObject({
      number: res.body.number,
      status: 'paid',
      channel: before.channel,
      paymentMethod: 'on_site',
      total: { amount: 5000, currency: 'CHF' },
      paid: { amount: 5000 },
      amountDue: { amount: 0 },
      ticketCount: 2,
      customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch', customerId: before.customer.customerId },
      language: before.language,
    });
    // The tickets moved whole: same ids, same codes (a code signs the ticket, not its order), same seats and attendee data.
    expect(created.tickets.map((tk: { id: string; code: string; status: string }) => [tk.id, tk.code, tk.status])).toEqual([
      [first.id, first.code, 'valid'],
      [second.id, second.code, 'valid'],
    ]);
    expect(created.payments).toEqual([expect.objectContaining({ method: 'cash', amount: { amount: 5000, currency: 'CHF' }, status: 'succeeded' })]);
    expect(created.history.map((h: { action: string }) => h.action)).toEqual(['orders.order.split_from', 'orders.order.paid']);
    expect(created.history[0].data).toMatchObject({ fromOrderId: orderId, fromOrderNumber: before.number, tickets: 2, amount: { amount: 5000 } });
    expect(created.history[1].data).toMatchObject({ method: 'cash', amount: { amount: 5000 } });
    expect(created.actions.splitReservation).toEqual({ allowed: false, reason: 'ORDER_NOT_SPLITTABLE' });

    const original = await order(orderId);
    expect(original).toMatchObject({
      status: 'reserved',
      total: { amount: 2500 },
      paid: { amount: 0 },
      amountDue: { amount: 2500 },
      ticketCount: 1,
      payments: [],
    });
    expect(original.tickets.map((tk: { id: string }) => tk.id)).toEqual([third.id]);
    expect(original.history.at(-1)).toMatchObject({
      action: 'orders.order.split',
      actor: { kind: 'user' },
      data: { toOrderId: res.body.id, toOrderNumber: res.body.number, tickets: 2, ticketIds: [first.id, second.id], amount: { amount: 5000 } },
    });
    expect(original.actions.splitReservation).toEqual({ allowed: false, reason: 'SPLIT_ALL_TICKETS' });
    expect(original.actions.recordPayment).toEqual({ allowed: true, reason: null });

    // The ledger: one payment, the new order's; no place taken or given back.
    const ledger = await t.sql.query(`SELECT order_id, method, amount FROM payments WHERE order_id = ANY($1::uuid[])`, [[orderId, res.body.id]]);
    expect(ledger.rows).toEqual([{ order_id: res.body.id, method: 'cash', amount: 5000 }]);
    expect(await sold(ev.dateId)).toEqual({ sold: 3, held: 0 });

    // The new order's confirmation with its tickets is queued, like a paid order's.
    const mail = await t.sql.query(`SELECT name, job_id FROM outbox WHERE payload->>'orderId' = $1`, [res.body.id]);
    expect(mail.rows).toEqual([{ name: 'order-confirmation', job_id: `order-confirmation.${res.body.id}` }]);

    // At the door: the split-off tickets admit, the one still reserved does not.
    expect((await scan(first.code).expect(200)).body).toMatchObject({ result: 'accepted', valid: true });
    expect((await scan(third.code).expect(200)).body).toMatchObject({ result: 'not_paid', valid: false });
  });

  it('takes the tender recordOrderPayment takes (card terminal) and leaves the rest to validate as usual', async () => {
    const { orderId, tickets } = await reservation(2);
    const res = await split(orderId, [tickets[1].id], 'card').expect(201);
    expect((await order(res.body.id)).payments).toEqual([expect.objectContaining({ method: 'card', amount: { amount: 2500, currency: 'CHF' } })]);
    const paid = (await api('post', `/orders/${orderId}/payment`).send({ method: 'cash' }).expect(200)).body;
    expect(paid).toMatchObject({ status: 'paid', total: { amount: 2500 }, paid: { amount: 2500 }, ticketCount: 1 });
  });

  it('keeps the cash handed over for the new order, and refuses less than it costs naming payment.given, writing nothing', async () => {
    const { ev, orderId, tickets } = await reservation(2);
    const before = await snapshot(orderId, ev.dateId);
    const refused = await api('post', `/orders/${orderId}/split`)
      .send({ ticketIds: [tickets[0].id], payment: { method: 'cash', given: 2000 } })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'TENDERS_INVALID', errors: [{ field: 'payment.given' }] });
    expect(await snapshot(orderId, ev.dateId)).toEqual(before);
    const res = await api('post', `/orders/${orderId}/split`)
      .send({ ticketIds: [tickets[0].id], payment: { method: 'cash', given: 5000 } })
      .expect(201);
    expect((await order(res.body.id)).payments).toEqual([
      expect.objectContaining({ method: 'cash', amount: { amount: 2500, currency: 'CHF' }, cashGiven: 5000 }),
    ]);
  });

  it('keeps the seats sold and the attendee data; the discount goes with the tickets, the promo code stays with the reservation', async () => {
    const seats = [1, 2, 3].map((n) => ({ section: 'Parterre', row: 'A', number: String(n), x: 10 * n, y: 10, category: 'Catégorie 1' }));
    const plan = (await api('post', '/seating-plans').send({ name: 'Salle', width: 100, height: 50, seats }).expect(201)).body;
    const event = (
      await api('post', '/events')
        .send({
          name: 'Tartuffe',
          status: 'published',
          dates: [{ startsAt: '2027-04-01T20:00:00+02:00' }],
          zones: [{ name: 'Cat. 1', planId: plan.id, category: 'Catégorie 1' }],
          prices: [{ name: 'Plein', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
    await api('post', '/promo-codes').send({ code: 'SCINDE10', kind: 'percentage', percent: 10 }).expect(201);
    const dateId = event.dates[0].id;
    const shop = (path: string) => t.http().post(`/api/v1/shop/${tenant.slug}${path}`);
    const cart = (
      await shop('/carts')
        .send({ items: [{ dateId, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] })
        .expect(201)
    ).body;
    await shop(`/carts/${cart.id}/promo-code`).send({ code: 'SCINDE10' }).expect(200);
    const placed = (
      await shop(`/carts/${cart.id}/checkout`)
        .send({ customer: { firstName: 'Ana', lastName: 'Siège', email: 'ana@example.ch' }, paymentMethod: 'on_site' })
        .expect(201)
    ).body;
    const before = await order(placed.orderId);
    expect(before).toMatchObject({ total: { amount: 10800 }, discount: { amount: 1200 }, promoCode: 'SCINDE10' });
    await t.sql.query(`UPDATE tickets SET attendee = '{"firstName":"Léa"}' WHERE id = $1`, [before.tickets[0].id]);
    const seatStates = async () =>
      (await t.sql.query(`SELECT seat_id, status FROM date_seats WHERE date_id = $1 ORDER BY seat_id`, [dateId])).rows as { seat_id: string; status: string }[];
    const seatsBefore = await seatStates();
    expect(seatsBefore.map((r) => r.status)).toEqual(['sold', 'sold', 'sold']);

    const res = await split(placed.orderId, [before.tickets[0].id]).expect(201);
    const created = await order(res.body.id);
    expect(created).toMatchObject({ total: { amount: 3600 }, subtotal: { amount: 4000 }, discount: { amount: 400 }, promoCode: null, paid: { amount: 3600 } });
    expect(created.tickets[0]).toMatchObject({
      id: before.tickets[0].id,
      code: before.tickets[0].code,
      seatId: before.tickets[0].seatId,
      seatLabel: before.tickets[0].seatLabel,
      attendee: { firstName: 'Léa' },
      price: { amount: 3600 },
      listPrice: { amount: 4000 },
    });
    expect(await order(placed.orderId)).toMatchObject({
      total: { amount: 7200 },
      subtotal: { amount: 8000 },
      discount: { amount: 800 },
      promoCode: 'SCINDE10',
    });
    expect(await seatStates()).toEqual(seatsBefore);
  });

  it('lets two splits of one reservation race: each takes its own tickets, and never all of them', async () => {
    const { ev, orderId, tickets } = await reservation(3);
    const [a, b] = await Promise.all([split(orderId, [tickets[0].id]), split(orderId, [tickets[1].id])]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const original = await order(orderId);
    expect(original).toMatchObject({ status: 'reserved', total: { amount: 2500 }, ticketCount: 1 });
    expect(original.history.filter((h: { action: string }) => h.action === 'orders.order.split')).toHaveLength(2);
    // The last ticket cannot go: the reservation would be empty — validate it instead.
    expect((await split(orderId, [tickets[2].id]).expect(422)).body.code).toBe('SPLIT_ALL_TICKETS');
    // The same ticket twice at once: one split takes it, the other changes nothing.
    const other = await reservation(3);
    const both = await Promise.all([split(other.orderId, [other.tickets[0].id]), split(other.orderId, [other.tickets[0].id])]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(both.find((r) => r.status === 422)!.body.code).toMatch(/^(SPLIT_TICKET_NOT_VALID|TICKET_NOT_IN_ORDER)$/);
    expect(await order(other.orderId)).toMatchObject({ total: { amount: 5000 }, ticketCount: 2 });
    expect(await sold(ev.dateId)).toEqual({ sold: 3, held: 0 });
  });

  it('refuses a payment of the whole reservation worked out before a split that committed first (409 ORDER_CHANGED), booking nothing', async () => {
    const { ev, orderId, tickets } = await reservation(3);
    const orders = t.app.get(OrdersService);
    const read = orders.toSettle.bind(orders);
    // The clerk's payment reads what is due (7500); a split of one ticket commits before its write.
    jest.spyOn(orders, 'toSettle').mockImplementationOnce(async (scope, id) => {
      const due = await read(scope, id);
      await split(orderId, [tickets[0].id]).expect(201);
      return due;
    });
    const before = await snapshot(orderId, ev.dateId);
    const paying = await api('post', `/orders/${orderId}/payment`).send({ method: 'cash' }).expect(409);
    expect(paying.body.code).toBe('ORDER_CHANGED');
    const after = await snapshot(orderId, ev.dateId);
    // Only the split was written: the reservation still owes its 2 tickets, nothing booked for them.
    expect(after.order).toEqual([expect.objectContaining({ status: 'reserved', total_amount: 5000 })]);
    expect(after.payments).toBe(before.payments + 1);
    const again = await api('post', `/orders/${orderId}/payment`).send({ method: 'cash' }).expect(200);
    expect(again.body).toMatchObject({ status: 'paid', paid: { amount: 5000 }, amountDue: { amount: 0 } });
  });

  it('refuses what is not a reservation to pay on site (409), and writes nothing', async () => {
    const { ev, orderId, tickets } = await reservation(3);
    await api('post', `/orders/${orderId}/payment`).send({ method: 'cash' }).expect(200);
    const before = await snapshot(orderId, ev.dateId);
    const res = await split(orderId, [tickets[0].id]).expect(409);
    expect(res.body).toMatchObject({ code: 'ORDER_NOT_SPLITTABLE', orderStatus: 'paid', paymentMethod: 'on_site' });
    expect(await snapshot(orderId, ev.dateId)).toEqual(before);

    const { body: free } = await buy(t, tenant, await t.createEvent(tenant, { amount: 0 }), 2, 'free');
    const freeTickets = (await order(free.orderId)).tickets;
    expect((await split(free.orderId, [freeTickets[0].id]).expect(409)).body.code).toBe('ORDER_NOT_SPLITTABLE');
  });

  it('refuses an empty selection, or all the tickets (validate the reservation instead), naming ticketIds (422), and writes nothing', async () => {
    const { ev, orderId, tickets } = await reservation(3);
    const before = await snapshot(orderId, ev.dateId);
    const none = await split(orderId, []).expect(422);
    expect(none.body).toMatchObject({ code: 'SPLIT_NO_TICKETS', errors: [{ field: 'ticketIds' }] });
    const all = await split(
      orderId,
      tickets.map((tk) => tk.id),
    ).expect(422);
    expect(all.body).toMatchObject({ code: 'SPLIT_ALL_TICKETS', errors: [{ field: 'ticketIds' }] });
    expect(await snapshot(orderId, ev.dateId)).toEqual(before);
  });

  it('refuses a cancelled ticket, or another order’s (422 naming it), and writes nothing', async () => {
    const { tickets: theirs } = await reservation(2);
    const { ev, orderId, tickets } = await reservation(3);
    await api('post', `/orders/${orderId}/tickets/cancel`)
      .send({ ticketIds: [tickets[0].id] })
      .expect(200);
    const before = await snapshot(orderId, ev.dateId);
    const cancelled = await split(orderId, [tickets[1].id, tickets[0].id]).expect(422);
    expect(cancelled.body).toMatchObject({
      code: 'SPLIT_TICKET_NOT_VALID',
      errors: [{ field: 'ticketIds[1]' }],
      ticketId: tickets[0].id,
      ticketStatus: 'cancelled',
    });
    // Two valid tickets left: both is all of them.
    expect((await split(orderId, [tickets[1].id, tickets[2].id]).expect(422)).body.code).toBe('SPLIT_ALL_TICKETS');

    const foreign = await split(orderId, [theirs[0].id]).expect(422);
    expect(foreign.body).toMatchObject({ code: 'TICKET_NOT_IN_ORDER', errors: [{ field: 'ticketIds[0]' }] });
    expect(await snapshot(orderId, ev.dateId)).toEqual(before);
  });

  it('keeps to its ticketing: another ticketing’s order or tickets are not found (404)', async () => {
    const { ev, orderId, tickets } = await reservation(3);
    const theirEvent = await t.createEvent(other, { capacity: 10 });
    const { body: theirs } = await buy(t, other, theirEvent, 3);
    const theirTickets = (await api('get', `/orders/${theirs.orderId}`, other).expect(200)).body.tickets;
    const before = await snapshot(orderId, ev.dateId);

    const theirOrder = await split(theirs.orderId, [theirTickets[0].id]).expect(404);
    expect(theirOrder.body.code).toBe('ORDER_NOT_FOUND');
    const theirTicket = await split(orderId, [tickets[0].id, theirTickets[0].id]).expect(404);
    expect(theirTicket.body).toMatchObject({ code: 'TICKET_NOT_FOUND', errors: [{ field: 'ticketIds[1]' }] });
    // Their token on our ticketing's path: not found, never forbidden (invariant 7).
    await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/orders/${orderId}/split`)
      .set('authorization', `Bearer ${other.token}`)
      .send({ ticketIds: [tickets[0].id], payment: { method: 'cash' } })
      .expect(404);

    expect(await snapshot(orderId, ev.dateId)).toEqual(before);
    expect((await api('get', `/orders/${theirs.orderId}`, other).expect(200)).body).toMatchObject({ status: 'reserved', ticketCount: 3 });
  });

  it('lets the ticket office split, not control; replays a retried split with the same Idempotency-Key', async () => {
    const { orderId, tickets } = await reservation(3);
    const control = await signInMember(t, tenant, 'control');
    await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/orders/${orderId}/split`)
      .set('authorization', `Bearer ${control}`)
      .send({ ticketIds: [tickets[0].id], payment: { method: 'cash' } })
      .expect(403);

    const office = await signInMember(t, tenant, 'ticket_office');
    const key = randomUUID();
    const send = () =>
      t
        .http()
        .post(`/api/v1/ticketings/${tenant.ticketingId}/orders/${orderId}/split`)
        .set('authorization', `Bearer ${office}`)
        .set('idempotency-key', key)
        .send({ ticketIds: [tickets[0].id], payment: { method: 'cash' } });
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const original = await order(orderId);
    expect(original).toMatchObject({ ticketCount: 2, total: { amount: 5000 } });
    expect(original.history.filter((h: { action: string }) => h.action === 'orders.order.split')).toHaveLength(1);
  });
});
