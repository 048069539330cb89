import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ORDER_CONFIRMATION_JOB, OrdersService } from './orders.service';

/** The jobs orders owns: thin adapters to its façade. */
@Injectable()
export class OrdersJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly orders: OrdersService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Mail, ORDER_CONFIRMATION_JOB, (data) =>
      this.orders.sendConfirmation(TenantScope.of(data.ticketingId as string), data.orderId as string),
    );
  }
}
