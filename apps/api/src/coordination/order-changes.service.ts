import { Injectable } from '@nestjs/common';
import { Actor } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogService } from '../modules/catalog';
import { OrderResponse, OrdersService } from '../modules/orders';
import { PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { SalesService } from '../modules/sales';
import { CancelOrderRequest, RefundRequest } from './dto/order-changes.dto';

/** Changes to an order after it was placed that touch other modules: cancelling (places back on sale) and refunding (the ledger). */
@Injectable()
export class OrderChanges {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly catalog: CatalogService,
    private readonly sales: SalesService,
    private readonly payments: PaymentsReconciliationService,
  ) {}

  /**
   * ORD-7: cancels the whole order (`ticketIds` null) or some of its tickets, in one write: the
   * tickets become invalid, the order's total and status follow, a whole order gives back its promo
   * code's use and cancels the gift vouchers it sold, a refund is recorded only if the organizer gave
   * one, and the places and seats go back on sale last. Cancelling twice changes nothing the second time.
   */
  async cancel(
    scope: TenantScope,
    orderId: string,
    ticketIds: string[] | null,
    request: CancelOrderRequest,
    actor: Actor,
    options: { onlyIfAwaitingPayment?: boolean; onlyIfNeverScanned?: boolean } = {},
  ): Promise<OrderResponse> {
    const plan = await this.orders.planCancellation(scope, orderId, ticketIds);
    const at = this.clock.now();
    const refund = request.refund ? { amount: request.refund.amount, method: request.refund.method, reason: request.refund.reason?.trim() || null } : null;
    const voucherCode = refund?.method === 'gift_voucher' ? (await this.orders.toRefund(scope, orderId)).giftVoucherCode : null;
    const card = refund ? await this.throughCardProvider(scope, orderId, refund) : null;
    await this.db.atomically(async () => {
      await this.orders.cancelTickets(scope, plan, {
        actor,
        at,
        reason: request.reason?.trim() || null,
        notify: request.notify ?? false,
        refund,
        onlyIfAwaitingPayment: options.onlyIfAwaitingPayment,
        onlyIfNeverScanned: options.onlyIfNeverScanned,
      });
      if (plan.whole) await this.sales.giveBackForCancelledOrder(scope, { id: orderId, promoCode: plan.promoCode });
      if (refund) await this.giveMoneyBack(scope, orderId, plan.currency, refund, actor, at, { inHistory: false, voucherCode, card });
      await this.catalog.releaseSold(scope, plan.released);
    });
    return this.orders.getOrder(scope, orderId);
  }

  /** ORD-6: gives back part or all of what an order received, by a method, with a reason — one ledger row and a history line. */
  async refund(scope: TenantScope, orderId: string, request: RefundRequest, actor: Actor): Promise<OrderResponse> {
    const order = await this.orders.toRefund(scope, orderId);
    const card = await this.throughCardProvider(scope, orderId, request);
    const at = this.clock.now();
    await this.db.atomically(() =>
      this.giveMoneyBack(
        scope,
        orderId,
        order.currency,
        { amount: request.amount, method: request.method, reason: request.reason?.trim() || null },
        actor,
        at,
        {
          inHistory: true,
          voucherCode: order.giftVoucherCode,
          card,
        },
      ),
    );
    return this.orders.getOrder(scope, orderId);
  }

  /**
   * A refund to the card of an order paid online goes through the provider first (nothing is locked
   * while it answers), once the ledger says that much can be given back; a card terminal's refund
   * (no online payment) is only recorded. A refund the provider refuses writes nothing.
   */
  private async throughCardProvider(scope: TenantScope, orderId: string, refund: { amount: number; method: RefundRequest['method'] }) {
    if (refund.method !== 'card') return null;
    const { refundable } = await this.orders.toRefund(scope, orderId);
    if (refund.amount > refundable) return null; // the ledger's own check refuses it in the write
    return this.payments.refundToCard(scope, orderId, refund.amount);
  }

  private async giveMoneyBack(
    scope: TenantScope,
    orderId: string,
    currency: string,
    refund: { amount: number; method: RefundRequest['method']; reason: string | null },
    actor: Actor,
    at: Date,
    /** `inHistory: false` when the cancellation's own history line already tells the refund. */
    options: { inHistory: boolean; voucherCode: string | null; card: { providerReference: string | null; note: string } | null },
  ): Promise<void> {
    await this.payments.recordRefund(scope, {
      orderId,
      ...refund,
      currency,
      actor,
      at,
      providerReference: options.card?.providerReference ?? null,
      note: options.card?.note ?? null,
    });
    // A refund to a gift voucher gives the voucher that paid its balance back.
    if (refund.method === 'gift_voucher' && options.voucherCode) {
      await this.sales.creditGiftVoucher(scope, { code: options.voucherCode, orderId, amount: refund.amount, at });
    }
    if (options.inHistory) await this.orders.noteRefund(scope, orderId, { actor, at, currency, ...refund });
  }
}
