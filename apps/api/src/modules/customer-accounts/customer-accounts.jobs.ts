import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ACCOUNT_LINK_JOB, CustomerAccountsService } from './customer-accounts.service';

/** The jobs customer accounts own: the confirmation and reset emails. */
@Injectable()
export class CustomerAccountsJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly accounts: CustomerAccountsService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Mail, ACCOUNT_LINK_JOB, (data) =>
      this.accounts.sendLinkEmail(TenantScope.of(data.ticketingId as string), data.linkId as string),
    );
  }
}
