import { InjectQueue } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { MailProcessor, OrdersModule } from './modules/orders';
import { DeadlinesProcessor, EXPIRE_CARTS_JOB, SalesModule } from './modules/sales';
import { LoggingModule } from './platform/logging/logging.module';
import { OutboxRelay } from './platform/outbox/outbox-relay';
import { PlatformModule } from './platform/platform.module';
import { QueueName } from './platform/queue/queues';

/** The background process: outbox relay and BullMQ processors. No HTTP. */
@Module({
  imports: [PlatformModule, LoggingModule, OrdersModule, SalesModule],
  providers: [OutboxRelay, MailProcessor, DeadlinesProcessor],
})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Deadlines) private readonly deadlines: Queue) {}

  /** The safety-net sweeps; upserting the scheduler is idempotent across worker restarts. */
  async onApplicationBootstrap(): Promise<void> {
    await this.deadlines.upsertJobScheduler(EXPIRE_CARTS_JOB, { every: 10_000 }, { name: EXPIRE_CARTS_JOB });
  }
}
