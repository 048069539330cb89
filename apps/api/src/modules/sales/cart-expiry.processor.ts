import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '../../platform/queue/queues';
import { SalesService } from './sales.service';

export const EXPIRE_CARTS_JOB = 'expire-carts';

/** `deadlines` queue: the repeatable sweep that frees the places of expired carts. */
@Processor(QueueName.Deadlines)
export class DeadlinesProcessor extends WorkerHost {
  constructor(private readonly sales: SalesService) {
    super();
  }

  async process(job: Job): Promise<number> {
    switch (job.name) {
      case EXPIRE_CARTS_JOB: {
        let total = 0;
        for (let n = await this.sales.expireOverdueCarts(); n > 0; n = await this.sales.expireOverdueCarts()) total += n;
        return total;
      }
      default:
        throw new Error(`unknown deadlines job ${job.name}`);
    }
  }
}
