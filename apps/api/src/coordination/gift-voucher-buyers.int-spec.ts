import { FixedClock } from '../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../test/test-app';

/** TO-4: a voucher found by the code typed at the counter, with the customer who bought it. */
describe('gift vouchers by code, with their buyer', () => {
  const clock = new FixedClock(new Date('2027-02-01T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let sold: { id: string; code: string; orderId: string };
  let issued: { id: string; code: string };

  const api = (path: string, who = () => tenant) =>
    t.http().get(`/api/v1/ticketings/${who().ticketingId}${path}`).set('authorization', `Bearer ${who().token}`);
  const customer = { firstName: 'Léa', lastName: 'Monnier', email: 'lea@example.ch' };

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'voucher-buyers' });
    tenant = await t.createTenant('voucher-buyers');
    other = await t.createTenant('voucher-buyers-other');
    const offer = (
      await t
        .http()
        .post(`/api/v1/ticketings/${tenant.ticketingId}/gift-voucher-offers`)
        .set('authorization', `Bearer ${tenant.token}`)
        .send({ name: 'Bon cadeau 50 francs', currency: 'CHF', amount: 5000 })
        .expect(201)
    ).body;
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ giftVouchers: [{ offerId: offer.id, quantity: 1 }] })
      .expect(201);
    const placed = await t.http().post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201);
    const order = (await api(`/orders/${placed.body.orderId}`).expect(200)).body;
    sold = { ...order.giftVouchers[0], orderId: placed.body.orderId };
    issued = (
      await t
        .http()
        .post(`/api/v1/ticketings/${tenant.ticketingId}/gift-vouchers`)
        .set('authorization', `Bearer ${tenant.token}`)
        .send({ amount: { amount: 2000, currency: 'CHF' } })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  it('finds the one voucher with a code typed as at the counter, and names the customer who bought it', async () => {
    const typed = sold.code.toLowerCase().replace(/-/g, ' ');
    const found = (await api(`/gift-vouchers?code=${encodeURIComponent(typed)}`).expect(200)).body;
    expect(found.items).toHaveLength(1);
    const customerId = (await t.sql.query(`SELECT customer_id FROM orders WHERE id = $1`, [sold.orderId])).rows[0].customer_id;
    expect(customerId).toEqual(expect.any(String));
    expect(found.items[0]).toMatchObject({ id: sold.id, orderId: sold.orderId, buyer: { customerId, ...customer } });
    expect((await api(`/gift-vouchers/${sold.id}`).expect(200)).body.buyer).toEqual({ customerId, ...customer });
  });

  it('has no buyer for a voucher the organizer issued', async () => {
    const found = (await api(`/gift-vouchers?code=${issued.code}`).expect(200)).body;
    expect(found.items).toEqual([expect.objectContaining({ id: issued.id, orderId: null, buyer: null })]);
    const all = (await api('/gift-vouchers').expect(200)).body.items as { id: string; buyer: unknown }[];
    expect(all.map((v) => [v.id, v.buyer === null]).sort()).toEqual(
      [
        [issued.id, true],
        [sold.id, false],
      ].sort(),
    );
  });

  it("does not find another ticketing's voucher by its code, nor a code nobody has", async () => {
    expect((await api(`/gift-vouchers?code=${sold.code}`, () => other).expect(200)).body.items).toEqual([]);
    expect((await api(`/gift-vouchers?code=ZZZZ-ZZZZ-ZZZZ`).expect(200)).body.items).toEqual([]);
  });

  it('refuses a code that cannot be one, naming the field', async () => {
    const long = await api(`/gift-vouchers?code=${'A'.repeat(41)}`).expect(400);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(long.body.errors)).toContain('"code"');
    const empty = await api(`/gift-vouchers?code=`).expect(400);
    expect(JSON.stringify(empty.body.errors)).toContain('"code"');
  });
});
