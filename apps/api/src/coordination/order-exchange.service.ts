import { Injectable } from '@nestjs/common';
import { Actor } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { DomainError } from '../platform/http/problem';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogService } from '../modules/catalog';
import { OrdersProblems, OrdersService } from '../modules/orders';
import { PaymentsProblems, PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { SalesProblems, SalesService } from '../modules/sales';
import { ExchangeTicketsRequest, ExchangeTicketsResponse } from './dto/exchange.dto';
import { saleRules } from './sale-rules';
import { TenderProblem, tendersReceived } from './tenders';

/**
 * TO-6: an exchange at the counter — some valid tickets of a paid order given back and new ones
 * (another date, zone or price, held in a counter cart) issued on the same order, in one write: the
 * old tickets cancelled and their places back on sale, the cart closed and its places sold, the
 * order's total moved by the difference, and the difference paid (tenders) or refunded in the ledger.
 */
@Injectable()
export class OrderExchange {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly sales: SalesService,
    private readonly catalog: CatalogService,
    private readonly payments: PaymentsReconciliationService,
  ) {}

  async exchange(scope: TenantScope, orderId: string, request: ExchangeTicketsRequest, actor: Actor): Promise<ExchangeTicketsResponse> {
    const ticketIds = [...new Set(request.ticketIds)];
    const plan = await this.orders.planCancellation(scope, orderId, ticketIds);
    if (plan.status !== 'paid') throw new DomainError(OrdersProblems.ORDER_NOT_EXCHANGEABLE, 'Only a paid order’s tickets can be exchanged');
    const sale = await this.sales.priceSale(scope, request.cartId, 'on_site', saleRules('ticket_office'));
    if (sale.currency !== plan.currency)
      throw new DomainError(SalesProblems.CART_CURRENCY_MISMATCH, `The new tickets are in ${sale.currency}, the order in ${plan.currency}`, [
        { field: 'cartId', message: `a cart in ${plan.currency}` },
      ]);
    if (sale.promo || sale.voucher || sale.giftVoucherLines.length)
      throw new DomainError(PaymentsProblems.TENDERS_INVALID, 'An exchange issues tickets only: no promo code, gift voucher or voucher sale in its cart', [
        { field: 'cartId', message: 'tickets only' },
      ]);
    const given = plan.tickets.reduce((sum, t) => sum + t.amount, 0);
    const difference = sale.due - given;
    const { tenders, change } = settle(difference, request);
    const at = this.clock.now();
    const lines = sale.lines.map((l) => ({ ...l, startsAt: new Date(l.startsAt) }));
    const reason = request.reason?.trim() || 'Échange';
    const issued = await this.db.atomically(async () => {
      await this.orders.cancelTickets(scope, plan, {
        actor,
        at,
        reason,
        notify: false,
        refund: difference < 0 ? { amount: -difference, method: request.refund!.method, reason } : null,
      });
      await this.sales.closeCart(scope, sale, at, orderId);
      const tickets = await this.orders.addExchangedTickets(scope, orderId, {
        lines,
        currency: plan.currency,
        actor,
        at,
        cancelled: { ticketIds, amount: given },
      });
      for (const t of tenders)
        await this.payments.recordPayment(scope, {
          orderId,
          method: t.method,
          amount: t.amount,
          currency: plan.currency,
          providerReference: t.reference,
          cashGiven: t.given ?? null,
          actor,
          at,
        });
      if (difference < 0)
        await this.payments.recordRefund(scope, { orderId, method: request.refund!.method, amount: -difference, currency: plan.currency, reason, actor, at });
      for (const s of sale.seats) await this.catalog.sellSeats(scope, request.cartId, s.dateId, s.seatIds);
      await this.catalog.releaseSold(scope, plan.released);
      await this.catalog.sellHeldCapacity(scope, sale.capacity);
      return tickets;
    });
    return { difference, change, ticketIds: issued.map((t) => t.id) };
  }
}

/** What settles the difference: tenders paying exactly a positive one, a refund method for a negative one, nothing for none. */
function settle(difference: number, request: ExchangeTicketsRequest) {
  const tenders = request.tenders ?? [];
  const problems: TenderProblem[] = [];
  const paid = tenders.reduce((sum, t) => sum + t.amount, 0);
  if (difference > 0 && paid !== difference) problems.push({ field: 'tenders', message: `together they must pay exactly the difference, ${difference}` });
  if (difference <= 0 && tenders.length) problems.push({ field: 'tenders', message: 'nothing is owed' });
  if (difference < 0 && !request.refund) problems.push({ field: 'refund', message: `say how ${-difference} is given back` });
  if (difference >= 0 && request.refund) problems.push({ field: 'refund', message: 'nothing is given back' });
  return tendersReceived(tenders, problems);
}
