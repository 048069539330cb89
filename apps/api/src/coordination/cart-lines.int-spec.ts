import { randomUUID } from 'node:crypto';
import { SalesService } from '../modules/sales';
import { FixedClock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { startTestApp, Tenant, TestApp } from '../test/test-app';
import { CoordinationService } from './coordination.service';

/** Two rows of ten seats, one category. */
const hall = () => ({
  name: 'Salle',
  width: 120,
  height: 40,
  seats: ['A', 'B'].flatMap((row, r) =>
    Array.from({ length: 10 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 10 + r * 15, category: 'Catégorie 1' })),
  ),
});

type Ev = { eventId: string; dateId: string; zoneId: string; priceId: string };
type Line = { id: string; eventId: string; dateId: string; quantity: number; seatIds: string[] | null };

describe('one cart across several events: lines added and removed (real PostgreSQL)', () => {
  const clock = new FixedClock(new Date('2027-01-10T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const shop = (method: 'get' | 'post' | 'delete', path: string, slug = tenant.slug) => t.http()[method](`/api/v1/shop/${slug}${path}`);
  const api = (method: 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const item = (ev: Ev, quantity: number, extra: object = {}) => ({ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity, ...extra });
  const open = async (...items: object[]) => (await shop('post', '/carts').send({ items }).expect(201)).body;
  const add = (cartId: string, ...items: object[]) => shop('post', `/carts/${cartId}/items`).send({ items });
  const remove = (cartId: string, lineId: string, query: object = {}) => shop('delete', `/carts/${cartId}/lines/${lineId}`).query(query);
  const availability = async (dateId: string) =>
    (await t.sql.query(`SELECT capacity, held, sold FROM availabilities WHERE date_id = $1 ORDER BY zone_id`, [dateId])).rows[0];
  const cartRow = async (id: string) => (await t.sql.query(`SELECT status, revision, total_amount AS total, lines FROM carts WHERE id = $1`, [id])).rows[0];
  const lineOf = (cart: { items: Line[] }, ev: Ev) => cart.items.find((l) => l.dateId === ev.dateId)!;

  /** A seated event (20 seats) and the seats of its date. */
  async function seatedEvent() {
    const plan = await api('post', '/seating-plans').send(hall()).expect(201);
    const created = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Récital',
        dates: [{ startsAt: '2027-04-01T20:00:00+02:00' }],
        zones: [{ name: 'Cat. 1', planId: plan.body.id, category: 'Catégorie 1' }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] }],
      })
      .expect(201);
    const ev: Ev = { eventId: created.body.id, dateId: created.body.dates[0].id, zoneId: created.body.zones[0].id, priceId: created.body.prices[0].id };
    const seats = async () => {
      const map = await shop('get', `/events/${ev.eventId}/dates/${ev.dateId}/seat-map`).expect(200);
      return map.body.plans[0].seats as { id: string; row: string; number: string; available: boolean }[];
    };
    return { ev, seats };
  }

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'cart_lines' });
    tenant = await t.createTenant('lines');
    other = await t.createTenant('lines-other');
  });
  afterAll(() => t.close());

  it('holds tickets of two events in one cart until its expiry, which adding does not move, and sells both', async () => {
    const concert = await t.createEvent(tenant, { capacity: 10, amount: 2500, name: 'Concert' });
    const play = await t.createEvent(tenant, { capacity: 10, amount: 3000, name: 'Pièce' });
    const cart = await open(item(concert, 2));
    clock.advance(60_000);
    const added = await add(cart.id, item(play, 1)).expect(200);
    expect(added.body.expiresAt).toBe(cart.expiresAt);
    expect(added.body.items.map((l: Line & { eventName: string }) => [l.eventName, l.quantity])).toEqual([
      ['Concert', 2],
      ['Pièce', 1],
    ]);
    expect(added.body.total).toEqual({ amount: 8000, currency: 'CHF' });
    // The same date, zone and price again: one line of 3.
    const again = await add(cart.id, item(play, 2)).expect(200);
    expect(again.body.items).toHaveLength(2);
    expect(lineOf(again.body, play)).toMatchObject({ id: lineOf(added.body, play).id, quantity: 3 });
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 2, sold: 0 });
    expect(await availability(play.dateId)).toEqual({ capacity: 10, held: 3, sold: 0 });

    const checkout = await shop('post', `/carts/${cart.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' })
      .expect(201);
    const order = await t.http().get(`/api/v1/shop/${tenant.slug}/orders/${checkout.body.orderId}`).query({ token: checkout.body.accessToken }).expect(200);
    expect(order.body.tickets.map((x: { eventName: string }) => x.eventName).sort()).toEqual(['Concert', 'Concert', 'Pièce', 'Pièce', 'Pièce']);
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 0, sold: 2 });
    expect(await availability(play.dateId)).toEqual({ capacity: 10, held: 0, sold: 3 });
  });

  it('removes a general-admission line or some of its tickets: the places are back on sale, the total follows', async () => {
    const concert = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const play = await t.createEvent(tenant, { capacity: 10, amount: 3000 });
    const cart = await open(item(concert, 4));
    const both = (await add(cart.id, item(play, 2)).expect(200)).body;

    const fewer = await remove(cart.id, lineOf(both, concert).id, { quantity: 1 }).expect(200);
    expect(lineOf(fewer.body, concert).quantity).toBe(3);
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 3, sold: 0 });

    const removed = await remove(cart.id, lineOf(both, concert).id).expect(200);
    expect(removed.body.items.map((l: Line) => l.dateId)).toEqual([play.dateId]);
    expect(removed.body.total).toEqual({ amount: 6000, currency: 'CHF' });
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 0, sold: 0 });
    // The shop's event page says so too.
    const page = await shop('get', `/events/${concert.eventId}`).expect(200);
    expect(page.body.dates[0].zones[0]).toMatchObject({ available: true, remaining: 10 });

    const gone = await remove(cart.id, lineOf(both, concert).id);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('CART_LINE_NOT_FOUND');
  });

  it('removes seated lines: chosen seats and best-available seats are free again', async () => {
    const { ev, seats } = await seatedEvent();
    const [a1, a2] = (await seats()).filter((s) => s.row === 'A' && ['1', '2'].includes(s.number));
    const cart = await open(item(ev, 2, { seatIds: [a1.id, a2.id] }));
    const withBest = (await add(cart.id, item(ev, 3)).expect(200)).body;
    expect(withBest.items).toHaveLength(2);
    const [chosen, best] = withBest.items as Line[];
    expect(chosen.seatIds).toEqual([a1.id, a2.id]);
    expect(best.seatIds).toHaveLength(3);
    const free = async () => new Set((await seats()).filter((s) => s.available).map((s) => s.id));
    expect([...(await free())].filter((id) => [...chosen.seatIds!, ...best.seatIds!].includes(id))).toEqual([]);

    const oneLess = (await remove(cart.id, best.id, { quantity: 1 }).expect(200)).body;
    expect(oneLess.items[1].seatIds).toEqual(best.seatIds!.slice(0, 2));
    expect((await free()).has(best.seatIds![2])).toBe(true);

    const noChosen = (await remove(cart.id, chosen.id).expect(200)).body;
    expect(noChosen.items.map((l: Line) => l.seatIds)).toEqual([best.seatIds!.slice(0, 2)]);
    const after = await free();
    expect(after.has(a1.id) && after.has(a2.id)).toBe(true);
    expect(after.has(best.seatIds![0])).toBe(false);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM date_seats WHERE cart_id = $1`, [cart.id])).rows[0].n).toBe(2);
  });

  it('releases the cart when its last line goes, and the promo code’s discount follows the lines', async () => {
    const concert = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const play = await t.createEvent(tenant, { capacity: 10, amount: 3000 });
    await api('post', '/promo-codes')
      .send({ code: 'PIECE10', kind: 'percentage', percent: 10, eventIds: [play.eventId] })
      .expect(201);
    const cart = await open(item(concert, 1), item(play, 1));
    const applied = await shop('post', `/carts/${cart.id}/promo-code`).send({ code: 'piece10' }).expect(200);
    expect(applied.body.discount.amount).toBe(300);
    const more = await add(cart.id, item(play, 1)).expect(200);
    expect(more.body).toMatchObject({ promoCode: 'PIECE10', discount: { amount: 600 }, total: { amount: 7400 } });

    // The code applies to the play only: without it, the code goes.
    const noPlay = await remove(cart.id, lineOf(more.body, play).id).expect(200);
    expect(noPlay.body).toMatchObject({ promoCode: null, discount: { amount: 0 }, total: { amount: 2000 }, status: 'open' });

    const emptied = await remove(cart.id, lineOf(more.body, concert).id).expect(200);
    expect(emptied.body).toMatchObject({ status: 'released', items: [] });
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 0, sold: 0 });
    expect(await availability(play.dateId)).toEqual({ capacity: 10, held: 0, sold: 0 });
    expect((await add(cart.id, item(concert, 1))).body.code).toBe('CART_CLOSED');
  });

  it('refuses another currency, an expired cart and bad input, changing nothing', async () => {
    const concert = await t.createEvent(tenant, { capacity: 10 });
    const cart = await open(item(concert, 2));
    const line = cart.items[0] as Line;
    const before = await cartRow(cart.id);

    const eur = await shop('post', `/carts/${cart.id}/items`).send({ currency: 'EUR', items: [item(concert, 1)] });
    expect(eur.status).toBe(422);
    expect(eur.body).toMatchObject({ code: 'CART_CURRENCY_MISMATCH', cartCurrency: 'CHF', errors: [{ field: 'currency' }] });
    for (const body of [{ items: [] }, { items: [item(concert, 0)] }, { items: [{ ...item(concert, 1), priceId: 'nope' }] }, {}]) {
      expect((await shop('post', `/carts/${cart.id}/items`).send(body)).status).toBe(400);
    }
    expect((await add(cart.id, item(concert, 9))).body.code).toBe('CAPACITY_EXCEEDED');
    expect((await add(cart.id, { ...item(concert, 1), priceId: concert.zoneId })).status).toBe(422);
    expect((await remove(cart.id, line.id, { quantity: 3 })).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'quantity' }] });
    expect((await remove(cart.id, line.id, { quantity: 0 })).status).toBe(400);
    expect((await remove(cart.id, 'not-a-uuid')).status).toBe(400);
    expect(await cartRow(cart.id)).toEqual(before);
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 2, sold: 0 });

    clock.advance(15 * 60_000 + 1);
    expect((await add(cart.id, item(concert, 1))).body.code).toBe('CART_EXPIRED');
    expect((await remove(cart.id, line.id)).body.code).toBe('CART_EXPIRED');
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 2, sold: 0 });
    await t.app.get(CoordinationService).expireOverdueCarts();
  });

  it("answers 404 for another ticketing's cart and line, changing nothing", async () => {
    const concert = await t.createEvent(tenant, { capacity: 10 });
    const theirs = await t.createEvent(other, { capacity: 10 });
    const cart = await open(item(concert, 1));
    const line = cart.items[0] as Line;
    const viaOther = await shop('post', `/carts/${cart.id}/items`, other.slug).send({ items: [item(theirs, 1)] });
    expect(viaOther.status).toBe(404);
    expect(viaOther.body.code).toBe('CART_NOT_FOUND');
    expect((await shop('delete', `/carts/${cart.id}/lines/${line.id}`, other.slug)).body.code).toBe('CART_NOT_FOUND');
    // Another ticketing's tickets cannot be added to this cart either.
    expect((await add(cart.id, item(theirs, 1))).status).toBe(422);
    expect(await availability(theirs.dateId)).toEqual({ capacity: 10, held: 0, sold: 0 });
    expect((await cartRow(cart.id)).revision).toBe(0);
  });

  it('never oversells: 30 carts adding to 10 places hold exactly 10', async () => {
    const elsewhere = await t.createEvent(tenant, { capacity: 100 });
    const scarce = await t.createEvent(tenant, { capacity: 10 });
    const carts = await Promise.all(Array.from({ length: 30 }, () => open(item(elsewhere, 1))));
    const results = await Promise.all(carts.map((c) => add(c.id, item(scarce, 1))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(10);
    expect(new Set(results.filter((r) => r.status !== 200).map((r) => r.body.code))).toEqual(new Set(['CAPACITY_EXCEEDED']));
    expect(await availability(scarce.dateId)).toEqual({ capacity: 10, held: 10, sold: 0 });
  });

  it('keeps the held places equal to the lines when changes of one cart race each other and its checkout', async () => {
    const ev = await t.createEvent(tenant, { capacity: 100 });
    const other = await t.createEvent(tenant, { capacity: 100 });
    const cart = await open(item(ev, 1));
    const results = await Promise.all(Array.from({ length: 8 }, () => add(cart.id, item(ev, 1))));
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(results.some((r) => r.status === 409) ? [200, 409] : [200]));
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('CART_CHANGED');
    const quantity = (await shop('get', `/carts/${cart.id}`).expect(200)).body.items[0].quantity;
    expect(quantity).toBe(1 + results.filter((r) => r.status === 200).length);
    expect(await availability(ev.dateId)).toMatchObject({ held: quantity });

    const [checkout, added] = await Promise.all([
      shop('post', `/carts/${cart.id}/checkout`).send({ customer: { firstName: 'A', lastName: 'B', email: 'a@example.ch' }, paymentMethod: 'on_site' }),
      add(cart.id, item(other, 2)),
    ]);
    const row = await cartRow(cart.id);
    const sold =
      checkout.status === 201 ? (await t.sql.query(`SELECT count(*)::int AS n FROM tickets WHERE order_id = $1`, [checkout.body.orderId])).rows[0].n : 0;
    const inCart = (row.lines as { quantity: number }[]).reduce((s, l) => s + l.quantity, 0);
    const [a, b] = [await availability(ev.dateId), await availability(other.dateId)];
    // Whatever won, nothing is held or sold that neither the order nor the open cart accounts for.
    if (row.status === 'checked_out') expect(a.sold + b.sold).toBe(sold);
    expect(a.held + b.held + a.sold + b.sold).toBe(row.status === 'checked_out' ? sold : inCart);
    expect(checkout.status === 201 || checkout.body.code === 'CART_CHANGED').toBe(true);
    expect(added.status === 200 || ['CART_CHANGED', 'CART_CLOSED'].includes(added.body.code)).toBe(true);
  });

  it('refuses a checkout priced before the lines changed: the order would not match what the cart holds', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const cart = await open(item(ev, 1));
    const sales = t.app.get(SalesService);
    const priced = await sales.priceSale(tenant.scope, cart.id, 'on_site');
    await add(cart.id, item(ev, 2)).expect(200);
    const stale = t.app.get(Database).atomically(() => sales.closeCart(tenant.scope, priced, clock.now(), randomUUID()));
    await expect(stale).rejects.toMatchObject({ code: 'CART_CHANGED' });
    expect((await cartRow(cart.id)).status).toBe('open');
  });

  it('lets the sweep free every line of an expired cart, seats and places', async () => {
    const concert = await t.createEvent(tenant, { capacity: 10 });
    const { ev: recital, seats } = await seatedEvent();
    const cart = await open(item(concert, 2));
    const added = (await add(cart.id, item(recital, 2)).expect(200)).body;
    const held = lineOf(added, recital).seatIds!;
    clock.advance(15 * 60_000 + 1);
    expect(await t.app.get(CoordinationService).expireOverdueCarts()).toBeGreaterThanOrEqual(1);
    expect(await availability(concert.dateId)).toEqual({ capacity: 10, held: 0, sold: 0 });
    expect((await seats()).filter((s) => held.includes(s.id)).every((s) => s.available)).toBe(true);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM date_seats WHERE cart_id = $1 AND status = 'held'`, [cart.id])).rows[0].n).toBe(0);
    expect((await cartRow(cart.id)).status).toBe('expired');
  });
});
