import { Injectable } from '@nestjs/common';
import type { RecordPaymentRequest } from './dto/record-payment.dto';
import { Actor } from '../platform/audit/actor';
import type { Role } from '../platform/tenancy/entities/membership.entity';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrderResponse } from '../modules/orders';
import { AddCartItemsRequest, CartResponse, CheckoutRequest, CreateCartRequest } from '../modules/sales';
import { CartHolds } from './cart-holds.service';
import { CardPayments } from './card-payments.service';
import { CounterSales } from './counter-sales.service';
import { OrderExchange } from './order-exchange.service';
import { ExchangeTicketsRequest, ExchangeTicketsResponse } from './dto/exchange.dto';
import { CounterSaleRequest, CounterSaleResponse } from './dto/counter-sale.dto';
import { Checkout, PlacedSale, SaleContext } from './checkout.service';
import { CheckoutOptions } from './checkout-options.service';
import { CheckoutOptionsResponse } from './dto/checkout-options.dto';
import { CancelOrderRequest, RefundRequest } from './dto/order-changes.dto';
import { OrderChanges } from './order-changes.service';
import { OrderReschedule } from './order-reschedule.service';
import { RescheduleOrderRequest } from './dto/reschedule.dto';
import { Settlement } from './settlement.service';
import { OrderSplit } from './order-split.service';
import { SplitReservationRequest, SplitReservationResponse } from './dto/split-reservation.dto';

/**
 * The coordination layer's façade: every write that spans modules (a sale from a cart, a payment
 * received; cancellation, exchange, reschedule and resale next) is composed here, in one
 * transaction, from the typed contributions of each module's façade. Modules never call it, so
 * the module graph stays acyclic (ADR 0010).
 */
@Injectable()
export class CoordinationService {
  constructor(
    private readonly holds: CartHolds,
    private readonly checkout: Checkout,
    private readonly checkoutOptions: CheckoutOptions,
    private readonly settlement: Settlement,
    private readonly changes: OrderChanges,
    private readonly reschedule: OrderReschedule,
    private readonly cards: CardPayments,
    private readonly split: OrderSplit,
    private readonly counter: CounterSales,
    private readonly exchanges: OrderExchange,
  ) {}

  /** Tickets of a paid order exchanged at the counter for those of a counter cart; the difference paid or refunded. */
  exchangeTickets(scope: TenantScope, orderId: string, request: ExchangeTicketsRequest, actor: Actor): Promise<ExchangeTicketsResponse> {
    return this.exchanges.exchange(scope, orderId, request, actor);
  }

  /** The ticket office holds places for a sale at the counter (no sales windows there). */
  openCounterCart(scope: TenantScope, request: CreateCartRequest, currency: string): Promise<CartResponse> {
    return this.counter.openCart(scope, request, currency);
  }

  addCounterCartItems(scope: TenantScope, cartId: string, request: AddCartItemsRequest): Promise<CartResponse> {
    return this.counter.addItems(scope, cartId, request);
  }

  /** A counter cart sold by the user: paid now tender by tender, a reservation, or an invoice. */
  sellCounterCart(scope: TenantScope, cartId: string, request: CounterSaleRequest, actor: Actor, role: Role): Promise<CounterSaleResponse> {
    return this.counter.sell(scope, cartId, request, actor, role);
  }

  /** Opens a cart that holds the requested places until it expires. */
  openCart(scope: TenantScope, request: CreateCartRequest, shopCurrency: string): Promise<CartResponse> {
    return this.holds.open(scope, request, shopCurrency);
  }

  /** Adds tickets to an open cart, held until it expires. */
  addCartItems(scope: TenantScope, cartId: string, request: AddCartItemsRequest): Promise<CartResponse> {
    return this.holds.addItems(scope, cartId, request);
  }

  /** Takes tickets off a cart line; their places go back on sale in the same write. */
  removeCartLine(scope: TenantScope, cartId: string, lineId: string, quantity?: number): Promise<CartResponse> {
    return this.holds.removeLine(scope, cartId, lineId, quantity);
  }

  releaseCart(scope: TenantScope, cartId: string): Promise<void> {
    return this.holds.release(scope, cartId);
  }

  expireOverdueCarts(batch?: number): Promise<number> {
    return this.holds.expireOverdue(batch);
  }

  /** What the checkout of a cart offers: payment methods, invoice terms, and the attendee fields of each of its tickets. */
  getCheckoutOptions(scope: TenantScope, cartId: string): Promise<CheckoutOptionsResponse> {
    return this.checkoutOptions.of(scope, cartId);
  }

  /** A cart becomes an order, through a channel, by an actor. */
  placeSale(scope: TenantScope, cartId: string, request: CheckoutRequest, context: SaleContext): Promise<PlacedSale> {
    return this.checkout.placeSale(scope, cartId, request, context);
  }

  /**
   * A shop sale: the order placed, then — paid by card — its first payment attempt opened in the same
   * request, after the write (no row is locked while the provider answers). Null `payment` when the
   * provider did not answer: the order stands, and the shop opens the attempt with startCardPayment.
   */
  async placeShopSale(
    scope: TenantScope,
    slug: string,
    cartId: string,
    request: CheckoutRequest,
    context: SaleContext,
  ): Promise<PlacedSale & { payment: { transactionId: string; redirectUrl: string } | null }> {
    const placed = await this.checkout.placeSale(scope, cartId, request, context);
    const byCard = request.paymentMethod === 'card' && placed.status === 'reserved' && placed.due > 0;
    return { ...placed, payment: byCard ? await this.cards.openFirst(scope, slug, placed) : null };
  }

  /** Cancels a whole order (`ticketIds` null) or some of its tickets; places back on sale in the same write. */
  cancelOrder(scope: TenantScope, orderId: string, ticketIds: string[] | null, request: CancelOrderRequest, actor: Actor): Promise<OrderResponse> {
    return this.changes.cancel(scope, orderId, ticketIds, request, actor);
  }

  /** Gives back part or all of what an order received. */
  refundOrder(scope: TenantScope, orderId: string, request: RefundRequest, actor: Actor): Promise<OrderResponse> {
    return this.changes.refund(scope, orderId, request, actor);
  }

  /** Moves an order's valid tickets to another date of their event (seats and places re-checked in the same write). */
  rescheduleOrder(scope: TenantScope, orderId: string, request: RescheduleOrderRequest, actor: Actor): Promise<OrderResponse> {
    return this.reschedule.reschedule(scope, orderId, request, actor);
  }

  /** What a reserved order owes was received: ledger, order and the gift vouchers it bought, in one write. */
  recordPayment(scope: TenantScope, orderId: string, received: RecordPaymentRequest, actor: Actor): Promise<OrderResponse> {
    return this.settlement.recordPayment(scope, orderId, received, actor);
  }

  /** Some tickets of a reservation to pay on site become a new order paid at the counter; the reservation keeps the others (one write). */
  splitReservation(scope: TenantScope, orderId: string, request: SplitReservationRequest, actor: Actor): Promise<SplitReservationResponse> {
    return this.split.splitReservation(scope, orderId, request, actor);
  }
}
