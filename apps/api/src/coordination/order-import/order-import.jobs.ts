import { Injectable, OnModuleInit } from '@nestjs/common';
import { ORDER_IMPORT_JOB } from '../../modules/orders';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrderImporter } from './order-import.service';

/** The worker's side of an import: place the accepted file's orders. */
@Injectable()
export class OrderImportJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly importer: OrderImporter,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Imports, ORDER_IMPORT_JOB, (data) =>
      this.importer.run(TenantScope.of(data.ticketingId as string), data.importId as string),
    );
  }
}
