import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** CAT-2…CAT-6 through the API: multi-date events, zones per date, prices in CHF and EUR, pay what you want. */
describe('catalog (real PostgreSQL)', () => {
  let t: TestApp;
  let tenant: Tenant;

  const api = (method: 'get' | 'post' | 'patch' | 'put', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const cart = (body: object) => t.http().post(`/api/v1/shop/${tenant.slug}/carts`).send(body);

  const festival = (overrides: object = {}) =>
    api('post', '/events')
      .send({
        status: 'published',
        name: 'Festival des Remparts',
        venue: 'Cour du château',
        dates: [
          { startsAt: '2027-07-01T20:00:00+02:00' },
          { startsAt: '2027-07-02T20:00:00+02:00' },
          { startsAt: '2027-07-03T18:00:00+02:00', endsAt: '2027-07-03T23:00:00+02:00' },
        ],
        zones: [
          { name: 'Fosse', capacity: 3 },
          { name: 'Gradins', capacity: 10 },
        ],
        prices: [
          {
            name: 'Plein tarif',
            kind: 'fixed',
            amounts: [
              { amount: 3000, currency: 'CHF' },
              { amount: 3200, currency: 'EUR' },
            ],
          },
          { name: 'Abonnés', kind: 'fixed', visibility: 'pass_only', amounts: [{ amount: 2000, currency: 'CHF' }] },
          { name: 'Prix libre', kind: 'pay_what_you_want', amounts: [{ amount: 1000, currency: 'CHF' }] },
        ],
        ...overrides,
      })
      .expect(201);

  beforeAll(async () => {
    t = await startTestApp({ label: 'catalog' });
    tenant = await t.createTenant('catalog');
  });
  afterAll(() => t.close());

  it('creates a multi-date event with a capacity per zone on every date', async () => {
    const { body } = await festival();
    expect(body).toMatchObject({ kind: 'multi', subjectToEntertainmentTax: false, status: 'published' });
    expect(body.dates).toHaveLength(3);
    expect(body.dates[2].endsAt).toBe('2027-07-03T21:00:00.000Z');
    for (const date of body.dates) {
      expect(date.availability.map((a: { capacity: number }) => a.capacity).sort((a: number, b: number) => a - b)).toEqual([3, 10]);
    }
    expect(body.prices.map((p: { name: string; amounts: unknown[] }) => [p.name, p.amounts])).toEqual([
      [
        'Plein tarif',
        [
          { amount: 3000, currency: 'CHF' },
          { amount: 3200, currency: 'EUR' },
        ],
      ],
      ['Abonnés', [{ amount: 2000, currency: 'CHF' }]],
      ['Prix libre', [{ amount: 1000, currency: 'CHF' }]],
    ]);
  });

  it('adds dates and zones later; a single-date event keeps one date', async () => {
    const { body: event } = await festival();
    const added = await api('post', `/events/${event.id}/dates`)
      .send({ dates: [{ startsAt: '2027-07-04T20:00:00+02:00' }] })
      .expect(200);
    expect(added.body.dates).toHaveLength(4);
    expect(added.body.dates[3].availability).toHaveLength(2);
    const zoned = await api('post', `/events/${event.id}/zones`).send({ name: 'Balcon', capacity: 5 }).expect(200);
    expect(zoned.body.dates.every((d: { availability: unknown[] }) => d.availability.length === 3)).toBe(true);
    const dupe = await api('post', `/events/${event.id}/zones`).send({ name: 'balcon', capacity: 5 }).expect(400);
    expect(dupe.body.errors).toEqual([{ field: 'name', message: 'another zone of this event has this name' }]);

    const single = await t.createEvent(tenant);
    const refused = await api('post', `/events/${single.eventId}/dates`)
      .send({ dates: [{ startsAt: '2027-08-01T20:00:00+02:00' }] })
      .expect(409);
    expect(refused.body.code).toBe('SINGLE_DATE_EVENT');
  });

  it('sets one date’s capacity, never below what is sold or held', async () => {
    const { body: event } = await festival();
    const date = event.dates[0].id;
    const fosse = event.zones.find((z: { name: string }) => z.name === 'Fosse').id;
    await cart({ items: [{ dateId: date, zoneId: fosse, priceId: event.prices[0].id, quantity: 2 }] }).expect(201);
    const low = await api('put', `/events/${event.id}/dates/${date}/zones/${fosse}/capacity`).send({ capacity: 1 }).expect(409);
    expect(low.body.code).toBe('CAPACITY_BELOW_TAKEN');
    const ok = await api('put', `/events/${event.id}/dates/${date}/zones/${fosse}/capacity`).send({ capacity: 2 }).expect(200);
    expect(ok.body.dates[0].availability.find((a: { zoneId: string }) => a.zoneId === fosse)).toMatchObject({ capacity: 2, held: 2, remaining: 0 });
    const other = ok.body.dates[1].availability.find((a: { zoneId: string }) => a.zoneId === fosse);
    expect(other.capacity).toBe(3);
  });

  it('sells one event in CHF and EUR from the same places; each order has one currency', async () => {
    const { body: event } = await festival();
    const line = { dateId: event.dates[1].id, zoneId: event.zones.find((z: { name: string }) => z.name === 'Fosse').id, priceId: event.prices[0].id };
    const chf = await cart({ items: [{ ...line, quantity: 2 }] }).expect(201);
    expect(chf.body.total).toEqual({ amount: 6000, currency: 'CHF' });
    const eur = await cart({ currency: 'EUR', items: [{ ...line, quantity: 1 }] }).expect(201);
    expect(eur.body.total).toEqual({ amount: 3200, currency: 'EUR' });
    const full = await cart({ currency: 'EUR', items: [{ ...line, quantity: 1 }] }).expect(409);
    expect(full.body.code).toBe('CAPACITY_EXCEEDED');

    const checkout = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${eur.body.id}/checkout`)
      .send({ customer: { firstName: 'Hans', lastName: 'Meier', email: 'hans@example.de' }, paymentMethod: 'on_site' })
      .expect(201);
    const order = await api('get', `/orders/${checkout.body.orderId}`).expect(200);
    expect(order.body.total).toEqual({ amount: 3200, currency: 'EUR' });
    expect(order.body.tickets[0].price).toEqual({ amount: 3200, currency: 'EUR' });

    const gradins = event.zones.find((z: { name: string }) => z.name === 'Gradins').id;
    const noEur = await cart({ currency: 'EUR', items: [{ ...line, zoneId: gradins, priceId: event.prices[2].id, quantity: 1, amount: 5000 }] }).expect(422);
    expect(noEur.body).toMatchObject({ code: 'CURRENCY_NOT_OFFERED', errors: [{ field: 'items[0].priceId' }] });
  });

  it('lets the buyer choose a pay-what-you-want amount at or above the minimum', async () => {
    const { body: event } = await festival();
    const line = { dateId: event.dates[0].id, zoneId: event.zones.find((z: { name: string }) => z.name === 'Gradins').id, priceId: event.prices[2].id };
    const low = await cart({ items: [{ ...line, quantity: 1, amount: 999 }] }).expect(422);
    expect(low.body).toMatchObject({ code: 'PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW', errors: [{ field: 'items[0].amount' }] });
    const missing = await cart({ items: [{ ...line, quantity: 1 }] }).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'items[0].amount', message: 'choose how much to pay' }]);
    const ok = await cart({ items: [{ ...line, quantity: 2, amount: 2500 }] }).expect(201);
    expect(ok.body.total).toEqual({ amount: 5000, currency: 'CHF' });
    expect(ok.body.items[0].unitPrice).toEqual({ amount: 2500, currency: 'CHF' });
    const onFixed = await cart({ items: [{ ...line, priceId: event.prices[0].id, quantity: 1, amount: 100 }] }).expect(400);
    expect(onFixed.body.errors[0].field).toBe('items[0].amount');
  });

  it('refuses a pay-what-you-want minimum of 2.00 or less, and any for Lausanne entertainment-tax events', async () => {
    const low = await api('post', '/events')
      .send({
        status: 'published',
        name: 'X',
        dates: [{ startsAt: '2027-07-01T20:00:00+02:00' }],
        zones: [{ name: 'Z', capacity: 1 }],
        prices: [{ name: 'Libre', kind: 'pay_what_you_want', amounts: [{ amount: 200, currency: 'CHF' }] }],
      })
      .expect(422);
    expect(low.body).toMatchObject({ code: 'PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW', errors: [{ field: 'prices[0].amounts[0].amount' }] });

    const taxed = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Y',
        subjectToEntertainmentTax: true,
        dates: [{ startsAt: '2027-07-01T20:00:00+02:00' }],
        zones: [{ name: 'Z', capacity: 1 }],
        prices: [{ name: 'Libre', kind: 'pay_what_you_want', amounts: [{ amount: 500, currency: 'CHF' }] }],
      })
      .expect(422);
    expect(taxed.body).toMatchObject({ code: 'PAY_WHAT_YOU_WANT_NOT_ALLOWED', errors: [{ field: 'prices[0].kind' }] });

    const { body: event } = await festival();
    const flip = await api('patch', `/events/${event.id}`).send({ subjectToEntertainmentTax: true }).expect(422);
    expect(flip.body.code).toBe('PAY_WHAT_YOU_WANT_NOT_ALLOWED');
    const fixedOnly = await t.createEvent(tenant);
    const taxedEvent = await api('patch', `/events/${fixedOnly.eventId}`).send({ subjectToEntertainmentTax: true }).expect(200);
    expect(taxedEvent.body.subjectToEntertainmentTax).toBe(true);
    const addPwyw = await api('post', `/events/${fixedOnly.eventId}/prices`)
      .send({ name: 'Libre', kind: 'pay_what_you_want', amounts: [{ amount: 1000, currency: 'CHF' }] })
      .expect(422);
    expect(addPwyw.body.code).toBe('PAY_WHAT_YOU_WANT_NOT_ALLOWED');
    const count = await t.sql.query(`SELECT count(*)::int AS n FROM events WHERE name IN ('X', 'Y') AND ticketing_id = $1`, [tenant.ticketingId]);
    expect(count.rows[0].n).toBe(0);
  });

  it('sells a price only on its dates and zones, and never a pass-only price in the shop', async () => {
    const { body: event } = await festival();
    const [d1, d2] = event.dates;
    const gradins = event.zones.find((z: { name: string }) => z.name === 'Gradins').id;
    const restricted = await api('patch', `/events/${event.id}/prices/${event.prices[0].id}`)
      .send({ dateIds: [d1.id], zoneIds: [gradins] })
      .expect(200);
    expect(restricted.body.prices[0]).toMatchObject({ dateIds: [d1.id], zoneIds: [gradins] });
    await new Promise((r) => setTimeout(r, 1100)); // sale lines are cached for one second
    await cart({ items: [{ dateId: d1.id, zoneId: gradins, priceId: event.prices[0].id, quantity: 1 }] }).expect(201);
    const wrongDate = await cart({ items: [{ dateId: d2.id, zoneId: gradins, priceId: event.prices[0].id, quantity: 1 }] }).expect(422);
    expect(wrongDate.body.code).toBe('SALE_LINE_INVALID');
    const passOnly = await cart({ items: [{ dateId: d1.id, zoneId: gradins, priceId: event.prices[1].id, quantity: 1 }] }).expect(422);
    expect(passOnly.body.code).toBe('PRICE_RESERVED_TO_PASSES');
    const shop = await t.http().get(`/api/v1/shop/${tenant.slug}/events/${event.id}`).expect(200);
    expect(shop.body.prices.map((p: { name: string }) => p.name)).toEqual(['Plein tarif', 'Prix libre']);

    const foreignDate = await api('patch', `/events/${event.id}/prices/${event.prices[0].id}`)
      .send({ dateIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    expect(foreignDate.body.errors).toEqual([{ field: 'dateIds[0]', message: 'not a date of this event' }]);
  });

  it('moves and cancels dates; a cancelled date leaves the shop and cannot be sold', async () => {
    const { body: event } = await festival();
    const moved = await api('patch', `/events/${event.id}/dates/${event.dates[0].id}`).send({ startsAt: '2027-07-01T21:00:00+02:00' }).expect(200);
    expect(moved.body.dates[0].startsAt).toBe('2027-07-01T19:00:00.000Z');
    await api('patch', `/events/${event.id}/dates/${event.dates[1].id}`).send({ status: 'cancelled' }).expect(200);
    const shop = await t.http().get(`/api/v1/shop/${tenant.slug}/events/${event.id}`).expect(200);
    expect(shop.body.dates.map((d: { id: string }) => d.id)).toEqual([event.dates[0].id, event.dates[2].id]);
    await new Promise((r) => setTimeout(r, 1100));
    const refused = await cart({ items: [{ dateId: event.dates[1].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 1 }] }).expect(422);
    expect(refused.body.errors[0].field).toBe('items[0].dateId');
  });

  it('keeps the shop’s display options, and hides places left when asked', async () => {
    const defaults = await api('get', '/shop-settings').expect(200);
    expect(defaults.body).toEqual({ displayModes: ['list', 'month', 'week'], defaultDisplayMode: 'list', showRemaining: true });
    const bad = await api('put', '/shop-settings')
      .send({ displayModes: ['month'], defaultDisplayMode: 'week', showRemaining: false })
      .expect(400);
    expect(bad.body.errors).toEqual([{ field: 'defaultDisplayMode', message: 'must be one of the offered displayModes' }]);
    await api('put', '/shop-settings')
      .send({ displayModes: ['month', 'week'], defaultDisplayMode: 'week', showRemaining: false })
      .expect(200);
    const shop = await t.http().get(`/api/v1/shop/${tenant.slug}`).expect(200);
    expect(shop.body.display).toEqual({ displayModes: ['month', 'week'], defaultDisplayMode: 'week', showRemaining: false });
    const { body: event } = await festival();
    const page = await t.http().get(`/api/v1/shop/${tenant.slug}/events/${event.id}`).expect(200);
    expect(page.body.dates[0].zones[0]).toMatchObject({ available: true, remaining: null });
  });

  it('turns a single-date event into a multi-date one to add dates, and back only with one date', async () => {
    const single = await t.createEvent(tenant);
    await api('patch', `/events/${single.eventId}`).send({ kind: 'multi' }).expect(200);
    await api('post', `/events/${single.eventId}/dates`)
      .send({ dates: [{ startsAt: '2027-08-01T20:00:00+02:00' }] })
      .expect(200);
    const back = await api('patch', `/events/${single.eventId}`).send({ kind: 'single' }).expect(409);
    expect(back.body.code).toBe('TOO_MANY_DATES_FOR_SINGLE');
  });

  it('keeps zones in the order they were created, and says how many places are taken', async () => {
    const { body } = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Ordre',
        dates: [{ startsAt: '2027-09-01T20:00:00+02:00' }],
        zones: [
          { name: 'Zénith', capacity: 5 },
          { name: 'Avant-scène', capacity: 5 },
        ],
        prices: [{ name: 'Libre', kind: 'free' }],
      })
      .expect(201);
    expect(body.zones.map((z: { name: string }) => z.name)).toEqual(['Zénith', 'Avant-scène']);
    expect(body.dates[0].availability.map((a: { zoneId: string }) => a.zoneId)).toEqual(body.zones.map((z: { id: string }) => z.id));
    await cart({ items: [{ dateId: body.dates[0].id, zoneId: body.zones[0].id, priceId: body.prices[0].id, quantity: 3 }] }).expect(201);
    const low = await api('put', `/events/${body.id}/dates/${body.dates[0].id}/zones/${body.zones[0].id}/capacity`).send({ capacity: 2 }).expect(409);
    expect(low.body).toMatchObject({ code: 'CAPACITY_BELOW_TAKEN', taken: 3 });
  });

  it('names fields of the price endpoints at the top level', async () => {
    const { body } = await festival();
    const res = await api('post', `/events/${body.id}/prices`)
      .send({ name: 'Libre', kind: 'pay_what_you_want', amounts: [{ amount: 150, currency: 'CHF' }] })
      .expect(422);
    expect(res.body.errors).toEqual([{ field: 'amounts[0].amount', message: 'must be more than 200 (2.00)' }]);
  });

  it('shows only dates still to come in the shop, and no event whose dates are all past', async () => {
    const mixed = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Reprise',
        dates: [{ startsAt: '2020-01-10T20:00:00+01:00' }, { startsAt: '2027-01-10T20:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 5 }],
        prices: [{ name: 'Libre', kind: 'free' }],
      })
      .expect(201);
    const past = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Archive',
        dates: [{ startsAt: '2020-02-10T20:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 5 }],
        prices: [{ name: 'Libre', kind: 'free' }],
      })
      .expect(201);
    const page = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).query({ limit: 200 }).expect(200);
    const ids = page.body.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(mixed.body.id);
    expect(ids).not.toContain(past.body.id);
    expect(page.body.items.find((e: { id: string }) => e.id === mixed.body.id)).toMatchObject({ dateCount: 1, firstStartsAt: '2027-01-10T19:00:00.000Z' });
    const shopEvent = await t.http().get(`/api/v1/shop/${tenant.slug}/events/${mixed.body.id}`).expect(200);
    expect(shopEvent.body.dates.map((d: { startsAt: string }) => d.startsAt)).toEqual(['2027-01-10T19:00:00.000Z']);
  });
});
