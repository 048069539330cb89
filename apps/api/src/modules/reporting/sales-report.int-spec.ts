import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

/**
 * ORD-15 against PostgreSQL: a commission per ticket set per ticketing, charged with each sale and
 * still due once the ticket is cancelled; the sales report by event with sold, cancelled, revenue,
 * refunds and commission.
 */
describe('commission and the sales report', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const as = (who: Tenant) => (method: 'get' | 'post' | 'put', path: string) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${who.token}`);
  const api = (method: 'get' | 'post' | 'put', path: string) => as(tenant)(method, path);
  const report = async (query = '') => (await api('get', `/reports/sales${query}`).expect(200)).body;
  const lineOf = (r: { lines: { eventId: string }[] }, eventId: string) => r.lines.find((l) => l.eventId === eventId);

  beforeAll(async () => {
    t = await startTestApp({ label: 'salesreport' });
    tenant = await t.createTenant('sales-report');
    other = await t.createTenant('sales-report-other');
  });
  afterAll(() => t.close());

  it('has no commission until terms are set; bad terms are refused and change nothing', async () => {
    expect((await api('get', '/commission').expect(200)).body).toEqual({ fixedAmount: 0, rateBp: 0, freeTickets: false, updatedAt: null, updatedBy: null });
    const bad = await api('put', '/commission').send({ fixedAmount: -1, rateBp: 9000 }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['fixedAmount', 'rateBp']);
    expect((await api('get', '/commission').expect(200)).body.updatedAt).toBeNull();
  });

  it('charges each ticket sold, keeps the charge when the ticket is cancelled, and reports by event', async () => {
    const set = (await api('put', '/commission').send({ fixedAmount: 50, rateBp: 250 }).expect(200)).body;
    expect(set).toMatchObject({ fixedAmount: 50, rateBp: 250, freeTickets: false, updatedAt: expect.any(String), updatedBy: expect.any(String) });

    const cyrano = await t.createEvent(tenant, { capacity: 20, amount: 4000, name: 'Cyrano' });
    const phedre = await t.createEvent(tenant, { capacity: 20, amount: 2000, name: 'Phèdre' });
    const { body: a } = await buy(t, tenant, cyrano, 3);
    const { body: b } = await buy(t, tenant, phedre, 1);
    await api('post', `/orders/${a.orderId}/payment`).send({ method: 'cash' }).expect(200);
    await api('post', `/orders/${b.orderId}/payment`).send({ method: 'card' }).expect(200);

    // Each ticket: 0.50 + 2.5 % of its price (40.00 → 1.50; 20.00 → 1.00).
    const charges = await t.sql.query(`SELECT amount FROM commission_charges WHERE order_id = $1 ORDER BY amount`, [a.orderId]);
    expect(charges.rows.map((r) => r.amount)).toEqual([150, 150, 150]);

    const [first] = (await api('get', `/orders/${a.orderId}`).expect(200)).body.tickets;
    await api('post', `/orders/${a.orderId}/tickets/cancel`)
      .send({ ticketIds: [first.id], refund: { amount: 4000, method: 'cash', reason: 'Empêchement' } })
      .expect(200);
    await api('post', `/orders/${b.orderId}/refunds`).send({ amount: 500, method: 'card', reason: 'Geste' }).expect(200);

    const r = await report();
    expect(lineOf(r, cyrano.eventId)).toEqual({
      key: cyrano.eventId,
      label: 'Cyrano',
      eventId: cyrano.eventId,
      eventName: 'Cyrano',
      startsAt: expect.any(String),
      soldTickets: 3,
      cancelledTickets: 1,
      invitationTickets: 0,
      sold: { amount: 12000, currency: 'CHF' },
      cancelled: { amount: 4000, currency: 'CHF' },
      revenue: { amount: 8000, currency: 'CHF' },
      refunds: { amount: 4000, currency: 'CHF' },
      commission: { amount: 450, currency: 'CHF' }, // the cancelled ticket's commission stays due
    });
    expect(lineOf(r, phedre.eventId)).toMatchObject({ soldTickets: 1, cancelledTickets: 0, refunds: { amount: 500 }, commission: { amount: 100 } });
    expect(r.totals).toEqual([
      expect.objectContaining({
        soldTickets: 4,
        cancelledTickets: 1,
        revenue: { amount: 10000, currency: 'CHF' },
        refunds: { amount: 4500, currency: 'CHF' },
        otherRefunds: { amount: 0, currency: 'CHF' },
        commission: { amount: 550, currency: 'CHF' },
      }),
    ]);

    // A charge is final: the database refuses to change or remove one.
    await expect(t.sql.query(`DELETE FROM commission_charges WHERE order_id = $1`, [a.orderId])).rejects.toThrow(/final/);
    await expect(t.sql.query(`UPDATE commission_charges SET amount = 0 WHERE order_id = $1`, [a.orderId])).rejects.toThrow(/final/);

    // Cancelling the rest of the order still leaves every charge in place.
    await api('post', `/orders/${a.orderId}/cancel`).send({}).expect(200);
    expect(lineOf(await report(), cyrano.eventId)).toMatchObject({ cancelledTickets: 3, revenue: { amount: 0 }, commission: { amount: 450 } });
  });

  it('new terms apply to later sales only; a free ticket is charged only when the terms say so', async () => {
    await api('put', '/commission').send({ fixedAmount: 100, rateBp: 0, freeTickets: false }).expect(200);
    const free = await t.createEvent(tenant, { capacity: 10, amount: 0, name: 'Concert gratuit' });
    expect((await buy(t, tenant, free, 2, 'free')).status).toBe(201);
    expect(lineOf(await report(), free.eventId)).toMatchObject({ soldTickets: 2, commission: { amount: 0 } });
    await api('put', '/commission').send({ fixedAmount: 100, rateBp: 0, freeTickets: true }).expect(200);
    expect((await buy(t, tenant, free, 1, 'free')).status).toBe(201);
    expect(lineOf(await report(), free.eventId)).toMatchObject({ soldTickets: 3, commission: { amount: 100 } });
  });

  it('rounds the share half up to the centime, per ticket', async () => {
    await api('put', '/commission').send({ fixedAmount: 0, rateBp: 250 }).expect(200);
    const charged = async (amount: number) => {
      const ev = await t.createEvent(tenant, { capacity: 5, amount });
      const { body } = await buy(t, tenant, ev, 1);
      return (await t.sql.query(`SELECT amount FROM commission_charges WHERE order_id = $1`, [body.orderId])).rows[0].amount;
    };
    expect(await charged(3030)).toBe(76); // 75.75
    expect(await charged(3020)).toBe(76); // 75.5
    expect(await charged(3010)).toBe(75); // 75.25
  });

  it('limits the report to a period, and refuses a period that ends before it starts', async () => {
    const future = await report('?from=2099-01-01T00:00:00Z&to=2099-12-31T00:00:00Z');
    expect(future).toMatchObject({ from: '2099-01-01T00:00:00.000Z', lines: [], totals: [] });
    const bad = await api('get', '/reports/sales?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z').expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'to' }] });
    const notADate = await api('get', '/reports/sales?from=yesterday').expect(400);
    expect(notADate.body.errors[0].field).toBe('from');
  });

  it('keeps each ticketing to its own figures and terms', async () => {
    const theirs = await report();
    const mine = (await as(other)('get', '/reports/sales').expect(200)).body;
    expect(mine).toMatchObject({ lines: [], totals: [] });
    expect(theirs.lines.length).toBeGreaterThan(0);
    expect((await as(other)('get', '/commission').expect(200)).body.updatedAt).toBeNull();
    // The other tenant's token on this ticketing's report finds nothing there.
    await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/reports/sales`).set('authorization', `Bearer ${other.token}`).expect(404);
  });
});
