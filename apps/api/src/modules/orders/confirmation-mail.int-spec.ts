import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { OutboxRelay } from '../../platform/outbox/outbox-relay';
import { QueueName } from '../../platform/queue/queues';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';
import { waitUntil } from '../../test/wait';
import { WorkerModule } from '../../worker.module';

/** Outbox → BullMQ → worker → real SMTP: the confirmation email survives a stopped worker. */
describe('order confirmation email (outbox, worker, SMTP)', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let tenant: Tenant;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'mail', env: { SMTP_URL: smtp.url } });
    tenant = await t.createTenant('mail');
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.close();
  });

  const relayedAt = async (orderId: string): Promise<Date | null> =>
    (await t.sql.query(`SELECT relayed_at FROM outbox WHERE payload->>'orderId' = $1`, [orderId])).rows[0].relayed_at;
  const history = async (orderId: string): Promise<string[]> =>
    (await t.sql.query(`SELECT action FROM order_history WHERE order_id = $1 ORDER BY id`, [orderId])).rows.map((r) => r.action);

  it('keeps the email in the outbox while no worker runs, and sends it once a worker starts', async () => {
    const ev = await t.createEvent(tenant, { amount: 3000 });
    const { body } = await buy(t, tenant, ev, 2);
    const pending = await t.sql.query(`SELECT relayed_at FROM outbox WHERE payload->>'orderId' = $1`, [body.orderId]);
    expect(pending.rows).toEqual([{ relayed_at: null }]);
    expect(smtp.mailbox.all()).toHaveLength(0);

    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const mail = await smtp.mailbox.waitFor((m) => m.subject?.includes(body.orderNumber) ?? false);
    expect(JSON.stringify(mail.to)).toContain('ada@example.ch');
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(mail.text).toContain(body.orderNumber);

    // The relay marks the message in the transaction that queued the job: that commit may come
    // after the worker already sent the email.
    await waitUntil(
      'outbox message relayed',
      () => relayedAt(body.orderId),
      (at) => at !== null,
    );
    // The history entry is written right after the SMTP server accepted the message.
    const actions = await waitUntil(
      'order history',
      () => history(body.orderId),
      (a) => a.length >= 2,
    );
    expect(actions).toEqual(['orders.order.placed', 'orders.order.email_sent']);
  });

  it('relaying the same outbox message twice sends one email (deterministic job id)', async () => {
    const ev = await t.createEvent(tenant, { amount: 0 });
    const { body } = await buy(t, tenant, ev, 1, 'free');
    await smtp.mailbox.waitFor((m) => m.subject?.includes(body.orderNumber) ?? false);
    // Simulate a relay that crashed after Redis accepted the job but before marking the row.
    await t.sql.query(`UPDATE outbox SET relayed_at = NULL WHERE payload->>'orderId' = $1`, [body.orderId]);
    await worker!.get(OutboxRelay).relayOnce();
    // Relayed again (by this pass or the worker's own), and every job the queue holds is finished:
    // a second email, if any, has been sent by now.
    await waitUntil(
      'outbox message relayed again',
      () => relayedAt(body.orderId),
      (at) => at !== null,
    );
    const queue = worker!.get<Queue>(getQueueToken(QueueName.Mail));
    await waitUntil(
      'mail queue idle',
      () => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
      (counts) => Object.values(counts).every((n) => n === 0),
    );
    const job = await queue.getJob(`order-confirmation.${body.orderId}`);
    expect(job?.attemptsMade).toBeLessThanOrEqual(1);
    expect(smtp.mailbox.all().filter((m) => m.subject?.includes(body.orderNumber))).toHaveLength(1);
  });
});
