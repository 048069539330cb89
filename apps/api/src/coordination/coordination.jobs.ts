import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../platform/queue/job-handlers';
import { QueueName } from '../platform/queue/queues';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CardPayments } from './card-payments.service';
import { CoordinationService } from './coordination.service';
import { InvoiceDeadlines } from './invoice-deadlines.service';
import { INVOICE_DEADLINE_JOB } from '../modules/orders';

export const EXPIRE_CARTS_JOB = 'expire-carts';
export const CANCEL_UNPAID_CARD_ORDERS_JOB = 'cancel-unpaid-card-orders';
export const INVOICE_DEADLINES_SWEEP_JOB = 'invoice-deadlines-sweep';

/**
 * The jobs the coordination layer owns: the sweeps that free the places of expired carts and of card
 * orders not paid in time, and an invoice order's reminders and deadline (its delayed jobs and their sweep).
 */
@Injectable()
export class CoordinationJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly coordination: CoordinationService,
    private readonly cards: CardPayments,
    private readonly invoices: InvoiceDeadlines,
  ) {}

  onModuleInit(): void {
    this.handlers.register(
      QueueName.Deadlines,
      EXPIRE_CARTS_JOB,
      async () => {
        let total = 0;
        for (let n = await this.coordination.expireOverdueCarts(); n > 0; n = await this.coordination.expireOverdueCarts()) total += n;
        return total;
      },
      { everyMs: 10_000 },
    );
    this.handlers.register(QueueName.Deadlines, CANCEL_UNPAID_CARD_ORDERS_JOB, () => this.cards.cancelOverdue(), { everyMs: 15_000 });
    this.handlers.register(QueueName.Deadlines, INVOICE_DEADLINE_JOB, (data) =>
      this.invoices.check(TenantScope.of(data.ticketingId as string), data.orderId as string),
    );
    // Catches what the delayed jobs missed (worker down, Redis flushed); a day's deadlines need no finer grain.
    this.handlers.register(QueueName.Deadlines, INVOICE_DEADLINES_SWEEP_JOB, () => this.invoices.sweep(), { everyMs: 60_000 });
  }
}
