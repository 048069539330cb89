import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue, QueueEvents } from 'bullmq';
import { startTestApp, TestApp } from '../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { redisConnection } from './queue.module';
import { JobHandlers } from './job-handlers';
import { QueueName } from './queues';

/** One processor per queue hands each job to the handler its owning module registered (real Redis, real worker). */
describe('jobs dispatched per queue', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let mail: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await startTestApp({ label: 'jobs' });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    mail = worker.get<Queue>(getQueueToken(QueueName.Mail), { strict: false });
    events = new QueueEvents(QueueName.Mail, {
      connection: redisConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
      prefix: process.env.QUEUE_PREFIX,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await worker.close();
    await t.close();
  });

  const settled = async (job: Job) => {
    try {
      return { value: await job.waitUntilFinished(events, 60_000) };
    } catch (error) {
      return { failed: String((error as Error).message) };
    }
  };

  it('lets a second module share the mail queue without either taking the other’s jobs', async () => {
    const handlers = worker.get(JobHandlers);
    const seen: unknown[] = [];
    handlers.register(QueueName.Mail, 'probe-receipt', async (data) => {
      seen.push(data);
      return 'sent';
    });
    expect(handlers.names()).toEqual(expect.arrayContaining(['mail/order-confirmation', 'mail/probe-receipt', 'deadlines/expire-carts']));
    const job = await mail.add('probe-receipt', { orderId: 'o-1' }, { jobId: 'probe-receipt.o-1', attempts: 1 });
    expect(await settled(job)).toEqual({ value: 'sent' });
    expect(seen).toEqual([{ orderId: 'o-1' }]);
  });

  it('fails a job nobody registered, loudly, and keeps it among the failed jobs', async () => {
    const job = await mail.add('no-such-job', { orderId: 'o-2' }, { jobId: 'no-such-job.o-2', attempts: 1 });
    expect(await settled(job)).toEqual({ failed: expect.stringContaining('no handler for job "no-such-job" on queue "mail"') });
    expect(await (await mail.getJob('no-such-job.o-2'))!.getState()).toBe('failed');
  });

  it('keeps job ids deterministic: the same job id is enqueued once', async () => {
    const handlers = worker.get(JobHandlers);
    let runs = 0;
    handlers.register(QueueName.Mail, 'probe-once', async () => ++runs);
    const first = await mail.add('probe-once', {}, { jobId: 'probe-once.same', attempts: 1 });
    await settled(first);
    await mail.add('probe-once', {}, { jobId: 'probe-once.same', attempts: 1 });
    expect(await mail.getJobCountByTypes('waiting', 'active', 'delayed')).toBe(0);
    expect(runs).toBe(1);
  });

  it('refuses a second handler for the same job', () => {
    expect(() => worker.get(JobHandlers).register(QueueName.Mail, 'order-confirmation', async () => undefined)).toThrow(/already has a handler/);
  });

  it('schedules the sweeps modules asked for', async () => {
    const deadlines = worker.get<Queue>(getQueueToken(QueueName.Deadlines), { strict: false });
    const schedulers = await deadlines.getJobSchedulers();
    expect(schedulers).toHaveLength(5);
    expect(schedulers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'expire-carts', every: 10_000 }),
        expect.objectContaining({ key: 'cancel-unpaid-card-orders', every: 15_000 }),
        expect.objectContaining({ key: 'invoice-deadlines-sweep', every: 60_000 }),
        expect.objectContaining({ key: 'sweep-idempotency-keys', every: 600_000 }),
        expect.objectContaining({ key: 'sweep-orphan-registration-uploads', every: 3_600_000 }),
      ]),
    );
  });
});
