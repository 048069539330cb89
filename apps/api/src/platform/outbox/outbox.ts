import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import { QueueName } from '../queue/queues';
import { TenantScope } from '../tenancy/tenant-scope';

export interface OutboxEntry {
  queue: QueueName;
  name: string;
  /** Deterministic: the same business fact always yields the same id. */
  jobId: string;
  payload: Record<string, unknown>;
  delayMs?: number;
}

/** Records side effects as part of the caller's write (batch or transaction). */
@Injectable()
export class Outbox {
  constructor(private readonly db: Database) {}

  async add(scope: TenantScope, entry: OutboxEntry): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO outbox (ticketing_id, queue, name, job_id, payload, delay_ms)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (job_id) DO NOTHING`,
      [entry.queue, entry.name, entry.jobId, JSON.stringify({ ticketingId: scope.ticketingId, ...entry.payload }), entry.delayMs ?? 0],
    );
  }

  /** A side effect of a platform write that belongs to no ticketing (an organizer user's password reset), in the caller's transaction. */
  async addForPlatform(entry: OutboxEntry): Promise<void> {
    await this.db.platformQuery(
      `INSERT INTO outbox (ticketing_id, queue, name, job_id, payload, delay_ms)
       VALUES (NULL, $1, $2, $3, $4, $5) ON CONFLICT (job_id) DO NOTHING`,
      [entry.queue, entry.name, entry.jobId, JSON.stringify(entry.payload), entry.delayMs ?? 0],
    );
  }
}
