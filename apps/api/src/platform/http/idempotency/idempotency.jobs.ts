import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../clock/clock';
import { JobHandlers } from '../../queue/job-handlers';
import { QueueName } from '../../queue/queues';
import { IdempotencyRepository } from './idempotency.repository';

export const SWEEP_IDEMPOTENCY_KEYS_JOB = 'sweep-idempotency-keys';

/** The sweep that deletes keys past their 24 hours (lookups already ignore them; this keeps the table small). */
@Injectable()
export class IdempotencyJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly keys: IdempotencyRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Deadlines, SWEEP_IDEMPOTENCY_KEYS_JOB, () => this.sweep(), { everyMs: 10 * 60_000 });
  }

  /** Deletes every expired key, a thousand at a time; returns how many. */
  async sweep(): Promise<number> {
    let total = 0;
    for (let n = await this.keys.deleteExpired(this.clock.now()); n > 0; n = await this.keys.deleteExpired(this.clock.now())) total += n;
    return total;
  }
}
