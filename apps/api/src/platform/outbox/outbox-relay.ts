import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Database } from '../database/database';
import { QueueName } from '../queue/queues';

interface PendingRow {
  id: string;
  queue: QueueName;
  name: string;
  job_id: string;
  payload: Record<string, unknown>;
  /** bigint: pg reads it as a string. */
  delay_ms: string;
}

/**
 * Moves outbox rows to BullMQ. Rows are marked relayed only after Redis accepted the jobs; if
 * Redis is down the transaction rolls back and the rows wait for the next pass.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly queues: Record<QueueName, Queue>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly db: Database,
    @InjectQueue(QueueName.Mail) mail: Queue,
    @InjectQueue(QueueName.Documents) documents: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
    @InjectQueue(QueueName.Webhooks) webhooks: Queue,
    @InjectQueue(QueueName.Imports) imports: Queue,
  ) {
    this.queues = { mail, documents, deadlines, webhooks, imports };
  }

  onApplicationBootstrap(): void {
    if (process.env.OUTBOX_RELAY === 'off') return;
    const tick = async () => {
      if (this.stopped) return;
      let moved = 0;
      try {
        moved = await this.relayOnce();
      } catch (err) {
        this.logger.warn({ err }, 'outbox relay pass failed; will retry');
      }
      if (!this.stopped) this.timer = setTimeout(tick, moved > 0 ? 10 : 250);
    };
    this.timer = setTimeout(tick, 50);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One relay pass; returns how many messages moved. */
  relayOnce(batch = 200): Promise<number> {
    this.running = this.db.transaction(async () => {
      const rows = await this.db.platformQuery<PendingRow>(
        `SELECT id, queue, name, job_id, payload, delay_ms FROM outbox
          WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batch],
      );
      if (rows.length === 0) return 0;
      for (const queue of Object.values(QueueName)) {
        const jobs = rows.filter((r) => r.queue === queue);
        if (jobs.length === 0) continue;
        await this.queues[queue].addBulk(
          jobs.map((r) => ({ name: r.name, data: r.payload, opts: { jobId: r.job_id, delay: Number(r.delay_ms) || undefined } })),
        );
      }
      await this.db.platformQuery(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
    return this.running;
  }
}
