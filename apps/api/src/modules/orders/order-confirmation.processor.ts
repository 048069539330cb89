import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ORDER_CONFIRMATION_JOB, OrdersService } from './orders.service';

/** Thin adapter: the `mail` queue's jobs call the orders façade. */
@Processor(QueueName.Mail)
export class MailProcessor extends WorkerHost {
  constructor(private readonly orders: OrdersService) {
    super();
  }

  async process(job: Job<{ ticketingId: string; orderId: string }>): Promise<void> {
    switch (job.name) {
      case ORDER_CONFIRMATION_JOB:
        return this.orders.sendConfirmation(TenantScope.of(job.data.ticketingId), job.data.orderId);
      default:
        throw new Error(`unknown mail job ${job.name}`);
    }
  }
}
