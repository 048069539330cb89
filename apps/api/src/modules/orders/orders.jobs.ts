import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../../platform/queue/job-handlers';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ORDER_CANCELLATION_JOB } from './order-cancellation.service';
import { OrderNotices } from './order-notices.service';
import { INVOICE_REMINDER_JOB, ORDER_CONFIRMATION_JOB, ORDER_INVOICE_JOB, OrdersService, PAYMENT_RECEIPT_JOB } from './orders.service';

/** The jobs orders owns: thin adapters to its façade. */
@Injectable()
export class OrdersJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly orders: OrdersService,
    private readonly notices: OrderNotices,
  ) {}

  onModuleInit(): void {
    const scope = (data: Record<string, unknown>) => TenantScope.of(data.ticketingId as string);
    this.handlers.register(QueueName.Mail, ORDER_CONFIRMATION_JOB, (data) => this.orders.sendConfirmation(scope(data), data.orderId as string));
    // The same email: while the invoice order awaits payment it carries the invoice, once paid the tickets.
    this.handlers.register(QueueName.Mail, ORDER_INVOICE_JOB, (data) => this.orders.sendInvoice(scope(data), data.orderId as string));
    this.handlers.register(QueueName.Mail, INVOICE_REMINDER_JOB, (data) =>
      this.orders.sendInvoiceReminder(scope(data), data.orderId as string, data.number as number),
    );
    this.handlers.register(QueueName.Mail, ORDER_CANCELLATION_JOB, (data, job) =>
      this.notices.sendCancellation(scope(data), data.orderId as string, data.ticketIds as string[], data.whole as boolean, job.id!),
    );
    this.handlers.register(QueueName.Mail, PAYMENT_RECEIPT_JOB, (data, job) => this.notices.sendReceipt(scope(data), data.orderId as string, job.id!));
  }
}
