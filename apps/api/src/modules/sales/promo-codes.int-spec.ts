import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** CAT-9: promo codes applied through the shop's one checkout use case. */
describe('promo codes', () => {
  const clock = new FixedClock(new Date('2027-02-01T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;

  const api = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'post' | 'delete', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const customer = { firstName: 'Léa', lastName: 'Favre', email: 'lea@example.ch' };
  const promo = async (body: object) => (await api('post', '/promo-codes').send(body).expect(201)).body;
  const cartFor = async (ev: { dateId: string; zoneId: string; priceId: string }, quantity: number) =>
    (
      await shop('post', '/carts')
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
        .expect(201)
    ).body;

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'promo' });
    tenant = await t.createTenant('promo');
  });
  afterAll(() => t.close());

  it('takes a percentage off, and the order keeps each ticket’s discounted amount', async () => {
    const ev = await t.createEvent(tenant, { amount: 3300, capacity: 20 });
    await promo({ code: 'Amis15', kind: 'percentage', percent: 15 });
    const cart = await cartFor(ev, 2);
    const applied = await shop('post', `/carts/${cart.id}/promo-code`).send({ code: 'amis15' }).expect(200);
    expect(applied.body).toMatchObject({
      promoCode: 'AMIS15',
      subtotal: { amount: 6600 },
      discount: { amount: 990 },
      total: { amount: 5610, currency: 'CHF' },
    });

    const checkout = await shop('post', `/carts/${cart.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201);
    const order = await api('get', `/orders/${checkout.body.orderId}`).expect(200);
    expect(order.body).toMatchObject({ total: { amount: 5610 }, discount: { amount: 990, currency: 'CHF' }, promoCode: 'AMIS15' });
    expect(order.body.tickets.map((x: { price: { amount: number } }) => x.price.amount)).toEqual([2805, 2805]);
    expect(order.body.history[0].data).toMatchObject({ promoCode: 'AMIS15', discount: { amount: 990, currency: 'CHF' } });
    expect((await api('get', '/promo-codes').expect(200)).body.items.find((p: { code: string }) => p.code === 'AMIS15').usedCount).toBe(1);
  });

  it('takes a fixed amount off once per order, spread exactly over the tickets', async () => {
    const ev = await t.createEvent(tenant, { amount: 3000, capacity: 20 });
    await promo({ code: 'CADEAU10', kind: 'fixed_amount', amount: { amount: 1000, currency: 'CHF' } });
    const cart = await cartFor(ev, 3);
    await shop('post', `/carts/${cart.id}/promo-code`).send({ code: 'CADEAU10' }).expect(200);
    const checkout = await shop('post', `/carts/${cart.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201);
    const order = await api('get', `/orders/${checkout.body.orderId}`).expect(200);
    expect(order.body.total.amount).toBe(8000);
    expect(order.body.tickets.map((x: { price: { amount: number } }) => x.price.amount).reduce((a: number, b: number) => a + b, 0)).toBe(8000);
  });

  it('says why a code cannot be used: unknown, not yet valid, expired, withdrawn, other tickets, other currency', async () => {
    const ev = await t.createEvent(tenant, { amount: 2000, capacity: 20 });
    const cart = await cartFor(ev, 1);
    const refusal = async (code: string) => (await shop('post', `/carts/${cart.id}/promo-code`).send({ code }).expect(422)).body;
    expect(await refusal('NOPE')).toMatchObject({ code: 'PROMO_CODE_UNKNOWN', errors: [{ field: 'code' }] });
    await promo({ code: 'LATER', kind: 'percentage', percent: 10, validFrom: '2027-03-01T00:00:00Z' });
    expect((await refusal('LATER')).code).toBe('PROMO_CODE_NOT_YET_VALID');
    await promo({ code: 'GONE', kind: 'percentage', percent: 10, validUntil: '2027-01-31T00:00:00Z' });
    expect((await refusal('GONE')).code).toBe('PROMO_CODE_EXPIRED');
    const withdrawn = await promo({ code: 'OFF', kind: 'percentage', percent: 10 });
    await api('patch', `/promo-codes/${withdrawn.id}`).send({ active: false }).expect(200);
    expect((await refusal('OFF')).code).toBe('PROMO_CODE_UNKNOWN');
    await promo({ code: 'ELSEWHERE', kind: 'percentage', percent: 10, eventIds: ['00000000-0000-4000-8000-000000000000'] });
    expect((await refusal('ELSEWHERE')).code).toBe('PROMO_CODE_NOT_APPLICABLE');
    await promo({ code: 'EUROS', kind: 'fixed_amount', amount: { amount: 500, currency: 'EUR' } });
    expect(await refusal('EUROS')).toMatchObject({ code: 'PROMO_CODE_NOT_APPLICABLE', detail: 'This promo code is for orders in EUR' });
    const dupe = await api('post', '/promo-codes').send({ code: 'gone', kind: 'percentage', percent: 5 }).expect(409);
    expect(dupe.body.code).toBe('PROMO_CODE_EXISTS');
  });

  it('refuses at checkout a code that expired after it was applied, and lets the buyer remove it', async () => {
    const ev = await t.createEvent(tenant, { amount: 2000, capacity: 20 });
    await promo({ code: 'SOON', kind: 'percentage', percent: 20, validUntil: '2027-02-01T12:10:00Z' });
    const cart = await cartFor(ev, 1);
    await shop('post', `/carts/${cart.id}/promo-code`).send({ code: 'SOON' }).expect(200);
    clock.advance(11 * 60 * 1000);
    const late = await shop('post', `/carts/${cart.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(409);
    expect(late.body.code).toBe('PROMO_CODE_UNAVAILABLE');
    const removed = await shop('delete', `/carts/${cart.id}/promo-code`).expect(200);
    expect(removed.body).toMatchObject({ promoCode: null, total: { amount: 2000 } });
    await shop('post', `/carts/${cart.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201);
  });

  it('holds its usage limit under concurrency: 30 buyers, limit 5, exactly 5 discounted orders', async () => {
    const ev = await t.createEvent(tenant, { amount: 5000, capacity: 100 });
    await promo({ code: 'FIRST5', kind: 'percentage', percent: 50, usageLimit: 5 });
    const carts = await Promise.all(Array.from({ length: 30 }, () => cartFor(ev, 1)));
    for (const c of carts) await shop('post', `/carts/${c.id}/promo-code`).send({ code: 'FIRST5' }).expect(200);
    const results = await Promise.all(carts.map((c) => shop('post', `/carts/${c.id}/checkout`).send({ customer, paymentMethod: 'on_site' })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(25).fill('PROMO_CODE_UNAVAILABLE'));
    const used = await t.sql.query(`SELECT used_count FROM promo_codes WHERE code = 'FIRST5'`);
    expect(used.rows[0].used_count).toBe(5);
    const discounted = await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE promo_code = 'FIRST5'`);
    expect(discounted.rows[0].n).toBe(5);
    // Refused buyers keep their places and their cart: without the code they can still buy.
    const refusedCart = carts[results.findIndex((r) => r.status === 409)];
    await shop('delete', `/carts/${refusedCart.id}/promo-code`).expect(200);
    await shop('post', `/carts/${refusedCart.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201);
  });
});
