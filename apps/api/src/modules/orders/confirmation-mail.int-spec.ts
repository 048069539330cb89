import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { OutboxRelay } from '../../platform/outbox/outbox-relay';
import { QueueName } from '../../platform/queue/queues';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';
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

    const relayed = await t.sql.query(`SELECT relayed_at FROM outbox WHERE payload->>'orderId' = $1`, [body.orderId]);
    expect(relayed.rows[0].relayed_at).not.toBeNull();
    // The history entry is written right after the SMTP server accepted the message.
    let actions: string[] = [];
    for (let i = 0; i < 50 && actions.length < 2; i++, await new Promise((r) => setTimeout(r, 100))) {
      actions = (await t.sql.query(`SELECT action FROM order_history WHERE order_id = $1 ORDER BY id`, [body.orderId])).rows.map((r) => r.action);
    }
    expect(actions).toEqual(['orders.order.placed', 'orders.order.email_sent']);
  });

  it('relaying the same outbox message twice sends one email (deterministic job id)', async () => {
    const ev = await t.createEvent(tenant, { amount: 0 });
    const { body } = await buy(t, tenant, ev, 1, 'free');
    await smtp.mailbox.waitFor((m) => m.subject?.includes(body.orderNumber) ?? false);
    // Simulate a relay that crashed after Redis accepted the job but before marking the row.
    await t.sql.query(`UPDATE outbox SET relayed_at = NULL WHERE payload->>'orderId' = $1`, [body.orderId]);
    await worker!.get(OutboxRelay).relayOnce();
    const queue = worker!.get<Queue>(getQueueToken(QueueName.Mail));
    const job = await queue.getJob(`order-confirmation.${body.orderId}`);
    expect(job?.attemptsMade).toBeLessThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mailbox.all().filter((m) => m.subject?.includes(body.orderNumber))).toHaveLength(1);
  });
});
