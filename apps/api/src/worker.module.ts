import { Module } from '@nestjs/common';
import { CoordinationModule } from './coordination/coordination.module';
import { LoggingModule } from './platform/logging/logging.module';
import { OutboxRelay } from './platform/outbox/outbox-relay';
import { PlatformModule } from './platform/platform.module';
import { JobScheduler, QUEUE_PROCESSORS } from './platform/queue/queue.processors';

/**
 * The background process: the outbox relay, one processor per queue (each job goes to the handler
 * its owning module registered), and the sweeps they asked for. No HTTP.
 */
@Module({
  imports: [PlatformModule, LoggingModule, CoordinationModule],
  providers: [OutboxRelay, ...QUEUE_PROCESSORS, JobScheduler],
})
export class WorkerModule {}
