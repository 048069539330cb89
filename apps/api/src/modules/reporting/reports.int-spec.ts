import { BankReconciliation } from '../../coordination/bank-reconciliation/bank-reconciliation.service';
import { FixedClock } from '../../platform/clock/clock';
import { camtXml } from '../../test/camt';
import { buy, signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

const DAY = 24 * 3600 * 1000;
const START = new Date('2027-01-10T10:00:00Z');

interface Money {
  amount: number;
  currency: string;
}
interface Order {
  id: string;
  number: string;
  qrReference: string;
  total: Money;
  paid: Money;
  refunded: Money;
  amountDue: Money;
  balance: Money;
  tickets: { id: string; status: string }[];
  payments: { method: string; status: string; amount: Money }[];
  refunds: { method: string; status: string; amount: Money }[];
}
interface Totals {
  soldTickets: number;
  cancelledTickets: number;
  sold: Money;
  cancelled: Money;
  revenue: Money;
  refunds: Money;
  commission: Money;
}

/**
 * PLT-7, PAY-6 against PostgreSQL: a season's history with partial cancellations, refunds, an
 * exchange, a reschedule, a bank payment in part and a cancelled order; then every report — sales by
 * event, date, price and channel, payments and refunds by method, open invoices, the daily sales of
 * the chart — is checked against the ledger and the orders, total by total.
 */
describe('reports against the ledger', () => {
  let t: TestApp;
  let a: Tenant;
  let other: Tenant;
  const clock = new FixedClock(START);
  const orderIds: string[] = [];
  let partlyPaid: Order;
  let unpaid: Order;
  let cyranoDates: string[];

  const as = (tenant: Tenant, token = tenant.token) => ({
    get: (path: string) => t.http().get(`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${token}`),
    post: (path: string) => t.http().post(`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${token}`),
    put: (path: string) => t.http().put(`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${token}`),
  });
  const api = () => as(a);
  const order = async (id: string): Promise<Order> => (await api().get(`/orders/${id}`).expect(200)).body;
  const report = async (path: string) => (await api().get(`/reports/${path}`).expect(200)).body;
  const WHOLE = '?from=2027-01-01T00:00:00Z&to=2027-12-31T00:00:00Z';

  /** A published event with two dates and two prices. */
  async function season(name: string, full: number, reduced: number) {
    const body = (
      await api()
        .post('/events')
        .send({
          name,
          status: 'published',
          venue: 'Grande salle',
          dates: [{ startsAt: '2027-03-01T20:00:00+01:00' }, { startsAt: '2027-03-02T20:00:00+01:00' }],
          zones: [{ name: 'Parterre', capacity: 50 }],
          prices: [
            { name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: full, currency: 'CHF' }] },
            { name: 'Réduit', kind: 'fixed', amounts: [{ amount: reduced, currency: 'CHF' }] },
          ],
        })
        .expect(201)
    ).body;
    const place = (date: number, price: number) => ({
      dateId: body.dates[date].id as string,
      zoneId: body.zones[0].id as string,
      priceId: body.prices[price].id as string,
    });
    return { eventId: body.id as string, dateIds: body.dates.map((d: { id: string }) => d.id) as string[], place };
  }
  const counterCart = async (p: { dateId: string; zoneId: string; priceId: string }, quantity: number) =>
    (
      await api()
        .post('/counter/carts')
        .send({ items: [{ ...p, quantity }] })
        .expect(201)
    ).body.id as string;
  const shopOrder = async (p: { dateId: string; zoneId: string; priceId: string }, quantity: number, paymentMethod: 'on_site' | 'invoice' = 'on_site') => {
    if (paymentMethod === 'on_site') {
      const { body } = await buy(t, a, p, quantity);
      orderIds.push(body.orderId);
      return body.orderId as string;
    }
    const cart = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts`)
      .send({ items: [{ ...p, quantity }] })
      .expect(201);
    const res = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.ch' }, paymentMethod: 'invoice' })
      .expect(201);
    orderIds.push(res.body.orderId);
    return res.body.orderId as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'reports', clock });
    a = await t.createTenant('reports');
    other = await t.createTenant('reports-other');
    await api().put('/commission').send({ fixedAmount: 50, rateBp: 250 }).expect(200);
    await api()
      .put('/invoice-settings')
      .send({
        creditorName: 'Théâtre',
        street: 'Rue du Marché',
        buildingNumber: '4',
        zip: '2800',
        city: 'Delémont',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
      })
      .expect(200);
    const cyrano = await season('Cyrano', 3000, 2000);
    const phedre = await season('Phèdre', 4000, 2500);
    cyranoDates = cyrano.dateIds;

    // 1. Three full-price places in the shop, paid at the counter; one cancelled and refunded in cash.
    const o1 = await shopOrder(cyrano.place(0, 0), 3);
    await api().post(`/orders/${o1}/payment`).send({ method: 'cash' }).expect(200);
    await api()
      .post(`/orders/${o1}/tickets/cancel`)
      .send({ ticketIds: [(await order(o1)).tickets[0].id], refund: { amount: 3000, method: 'cash', reason: 'Empêchement' } })
      .expect(200);

    // 2. Two reduced places at the counter, by card; the next day, one exchanged for Phèdre at full price, 20.00 more in cash.
    clock.advance(DAY);
    const sale = await api()
      .post(`/counter/carts/${await counterCart(cyrano.place(0, 1), 2)}/sale`)
      .send({ settlement: 'paid', tenders: [{ method: 'card', amount: 4000 }] })
      .expect(201);
    const o2 = sale.body.orderId as string;
    orderIds.push(o2);
    clock.advance(DAY);
    await api()
      .post(`/orders/${o2}/exchange`)
      .send({ ticketIds: [(await order(o2)).tickets[0].id], cartId: await counterCart(phedre.place(0, 0), 1), tenders: [{ method: 'cash', amount: 2000 }] })
      .expect(201);

    // 3. Two places moved to the second date.
    const o3 = await shopOrder(cyrano.place(0, 0), 2);
    await api().post(`/orders/${o3}/payment`).send({ method: 'cash' }).expect(200);
    await api().post(`/orders/${o3}/reschedule`).send({ dateId: cyrano.dateIds[1] }).expect(200);

    // 4. A reduced Phèdre place paid by card, 5.00 given back as a gesture.
    const o4 = await shopOrder(phedre.place(1, 1), 1);
    await api().post(`/orders/${o4}/payment`).send({ method: 'card' }).expect(200);
    await api().post(`/orders/${o4}/refunds`).send({ amount: 500, method: 'card', reason: 'Geste' }).expect(200);

    // 5. An order cancelled whole and refunded.
    const o6 = await shopOrder(phedre.place(0, 0), 1);
    await api().post(`/orders/${o6}/payment`).send({ method: 'cash' }).expect(200);
    await api()
      .post(`/orders/${o6}/cancel`)
      .send({ refund: { amount: 4000, method: 'cash', reason: 'Annulé' } })
      .expect(200);

    // 6. An invoice paid in part by the bank (20.00 of 60.00) and, three weeks later, one not paid at all.
    partlyPaid = await order(await shopOrder(cyrano.place(1, 0), 2, 'invoice'));
    const accepted = await t
      .http()
      .post(`/api/v1/ticketings/${a.ticketingId}/bank-files`)
      .set('authorization', `Bearer ${a.token}`)
      .attach(
        'file',
        Buffer.from(camtXml('camt.054', '08', [{ amount: '20.00', qrr: partlyPaid.qrReference, debtor: 'Grace Hopper', bankReference: 'P1' }])),
        'camt.xml',
      )
      .expect(202);
    await t.app.get(BankReconciliation).run(a.scope, accepted.body.id);
    const entries = (await api().get('/bank-entries').expect(200)).body.items as { id: string }[];
    await api()
      .post('/bank-entries/validations')
      .send({ entryIds: entries.map((e) => e.id) })
      .expect(200);
    clock.advance(21 * DAY);
    unpaid = await order(await shopOrder(phedre.place(1, 1), 1, 'invoice'));
    clock.advance(25 * DAY); // 48 days after the first sales: the part-paid invoice is 46 days old, the other 25.
  });
  afterAll(() => t.close());

  it('gives the same totals by event, date, price and channel, and each equals the ledger and the orders', async () => {
    const orders = await Promise.all(orderIds.map(order));
    const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
    const ledger = (
      await t.sql.query(
        `SELECT (SELECT coalesce(sum(amount), 0) FROM payments WHERE ticketing_id = $1 AND status = 'succeeded')::int AS received,
                (SELECT coalesce(sum(amount), 0) FROM refunds WHERE ticketing_id = $1 AND status = 'succeeded')::int AS refunded,
                (SELECT coalesce(sum(amount), 0) FROM commission_charges WHERE ticketing_id = $1)::int AS commission`,
        [a.ticketingId],
      )
    ).rows[0];

    const byEvent = await report(`sales${WHOLE}`);
    expect(byEvent.lines.map((l: { label: string }) => l.label)).toEqual(['Cyrano', 'Phèdre']);
    const totals: Totals = byEvent.totals[0];
    for (const by of ['date', 'price', 'channel']) expect((await report(`sales${WHOLE}&by=${by}`)).totals).toEqual(byEvent.totals);

    // Sold: 3 + 2 (+1 by exchange) + 2 (moved, counted once) + 1 + 1 + 2 + 1 = 13; cancelled: one, the exchanged one, the whole order's.
    expect(totals).toMatchObject({ soldTickets: 13, cancelledTickets: 3 });
    // What the orders cost now is what their valid tickets sold for.
    expect(totals.revenue.amount).toBe(sum(orders.map((o) => o.total.amount)));
    expect(totals.revenue.amount).toBe(9000 - 3000 + (4000 - 2000 + 4000) + 6000 + 2500 + (4000 - 4000) + 6000 + 2500);
    // Refunds and commission: the ledger's own sums (the commission of cancelled and moved tickets stays due).
    expect(totals.refunds.amount).toBe(ledger.refunded);
    expect(totals.refunds.amount).toBe(sum(orders.map((o) => o.refunded.amount)));
    expect(totals.commission.amount).toBe(ledger.commission);
    // What is still owed is what was sold, less what came in net.
    expect(sum(orders.map((o) => o.balance.amount))).toBe(totals.revenue.amount - (ledger.received - ledger.refunded));

    // The lines add up to the totals in every dimension.
    for (const by of ['event', 'date', 'price', 'channel']) {
      const lines: Totals[] = (await report(`sales${WHOLE}&by=${by}`)).lines;
      for (const k of ['soldTickets', 'cancelledTickets'] as const) expect(sum(lines.map((l) => l[k]))).toBe(totals[k]);
      for (const k of ['sold', 'cancelled', 'revenue', 'refunds', 'commission'] as const) expect(sum(lines.map((l) => l[k].amount))).toBe(totals[k].amount);
    }
  });

  it('splits the sales by date, price and channel as they happened', async () => {
    const byDate = await report(`sales${WHOLE}&by=date`);
    const line = (r: { lines: { key: string }[] }, key: string) =>
      r.lines.find((l) => l.key === key) as unknown as Totals & { label: string; startsAt: string };
    expect(byDate.lines.map((l: { label: string; startsAt: string }) => [l.label, l.startsAt])).toEqual([
      ['Cyrano', '2027-03-01T19:00:00.000Z'],
      ['Phèdre', '2027-03-01T19:00:00.000Z'],
      ['Cyrano', '2027-03-02T19:00:00.000Z'],
      ['Phèdre', '2027-03-02T19:00:00.000Z'],
    ]);
    // Cyrano's second date: the two moved places and the part-paid invoice's two.
    expect(line(byDate, cyranoDates[1])).toMatchObject({ soldTickets: 4, revenue: { amount: 12000 } });

    const byPrice = await report(`sales${WHOLE}&by=price`);
    expect(byPrice.lines.map((l: { label: string; eventName: string; soldTickets: number }) => [l.eventName, l.label, l.soldTickets])).toEqual([
      ['Cyrano', 'Plein tarif', 7],
      ['Cyrano', 'Réduit', 2],
      ['Phèdre', 'Plein tarif', 2],
      ['Phèdre', 'Réduit', 2],
    ]);

    const byChannel = await report(`sales${WHOLE}&by=channel`);
    expect(
      byChannel.lines.map((l: { key: string; soldTickets: number; cancelledTickets: number; revenue: Money }) => [
        l.key,
        l.soldTickets,
        l.cancelledTickets,
        l.revenue.amount,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['shop', 10, 2, 6000 + 6000 + 2500 + 6000 + 2500],
        ['ticket_office', 3, 1, 6000],
      ]),
    );
    expect(byChannel.lines.every((l: { eventId: string | null }) => l.eventId === null)).toBe(true);
  });

  it('reports payments and refunds by method as the ledger holds them', async () => {
    const r = await report(`payments${WHOLE}`);
    const rows = (
      await t.sql.query(
        `SELECT method, sum(CASE WHEN kind = 'p' THEN amount ELSE 0 END)::int AS received, sum(CASE WHEN kind = 'r' THEN amount ELSE 0 END)::int AS refunded
           FROM (SELECT 'p' AS kind, method, amount FROM payments WHERE ticketing_id = $1 AND status = 'succeeded'
                 UNION ALL SELECT 'r', method, amount FROM refunds WHERE ticketing_id = $1 AND status = 'succeeded') x
          GROUP BY method ORDER BY method`,
        [a.ticketingId],
      )
    ).rows;
    expect(
      r.lines.map((l: { method: string; received: Money; refunded: Money }) => ({
        method: l.method,
        received: l.received.amount,
        refunded: l.refunded.amount,
      })),
    ).toEqual(rows);
    expect(r.lines.map((l: { method: string; payments: number; refunds: number; net: Money }) => [l.method, l.payments, l.refunds, l.net.amount])).toEqual([
      ['bank_transfer', 1, 0, 2000],
      ['card', 2, 1, 4000 + 2500 - 500],
      ['cash', 4, 2, 9000 + 2000 + 6000 + 4000 - 3000 - 4000],
    ]);
    expect(r.totals).toEqual([
      {
        payments: 7,
        received: { amount: 29500, currency: 'CHF' },
        refunds: 3,
        refunded: { amount: 7500, currency: 'CHF' },
        net: { amount: 22000, currency: 'CHF' },
      },
    ]);
    // A period before anything happened is empty.
    expect((await report('payments?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z')).lines).toEqual([]);
  });

  it('lists the open invoices with their age, deadline and what is due, banded by age', async () => {
    const r = await report('open-invoices');
    expect(r.asOf).toBe(clock.now().toISOString());
    expect(r.invoices).toEqual([
      expect.objectContaining({
        orderId: partlyPaid.id,
        number: partlyPaid.number,
        customerName: 'Grace Hopper',
        ageDays: 46,
        daysOverdue: 16,
        paid: { amount: 2000, currency: 'CHF' },
        due: { amount: 4000, currency: 'CHF' },
      }),
      expect.objectContaining({
        orderId: unpaid.id,
        ageDays: 25,
        daysOverdue: 0,
        kept: false,
        total: { amount: 2500, currency: 'CHF' },
        due: { amount: 2500, currency: 'CHF' },
      }),
    ]);
    expect(r.totals).toEqual([
      {
        invoices: 2,
        due: { amount: 6500, currency: 'CHF' },
        overdue: { amount: 4000, currency: 'CHF' },
        ages: [
          { fromDays: 0, toDays: 30, invoices: 1, due: { amount: 2500, currency: 'CHF' } },
          { fromDays: 31, toDays: 60, invoices: 1, due: { amount: 4000, currency: 'CHF' } },
          { fromDays: 61, toDays: 90, invoices: 0, due: { amount: 0, currency: 'CHF' } },
          { fromDays: 91, toDays: null, invoices: 0, due: { amount: 0, currency: 'CHF' } },
        ],
      },
    ]);
  });

  it('draws the daily sales: per day and event, still-valid tickets only, adding up to the revenue', async () => {
    const r = await report('daily-sales?from=2027-01-01T00:00:00Z&to=2027-04-01T00:00:00Z');
    const revenue = (await report(`sales${WHOLE}`)).totals[0].revenue.amount;
    expect(r.lines.reduce((n: number, l: { revenue: Money }) => n + l.revenue.amount, 0)).toBe(revenue);
    expect(r.lines.map((l: { day: string; eventName: string; tickets: number }) => [l.day, l.eventName, l.tickets])).toEqual([
      ['2027-01-10', 'Cyrano', 2],
      ['2027-01-11', 'Cyrano', 1],
      // The exchange's new ticket belongs to its order's day (the order was placed on the 11th)…
      ['2027-01-11', 'Phèdre', 1],
      // …and so do the moved places, and the reduced Phèdre place, on the 12th.
      ['2027-01-12', 'Cyrano', 4],
      ['2027-01-12', 'Phèdre', 1],
      ['2027-02-02', 'Phèdre', 1],
    ]);
    // One event; and the default period is the 30 days before now.
    const phedre = r.lines.find((l: { eventName: string }) => l.eventName === 'Phèdre').eventId;
    expect((await report(`daily-sales?from=2027-01-01T00:00:00Z&to=2027-04-01T00:00:00Z&eventId=${phedre}`)).lines.map((l: { day: string }) => l.day)).toEqual([
      '2027-01-11',
      '2027-01-12',
      '2027-02-02',
    ]);
    const recent = await report('daily-sales');
    expect(recent).toMatchObject({ to: clock.now().toISOString(), from: new Date(clock.now().getTime() - 30 * DAY).toISOString() });
    expect(recent.lines.map((l: { day: string }) => l.day)).toEqual(['2027-02-02']);
  });

  it('exports each report as CSV, amounts in major units', async () => {
    const sales = await api().get(`/reports/sales.csv${WHOLE}&by=channel`).expect(200);
    expect(sales.headers['content-type']).toMatch(/^text\/csv/);
    const rows = sales.text.trim().split('\n');
    expect(rows[0]).toBe('channel,label,event,starts_at,currency,sold_tickets,cancelled_tickets,invitation_tickets,sold,cancelled,revenue,refunds,commission');
    expect(rows.filter((r) => r.startsWith('ticket_office,ticket_office,,,CHF,3,1,0,80.00,20.00,60.00,'))).toHaveLength(1);
    expect(rows.at(-1)).toMatch(/^total,,,,CHF,13,3,0,/);

    const payments = (await api().get(`/reports/payments.csv${WHOLE}`).expect(200)).text.trim().split('\n');
    expect(payments).toEqual([
      'method,currency,payments,received,refunds,refunded,net',
      'bank_transfer,CHF,1,20.00,0,0.00,20.00',
      'card,CHF,2,65.00,1,5.00,60.00',
      'cash,CHF,4,210.00,2,70.00,140.00',
      'total,CHF,7,295.00,3,75.00,220.00',
    ]);

    const invoices = (await api().get('/reports/open-invoices.csv').expect(200)).text.trim().split('\n');
    expect(invoices[0]).toBe('number,customer,email,issued_at,due_at,age_days,days_overdue,kept,currency,total,paid,due');
    expect(invoices[1]).toContain(`${partlyPaid.number},Grace Hopper,grace@example.ch,`);
    expect(invoices[1]).toMatch(/,46,16,no,CHF,60\.00,20\.00,40\.00$/);
  });

  it('refuses a bad query with the field named, and is for the organizer’s office, not the counter', async () => {
    const bad = await api().get('/reports/sales?by=zone').expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'by' }] });
    expect((await api().get('/reports/daily-sales?eventId=nope').expect(400)).body.errors[0].field).toBe('eventId');
    expect((await api().get('/reports/daily-sales?from=2020-01-01T00:00:00Z&to=2027-01-01T00:00:00Z').expect(400)).body.errors[0].field).toBe('from');
    expect((await api().get('/reports/payments?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z').expect(400)).body.errors[0].field).toBe('to');
    const clerk = await signInMember(t, a, 'ticket_office');
    for (const path of ['sales', 'payments', 'open-invoices', 'daily-sales', 'sales.csv']) await as(a, clerk).get(`/reports/${path}`).expect(403);
    const accounting = await signInMember(t, a, 'accounting');
    expect((await as(a, accounting).get('/reports/open-invoices').expect(200)).body.invoices).toHaveLength(2);
  });

  it('keeps each ticketing to its own figures', async () => {
    for (const path of ['sales', 'payments', 'open-invoices', 'daily-sales'])
      expect((await as(other).get(`/reports/${path}`).expect(200)).body).toMatchObject(path === 'open-invoices' ? { invoices: [], totals: [] } : { lines: [] });
    expect((await as(other).get('/reports/payments.csv').expect(200)).text.trim()).toBe('method,currency,payments,received,refunds,refunded,net');
    // Another ticketing's token on this one's reports finds nothing there.
    for (const path of ['sales', 'payments.csv', 'open-invoices', 'daily-sales'])
      await t.http().get(`/api/v1/ticketings/${a.ticketingId}/reports/${path}`).set('authorization', `Bearer ${other.token}`).expect(404);
  });
});
