import { Injectable, OnModuleInit } from '@nestjs/common';
import { BANK_FILE_IMPORT_JOB } from '../../modules/payments-reconciliation';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { BankReconciliation } from './bank-reconciliation.service';

/** The worker's side of a bank file: store its entries, then match them to orders. */
@Injectable()
export class BankReconciliationJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly reconciliation: BankReconciliation,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Imports, BANK_FILE_IMPORT_JOB, (data) =>
      this.reconciliation.run(TenantScope.of(data.ticketingId as string), data.bankFileId as string),
    );
  }
}
