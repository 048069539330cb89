import { getQueueToken, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import { JobHandlers } from './job-handlers';
import { ALL_QUEUES, QueueName } from './queues';

/** The one processor of a queue (worker process only): it hands each job to the handler its owning module registered. */
function processorFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue)
  class QueueProcessor extends WorkerHost {
    constructor(@Inject(JobHandlers) private readonly handlers: JobHandlers) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.handlers.dispatch(queue, job);
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue[0].toUpperCase()}${queue.slice(1)}QueueProcessor` });
  return QueueProcessor;
}

export const QUEUE_PROCESSORS = ALL_QUEUES.map(processorFor);

/** Worker process: schedules the sweeps modules registered (upserting a scheduler is idempotent across restarts). */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly modules: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const r of this.handlers.repeatable()) {
      const queue = this.modules.get<Queue>(getQueueToken(r.queue), { strict: false });
      await queue.upsertJobScheduler(r.name, { every: r.everyMs }, { name: r.name });
    }
  }
}
