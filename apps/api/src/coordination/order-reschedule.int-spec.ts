import { buy, startTestApp, Tenant, TestApp } from '../test/test-app';

interface TicketView {
  id: string;
  code: string;
  status: string;
  dateId: string;
  seatId: string | null;
  seatLabel: string | null;
}

/**
 * ORD-12: moving an order to another date of its event — seats and places re-checked in the same
 * write, old codes refused at the door, new tickets, sent only if asked — against PostgreSQL.
 */
describe('reschedule an order', () => {
  let t: TestApp;
  let tenant: Tenant;
  let deviceToken: string;

  const api = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const reschedule = (orderId: string, body: Record<string, unknown>) => api('post', `/orders/${orderId}/reschedule`).send(body);
  const places = async (dateId: string) => (await t.sql.query(`SELECT sold, held, capacity FROM availabilities WHERE date_id = $1`, [dateId])).rows[0];
  const scan = async (code: string) =>
    (await t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code }).expect(200)).body.result as string;
  const fingerprint = async (orderId: string) =>
    (
      await t.sql.query(
        `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'date', date_id, 'seat', seat_id) ORDER BY id) FROM tickets WHERE order_id = $1::uuid) AS tickets,
                (SELECT count(*)::int FROM order_history WHERE order_id = $1::uuid) AS history,
                (SELECT json_agg(json_build_object('d', date_id, 'z', zone_id, 's', sold, 'h', held) ORDER BY date_id, zone_id) FROM availabilities) AS places,
                (SELECT json_agg(json_build_object('d', date_id, 's', seat_id, 'st', status) ORDER BY date_id, seat_id) FROM date_seats) AS seats,
                (SELECT count(*) FROM outbox WHERE payload->>'orderId' = $2)::int AS outbox`,
        [orderId, orderId],
      )
    ).rows[0];

  /** A published general-admission event with several dates (the first one in the past when asked). */
  const generalEvent = async (capacities: number[], opts: { past?: boolean } = {}) => {
    const body = (
      await api('post', '/events')
        .send({
          name: `Tournée ${Math.random().toString(36).slice(2, 7)}`,
          status: 'published',
          venue: 'Grande salle',
          dates: capacities.map((_, i) => ({ startsAt: `${opts.past && i === 0 ? '2020' : '2027'}-05-0${i + 1}T20:00:00+02:00` })),
          zones: [{ name: 'Parterre', capacity: 100 }],
          prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
    const zoneId = body.zones[0].id;
    for (const [i, capacity] of capacities.entries()) {
      await t
        .http()
        .put(`/api/v1/ticketings/${tenant.ticketingId}/events/${body.id}/dates/${body.dates[i].id}/zones/${zoneId}/capacity`)
        .set('authorization', `Bearer ${tenant.token}`)
        .send({ capacity })
        .expect(200);
    }
    return {
      eventId: body.id as string,
      dateIds: body.dates.map((d: { id: string }) => d.id) as string[],
      zoneId: zoneId as string,
      priceId: body.prices[0].id as string,
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'reschedule' });
    tenant = await t.createTenant('reschedule');
    deviceToken = (await api('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(() => t.close());

  it('moves the valid tickets to another date: new codes, old ones refused as replaced, places moved, a history line, nothing sent unless asked', async () => {
    const ev = await generalEvent([10, 10]);
    const { body: placed } = await buy(t, tenant, { dateId: ev.dateIds[0], zoneId: ev.zoneId, priceId: ev.priceId }, 3);
    // Paid at the ticket office: a reservation's tickets enter only once paid.
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const before = await order(placed.orderId);
    expect(before.actions.reschedule).toEqual({ allowed: true, reason: null });
    const [a, b, c] = before.tickets as TicketView[];
    await api('post', `/orders/${placed.orderId}/tickets/cancel`)
      .send({ ticketIds: [c.id] })
      .expect(200);
    const outbox = (await fingerprint(placed.orderId)).outbox;

    const after = (await reschedule(placed.orderId, { dateId: ev.dateIds[1] }).expect(200)).body;
    const valid = after.tickets.filter((tk: TicketView) => tk.status === 'valid') as TicketView[];
    expect(valid).toHaveLength(2);
    expect(valid.every((tk) => tk.dateId === ev.dateIds[1])).toBe(true);
    expect(valid[0].code).not.toBe(a.code);
    expect(after.tickets.filter((tk: TicketView) => tk.status === 'replaced').map((tk: TicketView) => tk.id)).toEqual([a.id, b.id]);
    expect(after.tickets.find((tk: TicketView) => tk.id === c.id).status).toBe('cancelled');
    expect(after.history.at(-1)).toMatchObject({
      action: 'orders.order.rescheduled',
      actor: { kind: 'user' },
      data: { tickets: 2, toDateId: ev.dateIds[1], to: '2027-05-02T18:00:00.000Z', from: ['2027-05-01T18:00:00.000Z'], customerNotified: false },
    });
    expect(await places(ev.dateIds[0])).toMatchObject({ sold: 0, held: 0 });
    expect(await places(ev.dateIds[1])).toMatchObject({ sold: 2, held: 0 });
    expect(await scan(a.code)).toBe('replaced');
    expect(await scan(c.code)).toBe('cancelled');
    expect(await scan(valid[0].code)).toBe('accepted');
    expect((await fingerprint(placed.orderId)).outbox).toBe(outbox);

    // Back again, this time sending the new tickets (one more confirmation email in the outbox).
    const back = (await reschedule(placed.orderId, { dateId: ev.dateIds[0], notify: true }).expect(200)).body;
    expect(back.history.at(-1).data.customerNotified).toBe(true);
    expect((await fingerprint(placed.orderId)).outbox).toBe(outbox + 1);
    expect(await places(ev.dateIds[0])).toMatchObject({ sold: 2 });
    expect(await places(ev.dateIds[1])).toMatchObject({ sold: 0 });
  });

  it('refuses a full target date with CAPACITY_EXCEEDED and changes nothing', async () => {
    const ev = await generalEvent([10, 2]);
    const { body: placed } = await buy(t, tenant, { dateId: ev.dateIds[0], zoneId: ev.zoneId, priceId: ev.priceId }, 3);
    const before = await fingerprint(placed.orderId);
    const res = await reschedule(placed.orderId, { dateId: ev.dateIds[1] }).expect(409);
    expect(res.body).toMatchObject({ code: 'CAPACITY_EXCEEDED', remaining: 2 });
    expect(await fingerprint(placed.orderId)).toEqual(before);
  });

  it('refuses another event’s date, the same date, a past date, a cancelled date and a cancelled order, each with its code', async () => {
    const ev = await generalEvent([10, 10, 10], { past: true });
    const other = await t.createEvent(tenant);
    const { body: placed } = await buy(t, tenant, { dateId: ev.dateIds[1], zoneId: ev.zoneId, priceId: ev.priceId }, 1);
    const before = await fingerprint(placed.orderId);
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ dateId: other.dateId }, 422, 'RESCHEDULE_DATE_NOT_OF_EVENT'],
      [{ dateId: ev.dateIds[1] }, 422, 'RESCHEDULE_SAME_DATE'],
      [{ dateId: ev.dateIds[0] }, 422, 'RESCHEDULE_DATE_PAST'],
      [{ dateId: 'not-a-uuid' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of refusals) {
      const res = await reschedule(placed.orderId, body).expect(status);
      expect(res.body).toMatchObject({ code, errors: [{ field: 'dateId' }] });
    }
    await api('patch', `/events/${ev.eventId}/dates/${ev.dateIds[2]}`).send({ status: 'cancelled' }).expect(200);
    expect((await reschedule(placed.orderId, { dateId: ev.dateIds[2] }).expect(422)).body.code).toBe('RESCHEDULE_DATE_CANCELLED');
    expect(await fingerprint(placed.orderId)).toEqual(before);

    await api('post', `/orders/${placed.orderId}/cancel`).send({}).expect(200);
    expect((await order(placed.orderId)).actions.reschedule).toEqual({ allowed: false, reason: 'ORDER_ALREADY_CANCELLED' });
    expect((await reschedule(placed.orderId, { dateId: ev.dateIds[0] }).expect(409)).body.code).toBe('ORDER_ALREADY_CANCELLED');
  });

  it('keeps the same seat on the new date when it is free, else gives the best free seat of the zone, else refuses', async () => {
    const seats = ['A', 'B'].flatMap((row, r) =>
      Array.from({ length: 3 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 10 + r * 10, category: 'Catégorie 1' })),
    );
    const plan = (await api('post', '/seating-plans').send({ name: 'Salle', width: 100, height: 50, seats }).expect(201)).body;
    const event = (
      await api('post', '/events')
        .send({
          name: 'Cyrano',
          status: 'published',
          dates: [{ startsAt: '2027-04-01T20:00:00+02:00' }, { startsAt: '2027-04-02T20:00:00+02:00' }],
          zones: [{ name: 'Cat. 1', planId: plan.id, category: 'Catégorie 1' }],
          prices: [{ name: 'Plein', kind: 'fixed', amounts: [{ amount: 5200, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
    const [d1, d2] = event.dates.map((d: { id: string }) => d.id);
    const zoneId = event.zones[0].id;
    const priceId = event.prices[0].id;
    const seatId = (row: string, number: string) => plan.seats.find((s: { row: string; number: string }) => s.row === row && s.number === number).id;
    const buySeats = async (dateId: string, seatIds: string[]) => {
      const cart = await t
        .http()
        .post(`/api/v1/shop/${tenant.slug}/carts`)
        .send({ items: [{ dateId, zoneId, priceId, quantity: seatIds.length, seatIds }] });
      expect(cart.body).toMatchObject({ id: expect.any(String) });
      return (
        await t
          .http()
          .post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`)
          .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' })
          .expect(201)
      ).body;
    };
    const mine = await buySeats(d1, [seatId('B', '2'), seatId('B', '3')]);
    // On the second date B2 is taken: B3 stays B3, B2 gets the best free seat.
    await buySeats(d2, [seatId('B', '2')]);
    const after = (await reschedule(mine.orderId, { dateId: d2 }).expect(200)).body;
    const moved = after.tickets.filter((tk: TicketView) => tk.status === 'valid') as TicketView[];
    expect(moved.map((tk) => tk.dateId)).toEqual([d2, d2]);
    expect(moved.map((tk) => tk.seatId)).toContain(seatId('B', '3'));
    expect(moved.map((tk) => tk.seatId)).not.toContain(seatId('B', '2'));
    expect(moved.every((tk) => tk.seatLabel?.startsWith('Parterre, rang '))).toBe(true);
    const seatStatus = async (dateId: string, id: string) =>
      (await t.sql.query(`SELECT status FROM date_seats WHERE date_id = $1 AND seat_id = $2`, [dateId, id])).rows[0].status;
    expect(await seatStatus(d1, seatId('B', '2'))).toBe('free');
    expect(await seatStatus(d1, seatId('B', '3'))).toBe('free');
    for (const tk of moved) expect(await seatStatus(d2, tk.seatId!)).toBe('sold');

    // Date 1 keeps 2 free seats after another buyer takes 4: a 2-seat order fits, a 3-seat one does not.
    await buySeats(d1, [seatId('A', '1'), seatId('A', '2'), seatId('A', '3'), seatId('B', '1')]);
    const freeOnD2 = (await t.sql.query(`SELECT seat_id FROM date_seats WHERE date_id = $1 AND status = 'free'`, [d2])).rows.map((r) => r.seat_id as string);
    expect(freeOnD2).toHaveLength(3);
    const three = await buySeats(d2, freeOnD2);
    const before = await fingerprint(three.orderId);
    const full = await reschedule(three.orderId, { dateId: d1 }).expect(409);
    expect(full.body).toMatchObject({ code: 'RESCHEDULE_NO_SEATS', zoneName: 'Cat. 1', missing: 1 });
    expect(await fingerprint(three.orderId)).toEqual(before);
  });

  it('gives the last places of a date to exactly one of a reschedule and a racing checkout', async () => {
    for (let round = 0; round < 5; round++) {
      const ev = await generalEvent([10, 1]);
      const { body: placed } = await buy(t, tenant, { dateId: ev.dateIds[0], zoneId: ev.zoneId, priceId: ev.priceId }, 1);
      const [moved, bought] = await Promise.all([
        reschedule(placed.orderId, { dateId: ev.dateIds[1] }),
        buy(t, tenant, { dateId: ev.dateIds[1], zoneId: ev.zoneId, priceId: ev.priceId }, 1),
      ]);
      const wins = [moved.status === 200, bought.status === 201];
      expect(wins.filter(Boolean)).toHaveLength(1);
      if (moved.status !== 200) expect(moved.body.code).toBe('CAPACITY_EXCEEDED');
      if (bought.status !== 201) expect(bought.body.code).toBe('CAPACITY_EXCEEDED');
      expect(await places(ev.dateIds[1])).toMatchObject({ sold: 1, held: 0, capacity: 1 });
      expect(await places(ev.dateIds[0])).toMatchObject({ sold: moved.status === 200 ? 0 : 1 });
      const tickets = (await t.sql.query(`SELECT count(*)::int AS n FROM tickets WHERE date_id = $1 AND status = 'valid'`, [ev.dateIds[1]])).rows[0].n;
      expect(tickets).toBe(1);
    }
  });
});
