import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../platform/queue/job-handlers';
import { QueueName } from '../platform/queue/queues';
import { CoordinationService } from './coordination.service';

export const EXPIRE_CARTS_JOB = 'expire-carts';

/** The jobs the coordination layer owns: the sweep that frees the places of expired carts. */
@Injectable()
export class CoordinationJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly coordination: CoordinationService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(
      QueueName.Deadlines,
      EXPIRE_CARTS_JOB,
      async () => {
        let total = 0;
        for (let n = await this.coordination.expireOverdueCarts(); n > 0; n = await this.coordination.expireOverdueCarts()) total += n;
        return total;
      },
      { everyMs: 10_000 },
    );
  }
}
