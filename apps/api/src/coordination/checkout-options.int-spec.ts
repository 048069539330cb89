import { FixedClock } from '../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../test/test-app';

/**
 * SHOP-4/SHOP-5 against PostgreSQL: what a cart's checkout offers (payment methods, invoice terms,
 * the attendee fields of each ticket), and attendee data given in the checkout's one write —
 * checked like the personalisation page, or left for the personalisation link.
 */
describe('checkout options and attendee data at checkout', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const clock = new FixedClock(new Date('2027-01-10T10:00:00Z'));
  const FIELDS = [
    { key: 'name', label: 'Nom du participant', kind: 'text', required: true },
    { key: 'meal', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
    { key: 'age', label: 'Âge', kind: 'number', required: false },
  ];
  const customer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' };

  const admin = (tenant: Tenant, method: 'get' | 'put' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);

  /** An event with a price asking attendee data (first) and one asking none. */
  async function personalEvent(tenant: Tenant) {
    const body = (
      await admin(tenant, 'post', '/events')
        .send({
          name: 'Gala',
          status: 'published',
          dates: [{ startsAt: '2027-03-01T19:00:00+01:00' }],
          zones: [{ name: 'Salle', capacity: 50 }],
          prices: [
            { name: 'Nominatif', kind: 'fixed', amounts: [{ amount: 8000, currency: 'CHF' }], attendeeFields: FIELDS },
            { name: 'Anonyme', kind: 'fixed', amounts: [{ amount: 5000, currency: 'CHF' }] },
            { name: 'Invité', kind: 'free' },
          ],
        })
        .expect(201)
    ).body;
    return { dateId: body.dates[0].id, zoneId: body.zones[0].id, personal: body.prices[0].id, plain: body.prices[1].id, free: body.prices[2].id };
  }

  async function cart(tenant: Tenant, items: { dateId: string; zoneId: string; priceId: string; quantity: number }[]): Promise<string> {
    return (await t.http().post(`/api/v1/shop/${tenant.slug}/carts`).send({ items }).expect(201)).body.id;
  }
  const options = (tenant: Tenant, cartId: string) => t.http().get(`/api/v1/shop/${tenant.slug}/carts/${cartId}/checkout-options`);
  const checkout = (cartId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts/${cartId}/checkout`)
      .send({ customer, paymentMethod: 'on_site', ...body });
  const cartStatus = async (cartId: string) => (await t.http().get(`/api/v1/shop/${a.slug}/carts/${cartId}`).expect(200)).body.status;

  beforeAll(async () => {
    t = await startTestApp({ label: 'checkoutoptions', clock });
    a = await t.createTenant('checkout-options-a');
    b = await t.createTenant('checkout-options-b');
  });
  afterAll(() => t.close());

  it('offers card and on site, invoice once the ticketing has invoice settings, and free alone for a zero total', async () => {
    const ev = await personalEvent(a);
    const paying = await cart(a, [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.plain, quantity: 1 }]);
    const before = (await options(a, paying).expect(200)).body;
    expect(before.paymentMethods).toEqual(['card', 'on_site']);
    expect(before.invoice).toBeNull();

    await admin(a, 'put', '/invoice-settings')
      .send({
        creditorName: 'Théâtre du Jorat',
        street: 'Route du Théâtre',
        buildingNumber: '2',
        zip: '1083',
        city: 'Mézières',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
        paymentTermDays: 20,
      })
      .expect(200);
    const after = (await options(a, paying).expect(200)).body;
    expect(after.paymentMethods).toEqual(['card', 'on_site', 'invoice']);
    expect(after.invoice).toEqual({ paymentTermDays: 20, dueAt: expect.any(String) });

    const free = await cart(a, [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.free, quantity: 1 }]);
    expect((await options(a, free).expect(200)).body).toMatchObject({ paymentMethods: ['free'], invoice: null });
    // The ticketing of another shop has no invoice settings: its carts are not offered invoice.
    const evB = await personalEvent(b);
    const other = await cart(b, [{ dateId: evB.dateId, zoneId: evB.zoneId, priceId: evB.plain, quantity: 1 }]);
    expect((await options(b, other).expect(200)).body.paymentMethods).toEqual(['card', 'on_site']);
  });

  it('lists every ticket of the cart in order, with the attendee fields of its price', async () => {
    const ev = await personalEvent(a);
    const id = await cart(a, [
      { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.plain, quantity: 1 },
      { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.personal, quantity: 2 },
    ]);
    const { tickets } = (await options(a, id).expect(200)).body;
    expect(tickets.map((tk: { index: number; priceName: string; fields: unknown[] }) => [tk.index, tk.priceName, tk.fields.length])).toEqual([
      [0, 'Anonyme', 0],
      [1, 'Nominatif', 3],
      [2, 'Nominatif', 3],
    ]);
    expect(tickets[1]).toMatchObject({ eventName: 'Gala', zoneName: 'Salle', seatLabel: null, fields: FIELDS });
  });

  it('is the cart’s own shop’s: another shop, an unknown cart or a malformed id is refused', async () => {
    const ev = await personalEvent(a);
    const id = await cart(a, [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.plain, quantity: 1 }]);
    expect((await options(b, id).expect(404)).body.code).toBe('CART_NOT_FOUND');
    expect((await options(a, '00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('CART_NOT_FOUND');
    expect((await t.http().get(`/api/v1/shop/no-such-shop/carts/${id}/checkout-options`).expect(404)).body.code).toBe('SHOP_NOT_FOUND');
    const bad = await t.http().get(`/api/v1/shop/${a.slug}/carts/not-a-uuid/checkout-options`).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('writes the answers given with the checkout on the tickets, in one write', async () => {
    const ev = await personalEvent(a);
    const id = await cart(a, [
      { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.plain, quantity: 1 },
      { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.personal, quantity: 2 },
    ]);
    const placed = await checkout(id, { attendees: [null, { name: '  Grace Hopper ', meal: 'Végétarien', age: 36 }, null] }).expect(201);
    const order = (await admin(a, 'get', `/orders/${placed.body.orderId}`).expect(200)).body;
    const byPrice = order.tickets.map((tk: { priceName: string; attendee: unknown }) => [tk.priceName, tk.attendee]);
    expect(byPrice).toEqual([
      ['Anonyme', null],
      ['Nominatif', { name: 'Grace Hopper', meal: 'Végétarien', age: 36 }],
      // Left for the personalisation link: the order still went through.
      ['Nominatif', null],
    ]);
    expect(order.actions.openPersonalisation.allowed).toBe(true);
  });

  it('refuses missing or wrong answers naming attendees[i].<key>, and writes nothing', async () => {
    const ev = await personalEvent(a);
    const id = await cart(a, [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.personal, quantity: 2 }]);
    const res = await checkout(id, { attendees: [{ name: 'Ada' }, { name: '', meal: 'Poisson', age: 'vieux', shoe: 42 }] }).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('ATTENDEE_ANSWERS_INVALID');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'attendees[0].meal',
      'attendees[1].age',
      'attendees[1].meal',
      'attendees[1].name',
      'attendees[1].shoe',
    ]);
    expect(await cartStatus(id)).toBe('open');

    const tooMany = await checkout(id, { attendees: [null, null, null] }).expect(422);
    expect(tooMany.body.errors).toEqual([{ field: 'attendees', message: expect.any(String) }]);
    const notAnObject = await checkout(id, { attendees: [null, 'Ada'] }).expect(422);
    expect(notAnObject.body.errors.map((e: { field: string }) => e.field)).toEqual(['attendees[1]']);
    const notAList = await checkout(id, { attendees: { name: 'Ada' } }).expect(400);
    expect(notAList.body.errors.map((e: { field: string }) => e.field)).toContain('attendees');
    expect(await cartStatus(id)).toBe('open');

    // Answers for a ticket whose price asks none are refused, not dropped.
    const plain = await cart(a, [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.plain, quantity: 1 }]);
    const extra = await checkout(plain, { attendees: [{ name: 'Ada' }] }).expect(422);
    expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['attendees[0].name']);

    // The customer fixes them: the same cart checks out.
    await checkout(id, {
      attendees: [
        { name: 'Ada', meal: 'Viande' },
        { name: 'Grace', meal: 'Végétarien' },
      ],
    }).expect(201);
    expect(await cartStatus(id)).toBe('checked_out');
  });
});
