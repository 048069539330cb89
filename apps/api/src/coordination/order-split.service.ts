import { Injectable } from '@nestjs/common';
import { receivedFor } from './tenders';
import { Actor } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrderNumberTakenError, OrdersService } from '../modules/orders';
import { PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { SplitReservationRequest, SplitReservationResponse } from './dto/split-reservation.dto';

/**
 * Issue 11: splitting a reservation to pay on site (seed 003) — the selected tickets move to a new
 * order that the ticket office validates at once, in ONE write: the reservation reduced, the new
 * order with the tickets (codes kept: they sign the ticket, not the order — ADR 0032), its payment
 * in the ledger and its status paid exactly as recordOrderPayment writes them, its confirmation with
 * the tickets queued, both histories. Seats and places stay sold: nothing changes in the catalog.
 */
@Injectable()
export class OrderSplit {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
  ) {}

  async splitReservation(scope: TenantScope, orderId: string, request: SplitReservationRequest, actor: Actor): Promise<SplitReservationResponse> {
    const plan = await this.orders.planSplit(scope, orderId, [...new Set(request.ticketIds)]);
    const method = request.payment.method;
    const details = receivedFor(plan.amount, request.payment, 'payment.given');
    const at = this.clock.now();
    // The new order's number is drawn at random; a taken one (about one chance in 10^12) rolls the write back: draw again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.atomically(async () => {
          const split = await this.orders.writeSplit(scope, plan, { actor, at });
          await this.orders.markPaid(scope, split.id, { actor, at, method, amount: plan.amount, currency: plan.currency, sendConfirmation: true });
          if (plan.amount > 0)
            await this.payments.recordPayment(scope, { orderId: split.id, method, amount: plan.amount, currency: plan.currency, actor, at, ...details });
          return split;
        });
      } catch (error) {
        if (!(error instanceof OrderNumberTakenError) || attempt === 3) throw error;
      }
    }
  }
}
