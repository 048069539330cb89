import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { QueueName } from '../../platform/queue/queues';
import { RegistrationService } from './registration.service';

export const SWEEP_ORPHAN_UPLOADS_JOB = 'sweep-orphan-registration-uploads';

/** The sweep that deletes the files of carts never checked out. */
@Injectable()
export class RegistrationJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly registration: RegistrationService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Deadlines, SWEEP_ORPHAN_UPLOADS_JOB, () => this.registration.sweepOrphanFiles(), { everyMs: 60 * 60 * 1000 });
  }
}
