import { FixedClock } from '../../platform/clock/clock';
import { signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

/**
 * The cash report against PostgreSQL: a clerk's counter session opens with a float; what the ledger
 * says they received and refunded during it (cash, card terminal, mixed) gives the cash the drawer
 * should hold; closing with the count gives the difference; per session and per day, JSON and CSV; a
 * clerk sees only their own sessions, another ticketing none.
 */
describe('counter sessions and the cash report', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let clerk: string;
  let colleague: string;
  const clock = new FixedClock(new Date('2027-03-01T17:00:00Z'));

  const api = (method: 'get' | 'post', path: string, token = tenant.token, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const day = { from: '2027-03-01T00:00:00+01:00', to: '2027-03-02T00:00:00+01:00' };
  /** A counter sale of `quantity` tickets at 2500 paid with these tenders, by this user. */
  const sale = async (token: string, quantity: number, tenders: object[]) => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const cart = await api('post', '/counter/carts', token)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
      .expect(201);
    return (await api('post', `/counter/carts/${cart.body.id}/sale`, token).send({ settlement: 'paid', tenders }).expect(201)).body as { orderId: string };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'counter-sessions', clock });
    tenant = await t.createTenant('counter-sessions');
    other = await t.createTenant('counter-sessions-other');
    clerk = await signInMember(t, tenant, 'ticket_office');
    colleague = await signInMember(t, tenant, 'ticket_office');
  });
  afterAll(() => t.close());

  it('opens with a float, counts the clerk’s takings per means of payment, and closes with the difference', async () => {
    const opened = await api('post', '/counter-sessions', clerk).send({ openingFloat: 20000 }).expect(201);
    expect(opened.body).toMatchObject({ openingFloat: { amount: 20000, currency: 'CHF' }, closedAt: null, totals: [], expectedCash: { amount: 20000 } });
    expect((await api('post', '/counter-sessions', clerk).send({ openingFloat: 0 }).expect(409)).body.code).toBe('COUNTER_SESSION_ALREADY_OPEN');

    clock.advance(60_000);
    await sale(clerk, 2, [{ method: 'cash', amount: 5000, given: 10000 }]);
    const mixed = await sale(clerk, 3, [
      { method: 'card', amount: 4500, reference: 'TRM-1' },
      { method: 'cash', amount: 3000 },
    ]);
    // A colleague's sale is not in this drawer.
    await api('post', '/counter-sessions', colleague).send({ openingFloat: 10000 }).expect(201);
    await sale(colleague, 1, [{ method: 'cash', amount: 2500 }]);
    // A cash refund at the counter leaves the drawer.
    await api('post', `/orders/${mixed.orderId}/refunds`, clerk).send({ amount: 1000, method: 'cash', reason: 'Geste' }).expect(200);

    const current = await api('get', '/counter-sessions/current', clerk).expect(200);
    expect(current.body.totals).toEqual([
      { method: 'card', received: { amount: 4500, currency: 'CHF' }, refunded: { amount: 0, currency: 'CHF' }, net: { amount: 4500, currency: 'CHF' } },
      { method: 'cash', received: { amount: 8000, currency: 'CHF' }, refunded: { amount: 1000, currency: 'CHF' }, net: { amount: 7000, currency: 'CHF' } },
    ]);
    expect(current.body.expectedCash).toEqual({ amount: 27000, currency: 'CHF' });

    clock.advance(3600_000);
    const closed = await api('post', `/counter-sessions/${opened.body.id}/close`, clerk)
      .send({ countedCash: 26950, note: 'Pièce de 50 ct. manquante' })
      .expect(200);
    expect(closed.body).toMatchObject({
      closedAt: clock.now().toISOString(),
      countedCash: { amount: 26950 },
      difference: { amount: -50, currency: 'CHF' },
      closingNote: 'Pièce de 50 ct. manquante',
    });
    expect((await api('post', `/counter-sessions/${opened.body.id}/close`, clerk).send({ countedCash: 1 }).expect(409)).body.code).toBe(
      'COUNTER_SESSION_CLOSED',
    );
    expect((await api('get', '/counter-sessions/current', clerk).expect(404)).body.code).toBe('COUNTER_SESSION_NOT_FOUND');

    // A sale after closing is in no session of the clerk.
    await sale(clerk, 1, [{ method: 'cash', amount: 2500 }]);
    expect((await api('get', `/counter-sessions/${opened.body.id}`).expect(200)).body.expectedCash.amount).toBe(27000);

    // The day: both sessions for the admin, with totals; a clerk sees their own only.
    const report = await api('get', '/counter-sessions').query(day).expect(200);
    expect(report.body.sessions).toHaveLength(2);
    expect(report.body.totals.find((x: { method: string }) => x.method === 'cash').net).toEqual({ amount: 9500, currency: 'CHF' });
    const own = await api('get', '/counter-sessions', clerk).query(day).expect(200);
    expect(own.body.sessions.map((s: { id: string }) => s.id)).toEqual([opened.body.id]);
    const theirs = (await api('get', '/counter-sessions/current', colleague).expect(200)).body.id;
    expect((await api('get', `/counter-sessions/${theirs}`, clerk).expect(404)).body.code).toBe('COUNTER_SESSION_NOT_FOUND');
    expect((await api('post', `/counter-sessions/${theirs}/close`, clerk).send({ countedCash: 0 }).expect(404)).body.code).toBe('COUNTER_SESSION_NOT_FOUND');

    const csv = await api('get', '/counter-sessions/report.csv').query(day).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe(
      'user,opened_at,closed_at,currency,opening_float,cash_net,card_net,bank_transfer_net,gift_voucher_net,other_net,expected_cash,counted_cash,difference,note',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',CHF,200.00,70.00,45.00,0.00,0.00,0.00,270.00,269.50,-0.50,Pièce de 50 ct. manquante');
  });

  it('refuses a period that runs backwards or spans more than a year, and a negative float, naming the field', async () => {
    const backwards = await api('get', '/counter-sessions').query({ from: day.to, to: day.from }).expect(422);
    expect(backwards.body).toMatchObject({ code: 'COUNTER_REPORT_PERIOD_INVALID', errors: [{ field: 'to' }] });
    expect((await api('get', '/counter-sessions').query({ from: 'yesterday', to: day.to }).expect(400)).body.errors[0].field).toBe('from');
    expect((await api('post', '/counter-sessions', colleague).send({ openingFloat: -1 }).expect(400)).body.errors[0].field).toBe('openingFloat');
  });

  it('keeps to its ticketing and roles: another ticketing’s session is not found, control may not open one', async () => {
    const mine = (await api('get', '/counter-sessions/current', colleague).expect(200)).body.id;
    expect((await api('get', `/counter-sessions/${mine}`, other.token, other).expect(404)).body.code).toBe('COUNTER_SESSION_NOT_FOUND');
    expect((await api('get', '/counter-sessions', other.token, other).query(day).expect(200)).body.sessions).toEqual([]);
    const control = await signInMember(t, tenant, 'control');
    await api('post', '/counter-sessions', control).send({ openingFloat: 0 }).expect(403);
  });
});
