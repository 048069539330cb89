import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../platform/audit/actor';
import { DomainError } from '../platform/http/problem';
import { sweepEach } from '../platform/queue/sweep';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrdersService } from '../modules/orders';
import { OrderChanges } from './order-changes.service';

/**
 * ADR 0052 (PAY-4): an invoice order's reminders and deadline. The order holds its deadline, its
 * reminder days and how many reminders went out; a delayed job at each of those times and a periodic
 * sweep (for what a stopped worker or a flushed Redis lost) both call `check`, which acts at most once
 * per fact: a reminder is recorded by a conditional update in the same transaction as its email's job,
 * and the cancellation only cancels an order still awaiting its payment.
 */
@Injectable()
export class InvoiceDeadlines {
  private readonly logger = new Logger('InvoiceDeadlines');

  constructor(
    private readonly orders: OrdersService,
    private readonly changes: OrderChanges,
  ) {}

  /**
   * What is due now for this order: past its deadline it is cancelled whole, its places back on sale
   * and the customer told — unless part of it was paid (the money is there: the organizer decides;
   * it is marked so that no sweep reads it again); before it, the latest reminder due is sent once.
   */
  async check(scope: TenantScope, orderId: string): Promise<'cancelled' | 'kept' | 'reminded' | null> {
    const state = await this.orders.invoiceDeadline(scope, orderId);
    if (!state) return null;
    if (state.overdue) {
      if (state.partlyPaid) return (await this.orders.keepOverdueInvoice(scope, orderId)) ? 'kept' : null;
      try {
        await this.changes.cancel(
          scope,
          orderId,
          null,
          { reason: 'Facture non payée dans le délai', notify: true },
          SYSTEM_ACTOR,
          // A payment recorded meanwhile wins over the deadline.
          { onlyIfAwaitingPayment: true },
        );
        return 'cancelled';
      } catch (error) {
        // Paid or cancelled meanwhile (or by the other caller): nothing to do.
        if (!(error instanceof DomainError)) throw error;
        return null;
      }
    }
    if (state.reminder && (await this.orders.remindInvoice(scope, orderId, state.reminder))) return 'reminded';
    return null;
  }

  /** Sweep: every invoice order with a reminder or its deadline due, in any ticketing. */
  async sweep(): Promise<number> {
    const acted = await sweepEach(
      this.logger,
      'invoice deadline',
      await this.orders.invoiceDeadlinesDue(),
      async (o) => (await this.check(TenantScope.of(o.ticketingId), o.orderId)) !== null,
      (o) => ({ ticketingId: o.ticketingId, orderId: o.orderId }),
    );
    if (acted) this.logger.log({ acted }, 'invoice orders reminded, cancelled or kept at their deadline');
    return acted;
  }
}
