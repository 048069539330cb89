import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

type Ev = { eventId: string; dateId: string; zoneId: string; priceId: string };
type Customer = { firstName: string; lastName: string; email: string };

describe('order search (ORD-1): one field, the filters, the columns', () => {
  const clock = new FixedClock(new Date('2026-11-02T10:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let hamlet: Ev;
  let cyrano: Ev;
  const orders: Record<string, { orderId: string; orderNumber: string }> = {};

  const list = (query: Record<string, string | number>, who: Tenant = tenant) =>
    t.http().get(`/api/v1/ticketings/${who.ticketingId}/orders`).set('authorization', `Bearer ${who.token}`).query(query);
  const ids = async (query: Record<string, string | number>) => {
    const res = await list(query).expect(200);
    return res.body.items.map((o: { id: string }) => o.id).sort();
  };
  const idsOf = (...keys: string[]) => keys.map((k) => orders[k].orderId).sort();

  async function buyAs(who: Tenant, ev: Ev, customer: Customer, quantity: number, paymentMethod: 'on_site' | 'free' = 'on_site') {
    const cart = await t
      .http()
      .post(`/api/v1/shop/${who.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
      .expect(201);
    const res = await t.http().post(`/api/v1/shop/${who.slug}/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod }).expect(201);
    return res.body as { orderId: string; orderNumber: string };
  }

  beforeAll(async () => {
    t = await startTestApp({ label: 'order-search', clock });
    tenant = await t.createTenant('search');
    other = await t.createTenant('search-other');
    hamlet = await t.createEvent(tenant, { capacity: 50 });
    cyrano = await t.createEvent(tenant, { capacity: 50 });
    const free = await t.createEvent(tenant, { capacity: 50, amount: 0 });
    const elsewhere = await t.createEvent(other, { capacity: 50 });
    orders.marguerite = await buyAs(tenant, hamlet, { firstName: 'Marguerite', lastName: 'Yourcenar', email: 'Marguerite.Y@Example.ch' }, 2);
    clock.advance(24 * 3600_000);
    orders.jean = await buyAs(tenant, cyrano, { firstName: 'Jean', lastName: 'Dupont', email: 'jean.dupont@example.ch' }, 1);
    clock.advance(24 * 3600_000);
    orders.jeanFree = await buyAs(tenant, free, { firstName: 'Jean', lastName: 'Dupont', email: 'jean.dupont@example.ch' }, 1, 'free');
    clock.advance(24 * 3600_000);
    orders.elsewhere = await buyAs(other, elsewhere, { firstName: 'Marguerite', lastName: 'Duras', email: 'marguerite.d@example.ch' }, 1);
    // The ticket office's channel comes with its issue: one order stands in for it.
    await t.sql.query(`UPDATE orders SET channel = 'ticket_office' WHERE id = $1`, [orders.jean.orderId]);
  });
  afterAll(() => t.close());

  it('finds an order by its number, whatever the case, and only in its ticketing', async () => {
    expect(await ids({ q: orders.jean.orderNumber.toLowerCase() })).toEqual(idsOf('jean'));
    expect(await ids({ q: ` ${orders.jean.orderNumber} ` })).toEqual(idsOf('jean'));
    expect(await ids({ q: orders.elsewhere.orderNumber })).toEqual([]);
  });

  it('finds orders by the exact email, whatever the case, and by 3+ characters of a name or an email', async () => {
    expect(await ids({ q: 'JEAN.DUPONT@example.ch' })).toEqual(idsOf('jean', 'jeanFree'));
    expect(await ids({ q: 'marguerite.y@example.ch' })).toEqual(idsOf('marguerite'));
    expect(await ids({ q: 'urcen' })).toEqual(idsOf('marguerite'));
    expect(await ids({ q: 'marguerite' })).toEqual(idsOf('marguerite')); // never the other ticketing's Marguerite
    expect(await ids({ q: 'jean dupont' })).toEqual(idsOf('jean', 'jeanFree'));
    expect(await ids({ q: 'DUPONT@EXAMPLE' })).toEqual(idsOf('jean', 'jeanFree'));
    expect(await ids({ q: 'example.ch' })).toEqual(idsOf('marguerite', 'jean', 'jeanFree'));
    expect(await ids({ q: 'nobody' })).toEqual([]);
    expect(await ids({ q: '%' })).toEqual([]);
    expect(await ids({ q: '_' })).toEqual([]);
  });

  it('finds an order by a ticket’s code, barcode or id, never another ticketing’s', async () => {
    const detail = async (who: Tenant, orderId: string) =>
      (await t.http().get(`/api/v1/ticketings/${who.ticketingId}/orders/${orderId}`).set('authorization', `Bearer ${who.token}`).expect(200)).body;
    const marguerite = await detail(tenant, orders.marguerite.orderId);
    expect(await ids({ q: marguerite.tickets[1].code })).toEqual(idsOf('marguerite'));
    expect(await ids({ q: marguerite.tickets[0].id })).toEqual(idsOf('marguerite'));
    expect(marguerite.tickets[0].barcode).toMatch(/^\d{18}$/);
    expect(await ids({ q: marguerite.tickets[0].barcode })).toEqual(idsOf('marguerite'));
    const elsewhere = await detail(other, orders.elsewhere.orderId);
    expect(await ids({ q: elsewhere.tickets[0].code })).toEqual([]);
    expect(await ids({ q: elsewhere.tickets[0].barcode })).toEqual([]);
    expect(await ids({ q: elsewhere.tickets[0].id })).toEqual([]);
  });

  it('filters by event, date, time placed, status, channel and payment method, with how many match in all', async () => {
    expect(await ids({ eventId: hamlet.eventId })).toEqual(idsOf('marguerite'));
    expect(await ids({ dateId: cyrano.dateId })).toEqual(idsOf('jean'));
    expect(await ids({ placedFrom: '2026-11-03T00:00:00Z' })).toEqual(idsOf('jean', 'jeanFree'));
    expect(await ids({ placedFrom: '2026-11-03T00:00:00Z', placedTo: '2026-11-04T00:00:00Z' })).toEqual(idsOf('jean'));
    expect(await ids({ status: 'paid' })).toEqual(idsOf('jeanFree'));
    expect(await ids({ status: 'reserved' })).toEqual(idsOf('marguerite', 'jean'));
    expect(await ids({ channel: 'ticket_office' })).toEqual(idsOf('jean'));
    expect(await ids({ paymentMethod: 'free' })).toEqual(idsOf('jeanFree'));
    expect(await ids({ q: 'dupont', status: 'reserved', channel: 'ticket_office', paymentMethod: 'on_site' })).toEqual(idsOf('jean'));
    const page = await list({ q: 'example.ch', limit: 2 }).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe(3);
    const rest = await list({ q: 'example.ch', limit: 2, cursor: page.body.nextCursor }).expect(200);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.total).toBe(3);
    expect(rest.body.nextCursor).toBeNull();
  });

  it('lists number, customer, date, total, paid and due from the ledger, and status', async () => {
    const [row] = (await list({ q: orders.marguerite.orderNumber }).expect(200)).body.items;
    expect(row).toMatchObject({
      number: orders.marguerite.orderNumber,
      status: 'reserved',
      customer: { firstName: 'Marguerite', lastName: 'Yourcenar', email: 'marguerite.y@example.ch' },
      createdAt: '2026-11-02T10:00:00.000Z',
      total: { amount: 5000, currency: 'CHF' },
      paid: { amount: 0, currency: 'CHF' },
      amountDue: { amount: 5000, currency: 'CHF' },
      ticketCount: 2,
    });
    await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/orders/${orders.marguerite.orderId}/payment`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ method: 'cash' })
      .expect(200);
    const [paid] = (await list({ q: orders.marguerite.orderNumber }).expect(200)).body.items;
    expect(paid).toMatchObject({ status: 'paid', paid: { amount: 5000 }, amountDue: { amount: 0 } });
  });

  it('refuses a malformed filter with a 400 naming the field, and writes nothing', async () => {
    const field = async (query: Record<string, string>) => {
      const res = await list(query).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      return res.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await field({ status: 'lost' })).toEqual(['status']);
    expect(await field({ channel: 'fax' })).toEqual(['channel']);
    expect(await field({ paymentMethod: 'barter' })).toEqual(['paymentMethod']);
    expect(await field({ eventId: 'hamlet' })).toEqual(['eventId']);
    expect(await field({ placedFrom: 'yesterday' })).toEqual(['placedFrom']);
    expect(await field({ placedFrom: '2026-11-05T00:00:00Z', placedTo: '2026-11-01T00:00:00Z' })).toEqual(['placedTo']);
    expect(await field({ q: 'x'.repeat(201) })).toEqual(['q']);
  });
});
