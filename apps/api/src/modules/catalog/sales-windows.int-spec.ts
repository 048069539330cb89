import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** CAT-11: sales windows per event and per price, told by the shop, held by the cart and the checkout. */
describe('sales windows', () => {
  const clock = new FixedClock(new Date('2027-03-01T10:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;

  const api = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'post', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const create = (overrides: object) =>
    api('post', '/events').send({
      name: 'Gala',
      status: 'published',
      dates: [{ startsAt: '2027-06-01T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 50 }],
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] },
        { name: 'Prévente', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }], salesEndAt: '2027-03-10T00:00:00Z' },
      ],
      ...overrides,
    });
  const item = (e: { dates: { id: string }[]; zones: { id: string }[]; prices: { id: string }[] }, price = 0) => ({
    dateId: e.dates[0].id,
    zoneId: e.zones[0].id,
    priceId: e.prices[price].id,
    quantity: 1,
  });
  const checkout = (cartId: string) =>
    shop('post', `/carts/${cartId}/checkout`).send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' });

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'saleswindows' });
    tenant = await t.createTenant('saleswindows');
  });
  afterEach(() => clock.set(new Date('2027-03-01T10:00:00Z')));
  afterAll(() => t.close());

  it('tells the shop when sales open, refuses a cart before, and sells from then on', async () => {
    const { body: event } = await create({ salesStartAt: '2027-03-05T08:00:00Z' }).expect(201);
    expect(event).toMatchObject({ salesStartAt: '2027-03-05T08:00:00.000Z', salesEndAt: null });
    expect(event.prices[1]).toMatchObject({ salesStartAt: null, salesEndAt: '2027-03-10T00:00:00.000Z' });

    const page = await shop('get', `/events/${event.id}`).expect(200);
    expect(page.body).toMatchObject({ salesStatus: 'not_open_yet', salesStartAt: '2027-03-05T08:00:00.000Z' });
    expect(page.body.prices[1]).toMatchObject({
      salesStatus: 'not_open_yet',
      salesStartAt: '2027-03-05T08:00:00.000Z',
      salesEndAt: '2027-03-10T00:00:00.000Z',
    });
    const list = await shop('get', '/events').expect(200);
    expect(list.body.items.find((e: { id: string }) => e.id === event.id)).toMatchObject({
      salesStatus: 'not_open_yet',
      salesStartAt: '2027-03-05T08:00:00.000Z',
    });

    const early = await shop('post', '/carts')
      .send({ items: [item(event, 0), item(event, 1)] })
      .expect(422);
    expect(early.body).toMatchObject({ code: 'SALES_NOT_OPEN_YET', salesStartAt: '2027-03-05T08:00:00.000Z' });
    expect(early.body.errors[0].field).toBe('items[0]');

    clock.set(new Date('2027-03-05T08:00:00Z'));
    expect((await shop('get', `/events/${event.id}`).expect(200)).body.salesStatus).toBe('open');
    await shop('post', '/carts')
      .send({ items: [item(event, 0), item(event, 1)] })
      .expect(201);
  });

  it('closes a price at the end of its window: no new cart, and a held cart no longer checks out', async () => {
    const { body: event } = await create({
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] },
        { name: 'Dernière minute', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }], salesEndAt: '2027-03-01T10:05:00Z' },
      ],
    }).expect(201);
    const cart = await shop('post', '/carts')
      .send({ items: [item(event, 1)] })
      .expect(201);
    clock.set(new Date('2027-03-01T10:05:00Z')); // the cart still holds its place
    const late = await checkout(cart.body.id).expect(422);
    expect(late.body).toMatchObject({ code: 'SALES_CLOSED', salesEndAt: '2027-03-01T10:05:00.000Z' });
    expect(late.body.errors[0].field).toBe('items[0]');
    const refused = await shop('post', '/carts')
      .send({ items: [item(event, 0), item(event, 1)] })
      .expect(422);
    expect(refused.body.code).toBe('SALES_CLOSED');
    expect(refused.body.errors[0].field).toBe('items[1]');
    const page = await shop('get', `/events/${event.id}`).expect(200);
    expect(page.body.prices.map((p: { salesStatus: string }) => p.salesStatus)).toEqual(['open', 'closed']);
    // The full price is still on sale.
    const ok = await shop('post', '/carts')
      .send({ items: [item(event, 0)] })
      .expect(201);
    await checkout(ok.body.id).expect(201);
  });

  it('applies an organizer’s change at once, and a price never sells outside its event’s window', async () => {
    const { body: event } = await create({}).expect(201);
    await shop('post', '/carts')
      .send({ items: [item(event, 0)] })
      .expect(201);
    await api('patch', `/events/${event.id}`).send({ salesEndAt: '2027-03-01T09:00:00Z' }).expect(200);
    expect(
      (
        await shop('post', '/carts')
          .send({ items: [item(event, 0)] })
          .expect(422)
      ).body.code,
    ).toBe('SALES_CLOSED');
    await api('patch', `/events/${event.id}`).send({ salesEndAt: null }).expect(200);
    await api('patch', `/events/${event.id}/prices/${event.prices[0].id}`).send({ salesStartAt: '2027-04-01T00:00:00Z' }).expect(200);
    const notYet = await shop('post', '/carts')
      .send({ items: [item(event, 0)] })
      .expect(422);
    expect(notYet.body).toMatchObject({ code: 'SALES_NOT_OPEN_YET', salesStartAt: '2027-04-01T00:00:00.000Z' });
  });

  it('names a window that ends before it starts', async () => {
    const bad = await create({ salesStartAt: '2027-03-05T00:00:00Z', salesEndAt: '2027-03-04T00:00:00Z' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'salesEndAt', message: 'must be after salesStartAt' }]);
    const badPrice = await create({
      prices: [{ name: 'X', kind: 'free', salesStartAt: '2027-03-05T00:00:00Z', salesEndAt: '2027-03-05T00:00:00Z' }],
    }).expect(400);
    expect(badPrice.body.errors).toEqual([{ field: 'prices[0].salesEndAt', message: 'must be after salesStartAt' }]);
    const { body: event } = await create({ salesStartAt: '2027-03-05T00:00:00Z' }).expect(201);
    const patch = await api('patch', `/events/${event.id}`).send({ salesEndAt: '2027-03-01T00:00:00Z' }).expect(400);
    expect(patch.body.errors).toEqual([{ field: 'salesEndAt', message: 'must be after salesStartAt' }]);
  });
});
