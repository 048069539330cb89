import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

describe('order list and search (backoffice)', () => {
  let t: TestApp;
  let tenant: Tenant;
  const placed: { orderId: string; orderNumber: string }[] = [];
  let dateId: string;

  const list = (query: Record<string, string | number>) =>
    t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/orders`).set('authorization', `Bearer ${tenant.token}`).query(query);

  beforeAll(async () => {
    t = await startTestApp({ label: 'orders' });
    tenant = await t.createTenant('orders');
    const ev = await t.createEvent(tenant, { capacity: 50 });
    const other = await t.createEvent(tenant, { capacity: 50 });
    dateId = ev.dateId;
    for (let i = 0; i < 5; i++) placed.push((await buy(t, tenant, ev, 1)).body);
    await buy(t, tenant, other, 2);
  });
  afterAll(() => t.close());

  it('pages through every order, newest first, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await list({ limit: 2, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((o: { id: string }) => o.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen.slice(1, 6).reverse()).toEqual(placed.map((p) => p.orderId));
  });

  it('finds an order by number, by email, by name and by ticket code', async () => {
    const target = placed[2];
    expect((await list({ q: target.orderNumber.toLowerCase() }).expect(200)).body.items.map((o: { id: string }) => o.id)).toEqual([target.orderId]);
    expect((await list({ q: 'ADA@example.ch' }).expect(200)).body.items).toHaveLength(6);
    expect((await list({ q: 'love' }).expect(200)).body.items).toHaveLength(6);
    const detail = await t
      .http()
      .get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${target.orderId}`)
      .set('authorization', `Bearer ${tenant.token}`)
      .expect(200);
    const byCode = await list({ q: detail.body.tickets[0].code }).expect(200);
    expect(byCode.body.items.map((o: { id: string }) => o.id)).toEqual([target.orderId]);
    expect((await list({ q: 'nobody-here' }).expect(200)).body.items).toEqual([]);
    expect((await list({ q: '%' }).expect(200)).body.items).toEqual([]);
  });

  it('filters by date and combines the filter with search and paging', async () => {
    expect((await list({ dateId }).expect(200)).body.items).toHaveLength(5);
    const page = await list({ dateId, q: 'ada', limit: 3 }).expect(200);
    expect(page.body.items).toHaveLength(3);
    const rest = await list({ dateId, q: 'ada', limit: 3, cursor: page.body.nextCursor }).expect(200);
    expect(rest.body.items).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();
  });
});
