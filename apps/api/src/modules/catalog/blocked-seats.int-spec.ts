import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** CAT-11: seats blocked or released for one date after sales opened (house seats, press), the plan untouched. */
describe('seats blocked per date', () => {
  const clock = new FixedClock(new Date('2027-03-01T10:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let planId: string;
  let event: { id: string; dates: { id: string }[]; zones: { id: string }[]; prices: { id: string }[] };

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'post', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  type MapSeat = { id: string; row: string; number: string; status: string; available: boolean; blocked: boolean; blockReason: string | null };
  const seatsOf = async (dateIndex = 0, forShop = false): Promise<MapSeat[]> => {
    const path = `/events/${event.id}/dates/${event.dates[dateIndex].id}/seat-map`;
    return (forShop ? await shop('get', path).expect(200) : await api('get', path).expect(200)).body.plans[0].seats;
  };
  const seat = async (label: string, dateIndex = 0) => (await seatsOf(dateIndex)).find((s) => `${s.row}${s.number}` === label)!;
  const block = (dateIndex: number, seatIds: string[], reason = 'Presse') =>
    api('post', `/events/${event.id}/dates/${event.dates[dateIndex].id}/blocked-seats`).send({ seatIds, reason });
  const release = (dateIndex: number, seatIds: string[]) =>
    api('post', `/events/${event.id}/dates/${event.dates[dateIndex].id}/blocked-seats/release`).send({ seatIds });
  const cart = (dateIndex: number, extra: object) =>
    shop('post', '/carts').send({
      items: [{ dateId: event.dates[dateIndex].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 1, ...extra }],
    });

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'blockedseats' });
    tenant = await t.createTenant('blockedseats');
    // Rows A and B of 10 seats, side by side.
    const seats = ['A', 'B'].flatMap((row, r) =>
      Array.from({ length: 10 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 20 + r * 15, category: 'Unique' })),
    );
    planId = (await api('post', '/seating-plans').send({ name: 'Salle', width: 200, height: 100, seats }).expect(201)).body.id;
    event = (
      await api('post', '/events')
        .send({
          name: 'Concert',
          status: 'published',
          dates: [{ startsAt: '2027-04-01T20:00:00+02:00' }, { startsAt: '2027-04-02T20:00:00+02:00' }],
          zones: [{ name: 'Parterre', planId, category: 'Unique' }],
          prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  it('never blocks a seat someone holds or bought, and blocks nothing then', async () => {
    const [a1, a2, a3] = [await seat('A1'), await seat('A2'), await seat('A3')];
    await cart(0, { seatIds: [a1.id] }).expect(201);
    const sold = await cart(0, { seatIds: [a2.id] }).expect(201);
    await shop('post', `/carts/${sold.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' })
      .expect(201);
    const refused = await block(0, [a3.id, a2.id, a1.id]).expect(409);
    expect(refused.body).toMatchObject({ code: 'SEATS_NOT_BLOCKABLE', seatIds: [a1.id, a2.id].sort() });
    expect((await seat('A3')).status).toBe('free');
  });

  it('blocks seats of one date: off the seat map, best available and the places left; the plan and the other date untouched', async () => {
    const all = await seatsOf(0);
    const keep = ['B5', 'B6'];
    const toBlock = all.filter((s) => s.status === 'free' && !keep.includes(`${s.row}${s.number}`)).map((s) => s.id);
    const res = await block(0, toBlock, 'Invités de la troupe').expect(200);
    const blockedSeat = res.body.plans[0].seats.find((s: MapSeat) => s.id === toBlock[0]);
    expect(blockedSeat).toMatchObject({ status: 'blocked', blocked: true, available: false, blockReason: 'Invités de la troupe' });
    expect((await seatsOf(0, true)).find((s) => s.id === toBlock[0])).toMatchObject({ status: 'blocked', available: false, blockReason: null });
    expect((await seatsOf(1)).every((s) => s.status === 'free')).toBe(true);
    const plan = await api('get', `/seating-plans/${planId}`).expect(200);
    expect(plan.body.seats.every((s: { blocked: boolean }) => !s.blocked)).toBe(true);

    // Chosen on the plan: taken. Best available: only the two seats left, side by side.
    const chosen = await cart(0, { seatIds: [toBlock[0]] }).expect(409);
    expect(chosen.body).toMatchObject({ code: 'SEATS_TAKEN', takenSeatIds: [toBlock[0]] });
    const best = await cart(0, { quantity: 2 }).expect(201);
    expect(best.body.items[0].seatLabels).toEqual(['Parterre, rang B, place 5', 'Parterre, rang B, place 6']);
    expect((await cart(0, {}).expect(409)).body.code).toBe('NO_ADJACENT_SEATS');

    const detail = await api('get', `/events/${event.id}`).expect(200);
    expect(detail.body.dates[0].availability[0]).toEqual({ zoneId: event.zones[0].id, capacity: 20, sold: 1, held: 3, blocked: 16, remaining: 0 });
    expect(detail.body.dates[1].availability[0]).toMatchObject({ blocked: 0, remaining: 20 });
    const list = await api('get', '/events').expect(200);
    expect(list.body.items[0]).toMatchObject({ capacity: 40, sold: 1, held: 3, blocked: 16, remaining: 20 });
    const page = await shop('get', `/events/${event.id}`).expect(200);
    expect(page.body.dates[0].zones[0]).toMatchObject({ available: false, remaining: 0 });

    // Released: back on sale at once.
    await release(0, [toBlock[0]]).expect(200);
    expect((await seatsOf(0, true)).find((s) => s.id === toBlock[0])).toMatchObject({ status: 'free', available: true });
    await cart(0, { seatIds: [toBlock[0]] }).expect(201);
  });

  it('names seats that are not this date’s', async () => {
    const bad = await block(1, ['00000000-0000-4000-8000-000000000000']).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'seatIds[0]', message: 'not a seat of this event on this date' }]);
    await api('post', `/events/${event.id}/dates/00000000-0000-4000-8000-000000000000/blocked-seats`)
      .send({ seatIds: [(await seat('A1', 1)).id], reason: 'x' })
      .expect(404);
  });

  it('names a seat by section, row and number — in the cart, on the order — and the zone as the zone', async () => {
    const b10 = await seat('B10', 1);
    const chosen = await cart(1, { seatIds: [b10.id] }).expect(201);
    expect(chosen.body.items[0]).toMatchObject({
      zoneName: 'Parterre',
      seats: [{ id: b10.id, section: 'Parterre', row: 'B', number: '10', label: 'Parterre, rang B, place 10' }],
    });
    const best = await cart(1, { quantity: 2 }).expect(201);
    const [first, second] = best.body.items[0].seats as { section: string; row: string; number: string; label: string }[];
    expect(first.row).toBe(second.row);
    expect(first.label).toBe(`Parterre, rang ${first.row}, place ${first.number}`);
    const placed = await shop('post', `/carts/${best.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' })
      .expect(201);
    const order = await api('get', `/orders/${placed.body.orderId}`).expect(200);
    expect(order.body.tickets).toMatchObject([
      { zoneName: 'Parterre', seat: { section: 'Parterre', row: first.row, number: first.number }, seatLabel: first.label },
      { zoneName: 'Parterre', seat: { section: 'Parterre', row: second.row, number: second.number }, seatLabel: second.label },
    ]);
    expect((await shop('get', `/carts/${chosen.body.id}`).expect(200)).body.items[0].seats[0]).toMatchObject({ row: 'B', number: '10' });
  });

  it('of a buyer and an organizer racing for a seat, exactly one gets it', async () => {
    const seats = (await seatsOf(1)).filter((s) => s.status === 'free').slice(0, 12);
    const results = await Promise.all(seats.flatMap((s) => [cart(1, { seatIds: [s.id] }), block(1, [s.id], 'Régie')]));
    const after = await seatsOf(1);
    seats.forEach((s, i) => {
      const [bought, blocked] = [results[2 * i].status, results[2 * i + 1].status];
      expect((bought === 201) !== (blocked === 200)).toBe(true);
      expect(bought === 201 ? blocked : bought).toBe(409);
      expect(after.find((x) => x.id === s.id)!.status).toBe(bought === 201 ? 'held' : 'blocked');
    });
  });
});
