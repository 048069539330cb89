import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { CoordinationService } from '../../coordination/coordination.service';

/** A small hall: two sections, rows A–D of 10 seats with an aisle after seat 5, row D wheelchair places. */
export function smallHall() {
  const seats = [];
  for (const [r, row] of ['A', 'B', 'C', 'D'].entries()) {
    for (let n = 1; n <= 10; n++) {
      seats.push({
        section: 'Parterre',
        row,
        number: String(n),
        x: 10 + n * 10 + (n > 5 ? 20 : 0),
        y: 20 + r * 15,
        category: r < 2 ? 'Catégorie 1' : 'Catégorie 2',
        ...(row === 'D' && n <= 2 ? { kind: n === 1 ? 'wheelchair' : 'companion' } : {}),
        ...(row === 'C' && n === 10 ? { blocked: true } : {}),
      });
    }
  }
  return { name: 'Petite salle', width: 160, height: 100, seats };
}

describe('seating plans and numbered seats', () => {
  const clock = new FixedClock(new Date('2027-03-01T10:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let planId: string;
  let event: { id: string; dates: { id: string }[]; zones: { id: string; name: string; capacity: number }[]; prices: { id: string }[] };

  const api = (method: 'get' | 'post' | 'put', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'post' | 'delete', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const zone = (name: string) => event.zones.find((z) => z.name === name)!;
  const seatMap = async (dateId = event.dates[0].id) => (await shop('get', `/events/${event.id}/dates/${dateId}/seat-map`).expect(200)).body.plans[0].seats;
  const seatId = async (label: string) => (await seatMap()).find((s: { row: string; number: string }) => `${s.row}${s.number}` === label).id as string;
  const hold = (zoneName: string, body: object) =>
    shop('post', '/carts').send({ items: [{ dateId: event.dates[0].id, zoneId: zone(zoneName).id, priceId: event.prices[0].id, quantity: 1, ...body }] });

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'seats' });
    tenant = await t.createTenant('seats');
    const plan = await api('post', '/seating-plans').send(smallHall()).expect(201);
    planId = plan.body.id;
    const created = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Récital',
        dates: [{ startsAt: '2027-04-01T20:00:00+02:00' }, { startsAt: '2027-04-02T20:00:00+02:00' }],
        zones: [
          { name: 'Cat. 1', planId, category: 'Catégorie 1' },
          { name: 'Cat. 2', planId, category: 'Catégorie 2' },
        ],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] }],
      })
      .expect(201);
    event = created.body;
  });
  afterAll(() => t.close());

  it('draws a plan with categories, blocked, wheelchair and companion seats, reused by every date', async () => {
    const plan = await api('get', `/seating-plans/${planId}`).expect(200);
    expect(plan.body).toMatchObject({
      seatCount: 40,
      inUse: true,
      categories: [
        { category: 'Catégorie 1', seats: 20 },
        { category: 'Catégorie 2', seats: 19 },
      ],
    });
    expect(
      plan.body.seats
        .filter((s: { kind: string }) => s.kind !== 'standard')
        .map((s: { row: string; number: string; kind: string }) => `${s.row}${s.number}:${s.kind}`),
    ).toEqual(['D1:wheelchair', 'D2:companion']);
    expect(zone('Cat. 1')).toMatchObject({ kind: 'seated', capacity: 20, planId, category: 'Catégorie 1' });
    expect(zone('Cat. 2').capacity).toBe(19);
    for (const d of event.dates) expect(d.id).toBeTruthy();
    const second = await seatMap(event.dates[1].id);
    expect(second).toHaveLength(39);
    const replace = await api('put', `/seating-plans/${planId}`).send(smallHall()).expect(409);
    expect(replace.body.code).toBe('PLAN_IN_USE');
    const dupe = await api('post', '/seating-plans')
      .send({ ...smallHall(), seats: [smallHall().seats[0], smallHall().seats[0]] })
      .expect(400);
    expect(dupe.body.errors[0]).toEqual({ field: 'seats[1]', message: 'seat Parterre A-1 appears twice' });
  });

  it('sells the seats chosen on the plan: held, then sold, printed on the ticket', async () => {
    const [a3, a4] = [await seatId('A3'), await seatId('A4')];
    const cart = await hold('Cat. 1', { quantity: 2, seatIds: [a3, a4] }).expect(201);
    expect(cart.body.items[0].seatLabels).toEqual(['Parterre, rang A, place 3', 'Parterre, rang A, place 4']);
    const map = await seatMap();
    expect(
      map
        .filter((s: { available: boolean }) => !s.available)
        .map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([a3, a4].sort());
    const a5 = await seatId('A5');
    const again = await hold('Cat. 1', { quantity: 2, seatIds: [a5, a3] }).expect(409);
    expect(again.body).toMatchObject({ code: 'SEATS_TAKEN', takenSeatIds: [a3] });
    expect((await seatMap()).find((s: { id: string }) => s.id === a5)).toMatchObject({ available: true, label: 'Parterre, rang A, place 5' });

    const checkout = await shop('post', `/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Ana', lastName: 'Bolay', email: 'ana@example.ch' }, paymentMethod: 'on_site' })
      .expect(201);
    const order = await api('get', `/orders/${checkout.body.orderId}`).expect(200);
    expect(order.body.tickets.map((x: { seatLabel: string }) => x.seatLabel)).toEqual(['Parterre, rang A, place 3', 'Parterre, rang A, place 4']);
    const states = await t.sql.query(`SELECT status FROM date_seats WHERE seat_id = ANY($1::uuid[]) AND date_id = $2`, [[a3, a4], event.dates[0].id]);
    expect(states.rows.map((r) => r.status)).toEqual(['sold', 'sold']);
    const avail = (await api('get', `/events/${event.id}`).expect(200)).body.dates[0].availability.find(
      (a: { zoneId: string }) => a.zoneId === zone('Cat. 1').id,
    );
    expect(avail).toMatchObject({ capacity: 20, sold: 2, held: 0, remaining: 18 });
  });

  it('refuses seats of another zone, and a quantity that does not match the seats', async () => {
    const b1 = await seatId('B1');
    expect((await hold('Cat. 2', { seatIds: [b1] }).expect(409)).body.code).toBe('SEATS_TAKEN');
    const mismatch = await hold('Cat. 1', { quantity: 2, seatIds: [b1] }).expect(400);
    expect(mismatch.body.errors).toEqual([{ field: 'items[0].seatIds', message: 'one seat per ticket (quantity)' }]);
  });

  it('gives the best side-by-side seats, never across the aisle, never wheelchair places', async () => {
    // The stage's centre is at x = 80: seats 6–8 of row C (x 90–110) beat seats 3–5 (x 40–60).
    const cart = await hold('Cat. 2', { quantity: 3 });
    expect(cart.status).toBe(201);
    expect(cart.body.items[0].seatLabels).toEqual(['Parterre, rang C, place 6', 'Parterre, rang C, place 7', 'Parterre, rang C, place 8']);
    const next = await hold('Cat. 2', { quantity: 3 }).expect(201);
    expect(next.body.items[0].seatLabels).toEqual(['Parterre, rang C, place 3', 'Parterre, rang C, place 4', 'Parterre, rang C, place 5']);
    const six = await hold('Cat. 2', { quantity: 6 }).expect(409);
    expect(six.body.code).toBe('NO_ADJACENT_SEATS');
  });

  it('finds side-by-side seats far back when the best 200 free seats are each alone', async () => {
    // Front row: 240 standard seats, each between two wheelchair places (best available never takes
    // those), so none has a free neighbour. Far back, behind every one of them: four seats side by side.
    const seats = [];
    for (let n = 1; n <= 480; n++)
      seats.push({ section: 'Salle', row: 'A', number: String(n), x: n * 4, y: 10, category: 'Unique', ...(n % 2 ? {} : { kind: 'wheelchair' }) });
    for (let n = 1; n <= 4; n++) seats.push({ section: 'Salle', row: 'Z', number: String(n), x: 950 + n * 4, y: 1000, category: 'Unique' });
    const plan = await api('post', '/seating-plans').send({ name: 'Salle fragmentée', width: 1930, height: 1020, seats }).expect(201);
    const ev = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Fragments',
        dates: [{ startsAt: '2027-05-01T20:00:00+02:00' }],
        zones: [{ name: 'Salle', planId: plan.body.id, category: 'Unique' }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 2000, currency: 'CHF' }] }],
      })
      .expect(201);
    const pair = () =>
      shop('post', '/carts').send({ items: [{ dateId: ev.body.dates[0].id, zoneId: ev.body.zones[0].id, priceId: ev.body.prices[0].id, quantity: 2 }] });
    const first = await pair().expect(201);
    const second = await pair().expect(201);
    const labels = [...first.body.items[0].seatLabels, ...second.body.items[0].seatLabels];
    expect(labels.sort()).toEqual(['Salle, rang Z, place 1', 'Salle, rang Z, place 2', 'Salle, rang Z, place 3', 'Salle, rang Z, place 4']);
    expect((await pair().expect(409)).body.code).toBe('NO_ADJACENT_SEATS');
    // A single seat is still the best one, in the front row.
    const single = await shop('post', '/carts')
      .send({ items: [{ dateId: ev.body.dates[0].id, zoneId: ev.body.zones[0].id, priceId: ev.body.prices[0].id, quantity: 1 }] })
      .expect(201);
    expect(single.body.items[0].seatLabels[0]).toMatch(/^Salle, rang A, place /);
  });

  it('lets exactly one of many buyers win the same seat', async () => {
    const b7 = await seatId('B7');
    const attempts = await Promise.all(Array.from({ length: 40 }, () => hold('Cat. 1', { seatIds: [b7] })));
    expect(attempts.filter((r) => r.status === 201)).toHaveLength(1);
    expect(attempts.filter((r) => r.status === 409).every((r) => r.body.code === 'SEATS_TAKEN')).toBe(true);
    const holders = await t.sql.query(`SELECT count(DISTINCT cart_id)::int AS n FROM date_seats WHERE seat_id = $1 AND date_id = $2 AND status = 'held'`, [
      b7,
      event.dates[0].id,
    ]);
    expect(holders.rows[0].n).toBe(1);
  });

  it('gives racing best-available buyers different seats, side by side, and never more than the zone has', async () => {
    const dateId = event.dates[1].id;
    const pair = () => shop('post', '/carts').send({ items: [{ dateId, zoneId: zone('Cat. 1').id, priceId: event.prices[0].id, quantity: 2 }] });
    const race = await Promise.all(Array.from({ length: 30 }, pair));
    const won = race.filter((r) => r.status === 201);
    expect(race.filter((r) => r.status !== 201).every((r) => r.body.code === 'NO_ADJACENT_SEATS')).toBe(true);
    // Rows A and B of 10 seats, an aisle after seat 5: 8 side-by-side pairs in all.
    const later = [];
    for (let r = await pair(); r.status === 201; r = await pair()) later.push(r);
    const carts = [...won, ...later];
    expect(carts).toHaveLength(8);
    const seats = carts.flatMap((c) => c.body.items[0].seatIds);
    expect(new Set(seats).size).toBe(16);
    for (const c of carts) {
      const [a, b] = c.body.items[0].seatLabels.map((l: string) => l.match(/rang (\w), place (\d+)/)!.slice(1));
      expect(a[0]).toBe(b[0]);
      expect(Number(b[1]) - Number(a[1])).toBe(1);
    }
  });

  it('frees held seats when the cart expires; the database refuses a second valid ticket for a seat', async () => {
    const b9 = await seatId('B9');
    const cart = await hold('Cat. 1', { seatIds: [b9] }).expect(201);
    clock.advance(16 * 60 * 1000);
    // An expired hold is free at once, even before the sweep.
    const taker = await hold('Cat. 1', { seatIds: [b9] }).expect(201);
    expect(await t.app.get(CoordinationService).expireOverdueCarts()).toBeGreaterThanOrEqual(1);
    const state = await t.sql.query(`SELECT status, cart_id FROM date_seats WHERE seat_id = $1 AND date_id = $2`, [b9, event.dates[0].id]);
    expect(state.rows[0]).toEqual({ status: 'held', cart_id: taker.body.id });
    expect(cart.body.id).not.toBe(taker.body.id);

    const [sold] = (await t.sql.query(`SELECT * FROM tickets WHERE seat_id IS NOT NULL LIMIT 1`)).rows;
    await expect(
      t.sql.query(
        `INSERT INTO tickets (ticketing_id, id, order_id, code, event_id, date_id, zone_id, price_id, event_name, starts_at, zone_name, price_name, amount, list_amount, currency, seat_id, barcode)
         VALUES ($1, gen_random_uuid(), $2, 'dup', $3, $4, $5, $6, 'x', now(), 'x', 'x', 0, 0, 'CHF', $7, '000000000000000000')`,
        [sold.ticketing_id, sold.order_id, sold.event_id, sold.date_id, sold.zone_id, sold.price_id, sold.seat_id],
      ),
    ).rejects.toThrow(/tickets_one_valid_per_seat/);
  });
});
