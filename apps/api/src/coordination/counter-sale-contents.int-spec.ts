import { startTestApp, Tenant, TestApp } from '../test/test-app';

/** Two rows of six seats, one category. */
const hall = () => ({
  name: 'Salle du guichet',
  width: 100,
  height: 40,
  seats: ['A', 'B'].flatMap((row, r) =>
    Array.from({ length: 6 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 10 + r * 15, category: 'Catégorie 1' })),
  ),
});

type Seat = { id: string; row: string; number: string; status: string };

/**
 * TO-1 against PostgreSQL, what the ticket office's page sends: seats chosen on the date's plan,
 * a pay-what-you-want amount, a gift voucher sold with the tickets, a promo code, and the holders'
 * answers to their price's form — refused on the field while a required one is missing (nothing
 * written), kept on the tickets once given; a seat taken meanwhile is named.
 */
describe('what the counter sells: chosen seats, pay what you want, gift vouchers, codes, per-price forms', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${who.token}`);
  const count = async (table: string) => (await t.sql.query(`SELECT count(*)::int AS n FROM ${table} WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n;

  let ev: { eventId: string; dateId: string; zoneId: string; fixedId: string; pwywId: string };
  let seats: () => Promise<Seat[]>;
  const seat = async (row: string, number: string) => (await seats()).find((s) => s.row === row && s.number === number)!;

  beforeAll(async () => {
    t = await startTestApp({ label: 'counter_contents' });
    tenant = await t.createTenant('counter-contents');
    other = await t.createTenant('counter-contents-other');
    const plan = await api('post', '/seating-plans').send(hall()).expect(201);
    const created = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Les Fourberies de Scapin',
        dates: [{ startsAt: '2027-05-21T20:00:00+02:00' }],
        zones: [{ name: 'Parterre', planId: plan.body.id, category: 'Catégorie 1' }],
        prices: [
          {
            name: 'Plein tarif',
            kind: 'fixed',
            amounts: [{ amount: 4000, currency: 'CHF' }],
            attendeeFields: [{ key: 'holder', label: 'Nom du porteur', kind: 'text', required: true }],
          },
          { name: 'Prix libre', kind: 'pay_what_you_want', amounts: [{ amount: 1500, currency: 'CHF' }] },
        ],
      })
      .expect(201);
    const [fixed, pwyw] = created.body.prices;
    ev = { eventId: created.body.id, dateId: created.body.dates[0].id, zoneId: created.body.zones[0].id, fixedId: fixed.id, pwywId: pwyw.id };
    seats = async () => (await api('get', `/events/${ev.eventId}/dates/${ev.dateId}/seat-map`).expect(200)).body.plans[0].seats;
  });
  afterAll(() => t.close());

  it('sells the seats chosen, a pay-what-you-want amount and a gift voucher with a promo code; the holder’s answer is required, then kept', async () => {
    const [a1, a2] = [await seat('A', '1'), await seat('A', '2')];
    const cart = await api('post', '/counter/carts')
      .send({
        items: [
          { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.fixedId, quantity: 1, seatIds: [a1.id] },
          { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.pwywId, quantity: 1, seatIds: [a2.id], amount: 3000 },
        ],
      })
      .expect(201);
    expect(cart.body.items.map((l: { seatLabels: string[]; lineTotal: { amount: number } }) => [l.seatLabels, l.lineTotal.amount])).toEqual([
      [['Parterre, rang A, place 1'], 4000],
      [['Parterre, rang A, place 2'], 3000],
    ]);
    expect((await seats()).filter((s) => s.status === 'held').map((s) => s.id)).toEqual([a1.id, a2.id]);

    const offer = await api('post', '/gift-voucher-offers').send({ name: 'Bon cadeau 50 francs', currency: 'CHF', amount: 5000 }).expect(201);
    const withVoucher = await api('put', `/counter/carts/${cart.body.id}/gift-vouchers`)
      .send({ giftVouchers: [{ offerId: offer.body.id, quantity: 1, amount: 5000 }] })
      .expect(200);
    expect(withVoucher.body).toMatchObject({ subtotal: { amount: 12000 }, giftVouchers: [{ name: 'Bon cadeau 50 francs', quantity: 1 }] });

    await api('post', '/promo-codes').send({ code: 'SCAPIN10', kind: 'percentage', percent: 10 }).expect(201);
    const discounted = await api('post', `/counter/carts/${cart.body.id}/promo-code`).send({ code: 'scapin10' }).expect(200);
    expect(discounted.body.promoCode).toBe('SCAPIN10');
    expect(discounted.body.discount.amount).toBeGreaterThan(0);
    const total = discounted.body.total.amount;
    expect(total).toBe(12000 - discounted.body.discount.amount);

    // The holder of the first ticket must be named: refused on the field, nothing written.
    const [orders, payments] = [await count('orders'), await count('payments')];
    const refused = await api('post', `/counter/carts/${cart.body.id}/sale`)
      .send({ settlement: 'paid', tenders: [{ method: 'cash', amount: total, given: total + 500 }], attendees: [{}, null] })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'ATTENDEE_ANSWERS_INVALID', errors: [{ field: 'attendees[0].holder', message: 'required' }] });
    expect([await count('orders'), await count('payments')]).toEqual([orders, payments]);
    expect((await seats()).filter((s) => s.status === 'held')).toHaveLength(2);

    const sold = await api('post', `/counter/carts/${cart.body.id}/sale`)
      .send({ settlement: 'paid', tenders: [{ method: 'cash', amount: total, given: total + 500 }], attendees: [{ holder: 'Scapin' }, null] })
      .expect(201);
    expect(sold.body).toMatchObject({ status: 'paid', change: 500 });
    const order = (await api('get', `/orders/${sold.body.orderId}`).expect(200)).body;
    expect(order).toMatchObject({ channel: 'ticket_office', promoCode: 'SCAPIN10', total: { amount: total }, paid: { amount: total } });
    expect(order.giftVouchers).toHaveLength(1);
    const tickets = order.tickets.map((tk: { seatLabel: string; priceName: string; listPrice: { amount: number }; attendee: object | null }) => [
      tk.seatLabel,
      tk.priceName,
      tk.listPrice.amount,
      tk.attendee,
    ]);
    expect(tickets.sort()).toEqual([
      ['Parterre, rang A, place 1', 'Plein tarif', 4000, { holder: 'Scapin' }],
      ['Parterre, rang A, place 2', 'Prix libre', 3000, null],
    ]);
    expect((await seats()).filter((s) => s.status === 'sold').map((s) => s.id)).toEqual([a1.id, a2.id]);
  });

  it('refuses a pay-what-you-want amount under the minimum, and names a seat taken meanwhile', async () => {
    const b1 = await seat('B', '1');
    const low = await api('post', '/counter/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.pwywId, quantity: 1, seatIds: [b1.id], amount: 1000 }] })
      .expect(422);
    expect(low.body.code).toBe('PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW');

    await api('post', '/counter/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.fixedId, quantity: 1, seatIds: [b1.id] }] })
      .expect(201);
    const taken = await api('post', '/counter/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.fixedId, quantity: 1, seatIds: [b1.id] }] })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'SEATS_TAKEN', takenSeatIds: [b1.id] });
  });

  it('keeps another ticketing out of the seat map and of the cart’s gift vouchers (404)', async () => {
    await api('get', `/events/${ev.eventId}/dates/${ev.dateId}/seat-map`, other).expect(404);
    const cart = await api('post', '/counter/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.fixedId, quantity: 1 }] })
      .expect(201);
    await api('put', `/counter/carts/${cart.body.id}/gift-vouchers`, other).send({ giftVouchers: [] }).expect(404);
  });
});
