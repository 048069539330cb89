import { startTestApp, Tenant, TestApp } from '../test/test-app';

/**
 * TO-6 against PostgreSQL: tickets of a paid order exchanged at the counter for others held in a
 * counter cart — one write: old tickets cancelled and their places back on sale, new ones on the
 * same order, the difference paid with tenders or refunded in the ledger; refusals write nothing.
 */
describe('exchanging tickets at the counter', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const api = (method: 'get' | 'post', path: string, token = tenant.token, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const availability = async (dateId: string) => (await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [dateId])).rows[0];
  const cart = async (ev: { dateId: string; zoneId: string; priceId: string }, quantity: number) =>
    (
      await api('post', '/counter/carts')
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
        .expect(201)
    ).body.id as string;
  /** A paid counter order of `quantity` tickets at the event's price. */
  const paidOrder = async (ev: { dateId: string; zoneId: string; priceId: string }, quantity: number, amount: number) => {
    const id = await cart(ev, quantity);
    const sold = await api('post', `/counter/carts/${id}/sale`)
      .send({ settlement: 'paid', tenders: [{ method: 'cash', amount: quantity * amount }] })
      .expect(201);
    return order(sold.body.orderId);
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'order-exchange' });
    tenant = await t.createTenant('exchange');
    other = await t.createTenant('exchange-other');
  });
  afterAll(() => t.close());

  it('exchanges 2 tickets for 2 dearer ones on another event, the difference paid in cash with change, in one order', async () => {
    const cheap = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const dear = await t.createEvent(tenant, { capacity: 10, amount: 3500 });
    const before = await paidOrder(cheap, 3, 2000);
    expect(before.actions.exchange).toEqual({ allowed: true, reason: null });
    const [a, b] = before.tickets;
    const newCart = await cart(dear, 2);

    const res = await api('post', `/orders/${before.id}/exchange`)
      .send({ ticketIds: [a.id, b.id], cartId: newCart, tenders: [{ method: 'cash', amount: 3000, given: 5000 }] })
      .expect(201);
    expect(res.body).toEqual({ difference: 3000, change: 2000, ticketIds: [expect.any(String), expect.any(String)] });

    const after = await order(before.id);
    expect(after).toMatchObject({ status: 'paid', total: { amount: 2000 + 7000 }, paid: { amount: 6000 + 3000 }, amountDue: { amount: 0 } });
    const status = (id: string) => after.tickets.find((x: { id: string }) => x.id === id)?.status;
    expect([status(a.id), status(b.id), status(before.tickets[2].id)]).toEqual(['cancelled', 'cancelled', 'valid']);
    const issued = after.tickets.filter((x: { id: string }) => res.body.ticketIds.includes(x.id));
    expect(issued.map((x: { status: string; price: { amount: number } }) => [x.status, x.price.amount])).toEqual([
      ['valid', 3500],
      ['valid', 3500],
    ]);
    // The cash handed over for the difference stays with its payment, for the receipt (ADR 0040).
    expect(
      after.payments.map((p: { method: string; amount: { amount: number }; cashGiven: number | null }) => [p.method, p.amount.amount, p.cashGiven]),
    ).toEqual(
      expect.arrayContaining([
        ['cash', 6000, null],
        ['cash', 3000, 5000],
      ]),
    );
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['orders.tickets.cancelled', 'orders.tickets.exchanged']));
    expect(await availability(cheap.dateId)).toEqual({ sold: 1, held: 0 });
    expect(await availability(dear.dateId)).toEqual({ sold: 2, held: 0 });
  });

  it('refunds the difference when the new tickets cost less, and issues them with nothing to pay when they cost the same', async () => {
    const dear = await t.createEvent(tenant, { capacity: 10, amount: 4000 });
    const cheap = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const before = await paidOrder(dear, 1, 4000);
    const res = await api('post', `/orders/${before.id}/exchange`)
      .send({ ticketIds: [before.tickets[0].id], cartId: await cart(cheap, 1), refund: { method: 'cash' } })
      .expect(201);
    expect(res.body.difference).toBe(-1500);
    const after = await order(before.id);
    expect(after).toMatchObject({ total: { amount: 2500 }, balance: { amount: 0 } });
    expect(after.refunds).toEqual([expect.objectContaining({ method: 'cash', amount: { amount: 1500, currency: 'CHF' } })]);

    const same = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const swapped = await api('post', `/orders/${before.id}/exchange`)
      .send({ ticketIds: [res.body.ticketIds[0]], cartId: await cart(same, 1) })
      .expect(201);
    expect(swapped.body).toMatchObject({ difference: 0, change: 0 });
  });

  it('refuses a difference not settled, a reservation, a ticket not valid, naming the field — and writes nothing', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const dear = await t.createEvent(tenant, { capacity: 10, amount: 3000 });
    const before = await paidOrder(ev, 2, 2000);
    const newCart = await cart(dear, 1);
    const snapshot = async () => ({ order: await order(before.id), ev: await availability(ev.dateId), dear: await availability(dear.dateId) });
    const was = await snapshot();
    const cases: [object, number, string, string | undefined][] = [
      [{ ticketIds: [before.tickets[0].id], cartId: newCart }, 422, 'TENDERS_INVALID', 'tenders'],
      [{ ticketIds: [before.tickets[0].id], cartId: newCart, tenders: [{ method: 'card', amount: 500 }] }, 422, 'TENDERS_INVALID', 'tenders'],
      [
        { ticketIds: [before.tickets[0].id], cartId: newCart, tenders: [{ method: 'cash', amount: 1000 }], refund: { method: 'cash' } },
        422,
        'TENDERS_INVALID',
        'refund',
      ],
      [{ ticketIds: [before.tickets[0].id, '00000000-0000-4000-8000-000000000000'], cartId: newCart }, 422, 'TICKET_NOT_IN_ORDER', 'ticketIds[1]'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await api('post', `/orders/${before.id}/exchange`).send(body).expect(status);
      expect(res.body.code).toBe(code);
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await snapshot()).toEqual(was);

    const reservationCart = await cart(ev, 1);
    const reserved = await api('post', `/counter/carts/${reservationCart}/sale`).send({ settlement: 'on_site' }).expect(201);
    const reservation = await order(reserved.body.orderId);
    expect(reservation.actions.exchange).toEqual({ allowed: false, reason: 'ORDER_NOT_EXCHANGEABLE' });
    const refused = await api('post', `/orders/${reservation.id}/exchange`)
      .send({ ticketIds: [reservation.tickets[0].id], cartId: newCart })
      .expect(409);
    expect(refused.body.code).toBe('ORDER_NOT_EXCHANGEABLE');
  });

  it('keeps to its ticketing: another ticketing’s order or cart is not found', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const before = await paidOrder(ev, 1, 2000);
    const theirs = await api('post', `/orders/${before.id}/exchange`, other.token, other).send({
      ticketIds: [before.tickets[0].id],
      cartId: await cart(ev, 1),
    });
    expect(theirs.status).toBe(404);
    expect((await order(before.id)).tickets[0].status).toBe('valid');
  });
});
