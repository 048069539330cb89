import { Injectable } from '@nestjs/common';
import { Actor } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrderResponse, OrdersService } from '../modules/orders';
import { PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { SalesService } from '../modules/sales';
import type { RecordPaymentRequest } from './dto/record-payment.dto';
import { receivedFor } from './tenders';

/** Money received for an order: the ledger row, the order's status, and what becomes usable with it — one write. */
@Injectable()
export class Settlement {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
    private readonly sales: SalesService,
  ) {}

  /**
   * The ticket office received what a reserved order owes (cash, card terminal, bank transfer): a
   * payment row for the amount due, the order paid, and the gift vouchers it bought usable — in one
   * write. Only a reserved order can be; of two clerks recording the same payment, one wins. An
   * invoice order's tickets go out now: its customer had only the invoice until it was paid. Cash
   * handed over beyond what is due is kept on the payment (the receipt prints it and the change).
   */
  async recordPayment(scope: TenantScope, orderId: string, received: RecordPaymentRequest, actor: Actor): Promise<OrderResponse> {
    const order = await this.orders.toSettle(scope, orderId);
    const { method } = received;
    const details = receivedFor(Math.max(order.due, 0), received);
    const now = this.clock.now();
    await this.db.atomically(async () => {
      await this.orders.markPaid(scope, orderId, {
        actor,
        at: now,
        method,
        amount: Math.max(order.due, 0),
        currency: order.currency,
        sendConfirmation: order.paymentMethod === 'invoice',
        // Tickets split off or cancelled since the read change what is due: refused, not booked wrong.
        total: order.total,
      });
      if (order.due > 0) await this.payments.recordPayment(scope, { orderId, method, amount: order.due, currency: order.currency, actor, at: now, ...details });
      await this.sales.activateOrderGiftVouchers(scope, orderId);
    });
    return this.orders.getOrder(scope, orderId);
  }
}
