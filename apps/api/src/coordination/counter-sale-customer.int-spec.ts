import { signInMember, startTestApp, Tenant, TestApp } from '../test/test-app';

/**
 * TO-4 against PostgreSQL: the counter's customer tab links an existing customer by id — the order
 * gets their name, email and phone and joins their orders; another ticketing's customer is not
 * found and a customer both linked and typed is refused, naming the field, with nothing written.
 */
describe('linking an existing customer to a counter sale', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const api = (method: 'get' | 'post', path: string, token = tenant.token, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const cartOf = async (who: Tenant = tenant, token = who.token) => {
    const ev = await t.createEvent(who, { capacity: 10, amount: 2500 });
    const cart = await api('post', '/counter/carts', token, who)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
      .expect(201);
    return cart.body.id as string;
  };
  const cash = { settlement: 'paid', tenders: [{ method: 'cash', amount: 2500 }] };
  /** A customer of `who`, made by a first counter sale with their email. */
  const customerOf = async (who: Tenant, email: string) => {
    await api('post', `/counter/carts/${await cartOf(who)}/sale`, who.token, who)
      .send({ ...cash, customer: { firstName: 'Ada', lastName: 'Lovelace', email, phone: '+41 79 000 00 00' } })
      .expect(201);
    const found = await api('get', '/customers', who.token, who).query({ q: email }).expect(200);
    return found.body.items[0] as { id: string; orderCount: number };
  };
  const orderCount = async () => (await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n;

  beforeAll(async () => {
    t = await startTestApp({ label: 'counter-sale-customer' });
    tenant = await t.createTenant('counter-customer');
    other = await t.createTenant('counter-customer-other');
  });
  afterAll(() => t.close());

  it('links the customer picked by id: the order has their contact and joins their orders', async () => {
    const ada = await customerOf(tenant, 'ada@example.ch');
    expect(ada.orderCount).toBe(1);
    const clerk = await signInMember(t, tenant, 'ticket_office');
    const sold = await api('post', `/counter/carts/${await cartOf(tenant, clerk)}/sale`, clerk)
      .send({ ...cash, customerId: ada.id })
      .expect(201);
    const order = (await api('get', `/orders/${sold.body.orderId}`).expect(200)).body;
    expect(order.customer).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch', mobile: '+41 79 000 00 00', customerId: ada.id });
    const record = (await api('get', `/customers/${ada.id}`).expect(200)).body;
    expect(record.orders.map((o: { id: string }) => o.id)).toContain(sold.body.orderId);
    expect(record.orderCount).toBe(2);
  });

  it('does not find another ticketing’s customer (404 before anything is said about the tenders) and sells nothing', async () => {
    const theirs = await customerOf(other, 'ada@example.ch');
    const cartId = await cartOf();
    const before = await orderCount();
    const refused = await api('post', `/counter/carts/${cartId}/sale`).send({
      settlement: 'paid',
      tenders: [{ method: 'cash', amount: 1 }],
      customerId: theirs.id,
    });
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('CUSTOMER_NOT_FOUND');
    expect(await orderCount()).toBe(before);
    // The cart is still open: sold once the right customer is given.
    await api('post', `/counter/carts/${cartId}/sale`).send(cash).expect(201);
  });

  it('refuses a customer both linked and typed, and an id that is no uuid, naming the field', async () => {
    const ada = await customerOf(tenant, 'ada.bis@example.ch');
    const cartId = await cartOf();
    const both = await api('post', `/counter/carts/${cartId}/sale`)
      .send({ ...cash, customerId: ada.id, customer: { email: 'someone@example.ch' } })
      .expect(400);
    expect(both.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'customer' }] });
    const malformed = await api('post', `/counter/carts/${cartId}/sale`)
      .send({ ...cash, customerId: 'ada' })
      .expect(400);
    expect(malformed.body.errors[0].field).toBe('customerId');
    await api('post', `/counter/carts/${cartId}/sale`).send(cash).expect(201);
  });
});
