import type { Job } from 'bullmq';
import { INVOICE_DEADLINE_JOB, OrdersService } from '../modules/orders';
import { PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { FixedClock } from '../platform/clock/clock';
import { JobHandlers } from '../platform/queue/job-handlers';
import { QueueName } from '../platform/queue/queues';
import { pdfQrBillPayload } from '../test/pdf';
import { SmtpCatcher, startSmtpCatcher } from '../test/smtp-catcher';
import { buy, startTestApp, Tenant, TestApp } from '../test/test-app';
import { InvoiceDeadlines } from './invoice-deadlines.service';
import { OrderChanges } from './order-changes.service';

const DAY = 24 * 3600 * 1000;

/**
 * ADR 0052 (PAY-4) against PostgreSQL, with the clock moved forward: an invoice order is reminded on
 * its ticketing's days (its invoice and QR-bill sent again, once each) and cancelled at its deadline
 * (places back on sale, the customer mailed) — by its delayed jobs and by the sweep alike, acting once
 * together; a paid order is left alone, a partly paid one kept for the organizer.
 */
describe('invoice deadlines', () => {
  let t: TestApp;
  let a: Tenant;
  let smtp: SmtpCatcher;
  const clock = new FixedClock(new Date('2027-01-10T10:00:00Z'));
  const settings = {
    creditorName: 'Théâtre du Jorat',
    street: 'Route du Théâtre',
    buildingNumber: '2',
    zip: '1083',
    city: 'Mézières',
    country: 'CH',
    qrIban: 'CH4431999123000889012',
    paymentTermDays: 30,
  };

  const admin = (method: 'get' | 'post' | 'put', path: string) =>
    t.http()[method](`/api/v1/ticketings/${a.ticketingId}${path}`).set('authorization', `Bearer ${a.token}`);
  const sweep = () => t.app.get(InvoiceDeadlines).sweep();

  /** The jobs the order's writes queued under this name, as the outbox holds them. */
  const queued = async (orderId: string, name: string) =>
    (
      await t.sql.query(
        `SELECT queue, name, job_id AS "jobId", payload, delay_ms AS "delayMs" FROM outbox WHERE name = $1 AND payload->>'orderId' = $2 ORDER BY job_id`,
        [name, orderId],
      )
    ).rows as { queue: QueueName; name: string; jobId: string; payload: Record<string, unknown>; delayMs: string }[];

  /** Runs a queued job through its registered handler, as the worker does. */
  const run = (job: { queue: QueueName; name: string; jobId: string; payload: Record<string, unknown> }) =>
    t.app.get(JobHandlers).dispatch(job.queue, { id: job.jobId, name: job.name, data: job.payload } as unknown as Job);

  async function invoiceOrder(ev: { dateId: string; zoneId: string; priceId: string }, quantity = 2) {
    const cart = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
      .expect(201);
    const res = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'invoice' })
      .expect(201);
    return res.body as { orderId: string; orderNumber: string };
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'invoicedeadlines', clock, env: { SMTP_URL: smtp.url } });
    a = await t.createTenant('invoice-deadlines');
    await admin('put', '/invoice-settings').send(settings).expect(200);
  });
  // Each case from the same day: the show (1 March) is still ahead at the end of its moves.
  beforeEach(() => clock.set(new Date('2027-01-10T10:00:00Z')));
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends reminder 1 then 2 on their days, once each however many jobs and sweeps run, with the invoice and its QR-bill', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 4500, name: 'Rappels' });
    const placed = await invoiceOrder(ev);
    const order = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;

    // Placed with a delayed check at each reminder and at the deadline.
    const checks = await queued(placed.orderId, INVOICE_DEADLINE_JOB);
    expect(checks.map((j) => [j.queue, Number(j.delayMs)])).toEqual([
      ['deadlines', 10 * DAY],
      ['deadlines', 20 * DAY],
      ['deadlines', 30 * DAY],
    ]);

    clock.advance(10 * DAY - 60_000);
    await sweep();
    expect(await queued(placed.orderId, 'order-invoice-reminder')).toEqual([]);

    clock.advance(60_000);
    await Promise.all([run(checks[0]), sweep(), run(checks[0])]);
    await sweep();
    const first = await queued(placed.orderId, 'order-invoice-reminder');
    expect(first.map((j) => [j.queue, j.payload.number])).toEqual([['mail', 1]]);

    await run(first[0]);
    const mail = await smtp.mailbox.waitFor((m) => (m.subject?.includes(placed.orderNumber) && m.subject.includes('rappel')) ?? false);
    expect(mail.subject).toContain('rappel : facture');
    expect(mail.text).toContain('Votre facture est à nouveau jointe');
    const pdfs = mail.attachments.filter((x) => x.contentType === 'application/pdf');
    expect(pdfs.map((x) => x.filename)).toEqual([`facture-${placed.orderNumber}.pdf`]);
    expect(pdfQrBillPayload(pdfs[0].content)).toContain(order.qrReference);

    clock.advance(10 * DAY);
    await Promise.all([run(checks[1]), sweep()]);
    await run(checks[0]); // a late first job changes nothing
    const both = await queued(placed.orderId, 'order-invoice-reminder');
    expect(both.map((j) => j.payload.number)).toEqual([1, 2]);
    await run(both[1]);
    await smtp.mailbox.waitFor((m) => m.messageId === `<order-${placed.orderId}-invoice-reminder-2@guichet>`);

    const sent = await t.sql.query(`SELECT count(*)::int AS n FROM order_history WHERE order_id = $1 AND data->>'template' = 'order-invoice-reminder'`, [
      placed.orderId,
    ]);
    expect(sent.rows[0].n).toBe(2);
    expect((await admin('get', `/orders/${placed.orderId}`).expect(200)).body.status).toBe('reserved');
  });

  it('cancels the order at its deadline: its places back on sale, the customer mailed — the sweep and the delayed job together act once', async () => {
    const ev = await t.createEvent(a, { capacity: 2, amount: 3000, name: 'Délai' });
    const placed = await invoiceOrder(ev, 2);
    const checks = await queued(placed.orderId, INVOICE_DEADLINE_JOB);
    expect((await buy(t, a, ev, 1)).status).not.toBe(201);

    clock.advance(30 * DAY);
    await Promise.all([run(checks[2]), sweep(), run(checks[2])]);

    const order = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order.status).toBe('cancelled');
    const cancelled = await t.sql.query(`SELECT actor_kind AS "actorKind" FROM order_history WHERE order_id = $1 AND action = 'orders.order.cancelled'`, [
      placed.orderId,
    ]);
    expect(cancelled.rows).toEqual([{ actorKind: 'system' }]);
    // No reminder is sent past the deadline, even the ones a stopped worker missed.
    expect(await queued(placed.orderId, 'order-invoice-reminder')).toEqual([]);

    const notices = await queued(placed.orderId, 'order-cancellation');
    expect(notices).toHaveLength(1);
    await run(notices[0]);
    const mail = await smtp.mailbox.waitFor((m) => m.subject?.includes(`annulation, commande ${placed.orderNumber}`) ?? false);
    expect(mail.text).toContain(`Votre commande ${placed.orderNumber} a été annulée`);

    expect((await buy(t, a, ev, 2)).status).toBe(201);
    expect(await sweep()).toBe(0);
  });

  it('goes on past an order it fails to act on: the later ones are cancelled, the sweep reports the failure, the next sweep cancels it', async () => {
    const ev = await t.createEvent(a, { capacity: 4, amount: 2000, name: 'Balayage' });
    const stuck = await invoiceOrder(ev, 1);
    clock.advance(60_000); // the next order's deadline a minute later: the sweep reaches `stuck` first
    const next = await invoiceOrder(ev, 1);
    clock.advance(30 * DAY);

    // A fault on one order only (a lost connection, a bug): the real cancellation for the others.
    const changes = t.app.get(OrderChanges);
    const cancel = changes.cancel.bind(changes);
    const fault = jest
      .spyOn(changes, 'cancel')
      .mockImplementation((scope, orderId, ...rest) =>
        orderId === stuck.orderId ? Promise.reject(new Error('Connection terminated unexpectedly')) : cancel(scope, orderId, ...rest),
      );
    try {
      await expect(sweep()).rejects.toThrow(/^invoice deadline: 1 of \d+ failed \(\d+ acted on\); the first: Connection terminated unexpectedly$/);
    } finally {
      fault.mockRestore();
    }
    const status = async (orderId: string) => (await admin('get', `/orders/${orderId}`).expect(200)).body.status;
    expect(await status(stuck.orderId)).toBe('reserved');
    expect(await status(next.orderId)).toBe('cancelled');

    await sweep();
    expect(await status(stuck.orderId)).toBe('cancelled');
  });

  it('neither reminds nor cancels an order paid in time', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 2000 });
    const placed = await invoiceOrder(ev, 1);
    const checks = await queued(placed.orderId, INVOICE_DEADLINE_JOB);
    clock.advance(5 * DAY);
    await admin('post', `/orders/${placed.orderId}/payment`).send({ method: 'bank_transfer' }).expect(200);

    clock.advance(31 * DAY);
    for (const job of checks) await run(job);
    await sweep();
    expect((await admin('get', `/orders/${placed.orderId}`).expect(200)).body.status).toBe('paid');
    expect(await queued(placed.orderId, 'order-invoice-reminder')).toEqual([]);
    expect(await queued(placed.orderId, 'order-cancellation')).toEqual([]);
  });

  it('keeps an order partly paid past its deadline for the organizer, and no sweep reads it again', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 2500 });
    const placed = await invoiceOrder(ev, 2);
    await t.app.get(PaymentsReconciliationService).recordPayment(a.scope, {
      orderId: placed.orderId,
      method: 'bank_transfer',
      amount: 2000,
      currency: 'CHF',
      actor: { kind: 'user', id: null, label: 'Comptabilité' },
      at: clock.now(),
    });

    clock.advance(30 * DAY);
    const orders = t.app.get(OrdersService);
    expect((await orders.invoiceDeadlinesDue()).map((o) => o.orderId)).toContain(placed.orderId);
    await sweep();
    const order = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order).toMatchObject({ status: 'reserved', amountDue: { amount: 3000, currency: 'CHF' } });
    const kept = await t.sql.query(`SELECT actor_kind AS "actorKind" FROM order_history WHERE order_id = $1 AND action = 'orders.order.overdue_kept'`, [
      placed.orderId,
    ]);
    expect(kept.rows).toEqual([{ actorKind: 'system' }]);

    expect((await orders.invoiceDeadlinesDue()).map((o) => o.orderId)).not.toContain(placed.orderId);
    for (const job of await queued(placed.orderId, INVOICE_DEADLINE_JOB)) await run(job);
    expect(
      (await t.sql.query(`SELECT count(*)::int AS n FROM order_history WHERE order_id = $1 AND action = 'orders.order.overdue_kept'`, [placed.orderId])).rows[0]
        .n,
    ).toBe(1);
    expect(await queued(placed.orderId, 'order-cancellation')).toEqual([]);
  });
});
