import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../platform/queue/job-handlers';
import { QueueName } from '../platform/queue/queues';
import { CardPayments } from './card-payments.service';
import { CoordinationService } from './coordination.service';

export const EXPIRE_CARTS_JOB = 'expire-carts';
export const CANCEL_UNPAID_CARD_ORDERS_JOB = 'cancel-unpaid-card-orders';

/** The jobs the coordination layer owns: the sweeps that free the places of expired carts and of card orders not paid in time. */
@Injectable()
export class CoordinationJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly coordination: CoordinationService,
    private readonly cards: CardPayments,
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
    this.handlers.register(QueueName.Deadlines, CANCEL_UNPAID_CARD_ORDERS_JOB, () => this.cards.cancelOverdue(), { everyMs: 15_000 });
  }
}
