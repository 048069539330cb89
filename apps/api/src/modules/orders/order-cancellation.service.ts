import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { money } from '../../platform/http/money.dto';
import { DomainError, NotFoundError } from '../../platform/http/problem';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PaymentsReconciliationService } from '../payments-reconciliation';
import type { OrderStatus } from './entities/order.entity';
import { awaitsInvoicePayment } from './order-actions';
import { OrderNotAwaitingPaymentError, OrdersProblems } from './orders.errors';
import { OrdersRepository } from './orders.repository';

export const ORDER_CANCELLATION_JOB = 'order-cancellation';

/** What a cancellation will write, decided from what the order holds now (written by `cancel`, all or nothing). */
export interface CancellationPlan {
  orderId: string;
  orderNumber: string;
  /** The order's status when the plan was made (an exchange needs it paid). */
  status: OrderStatus;
  currency: string;
  /** The whole order goes (its status, its promo code's use, the gift vouchers it sold), not only tickets. */
  whole: boolean;
  promoCode: string | null;
  tickets: { id: string; dateId: string; zoneId: string; seatId: string | null; amount: number }[];
  /** What goes back on sale: general-admission places per date × zone, numbered seats per date. */
  released: { capacity: { dateId: string; zoneId: string; quantity: number }[]; seats: { dateId: string; seatIds: string[] }[] };
  /** What the order received and was not given back: the most a refund made with it can be. */
  refundable: number;
}

export interface CancellationChange {
  actor: Actor;
  at: Date;
  reason: string | null;
  /** Tell the customer by email. */
  notify: boolean;
  /** A refund recorded with the cancellation (the ledger row is written by the caller in the same write). */
  refund: { amount: number; method: string; reason: string | null } | null;
  /**
   * Only while the order still awaits its payment (the deadline sweep): a payment settled since the
   * plan was made wins, and the cancellation fails with ORDER_NOT_AWAITING_PAYMENT.
   */
  onlyIfAwaitingPayment?: boolean;
  /** Only tickets never scanned in (the door's quick cancellation, ADR 0045): a scan in between fails it with TICKETS_NOT_CANCELLABLE. */
  onlyIfNeverScanned?: boolean;
}

/**
 * ORD-7: cancelling an order or some of its tickets. Cancelling never refunds by itself (seed 000):
 * tickets become invalid at the door, their places go back on sale (the catalog's part of the same
 * write), and the history says who, when, why — and which refund, if the organizer recorded one.
 */
@Injectable()
export class OrderCancellation {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly payments: PaymentsReconciliationService,
    private readonly outbox: Outbox,
  ) {}

  /** Decides what cancelling these tickets (or, with `ticketIds` null, the whole order) means now; writes nothing. */
  async plan(scope: TenantScope, orderId: string, ticketIds: string[] | null): Promise<CancellationPlan> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new NotFoundError(OrdersProblems.ORDER_NOT_FOUND, 'Order');
    if (order.status === 'cancelled') throw alreadyCancelled();
    if (ticketIds && awaitsInvoicePayment(order))
      throw new DomainError(OrdersProblems.INVOICE_ORDER_CANCELS_WHOLE, 'An invoice order awaiting payment is cancelled whole, then placed again');
    const [tickets, ledgers] = await Promise.all([this.repo.ticketsOf(scope, orderId), this.payments.ledgers(scope, [orderId])]);
    const valid = tickets.filter((t) => t.status === 'valid');
    let chosen = valid;
    if (ticketIds) {
      ticketIds.forEach((id, i) => {
        if (!tickets.some((t) => t.id === id))
          throw new DomainError(OrdersProblems.TICKET_NOT_IN_ORDER, 'This ticket is not one of this order’s', [
            { field: `ticketIds[${i}]`, message: 'not a ticket of this order' },
          ]);
      });
      const notValid = ticketIds.filter((id) => !valid.some((t) => t.id === id));
      if (notValid.length) throw ticketsNotCancellable(notValid);
      chosen = valid.filter((t) => ticketIds.includes(t.id));
    }
    if (!ticketIds && !valid.length && !(await this.repo.giftVouchersOf(scope, orderId)).length) throw noValidTickets();
    if (ticketIds && !chosen.length) throw noValidTickets();
    const ledger = ledgers.get(orderId)!;
    return {
      orderId,
      orderNumber: order.number,
      status: order.status,
      currency: order.currency,
      whole: ticketIds === null,
      promoCode: order.promoCode,
      tickets: chosen.map((t) => ({ id: t.id, dateId: t.dateId, zoneId: t.zoneId, seatId: t.seatId, amount: t.amount })),
      released: released(chosen),
      refundable: ledger.paid - ledger.refunded,
    };
  }

  /**
   * Writes the cancellation as part of the caller's write: the tickets (only those still valid — a
   * concurrent cancellation fails it with TICKETS_NOT_CANCELLABLE, so places are never given back
   * twice), the order's total and status, its history, and the email if asked.
   */
  async cancel(scope: TenantScope, plan: CancellationPlan, change: CancellationChange): Promise<void> {
    const ids = plan.tickets.map((t) => t.id);
    if (ids.length) {
      const neverScanned = change.onlyIfNeverScanned ?? false;
      await this.repo.cancelTickets(scope, plan.orderId, ids, neverScanned, {
        TICKETS_CHANGED: async () => {
          const now = await this.repo.ticketsOf(scope, plan.orderId);
          return ticketsNotCancellable(
            ids.filter((id) => {
              const t = now.find((x) => x.id === id);
              return t?.status !== 'valid' || (neverScanned && t.firstScannedAt !== null);
            }),
          );
        },
      });
    }
    const cancelledAmount = plan.tickets.reduce((sum, t) => sum + t.amount, 0);
    await this.repo.reduceAfterCancellation(scope, plan.orderId, cancelledAmount, plan.whole, change.onlyIfAwaitingPayment ?? false, {
      ORDER_CANCELLED: () => alreadyCancelled(),
      ORDER_NOT_RESERVED: async () => new OrderNotAwaitingPaymentError((await this.repo.findOrder(scope, plan.orderId))?.status ?? 'cancelled'),
    });
    await this.repo.appendHistory(scope, {
      orderId: plan.orderId,
      action: plan.whole ? 'orders.order.cancelled' : 'orders.tickets.cancelled',
      actorKind: change.actor.kind,
      actorId: change.actor.id,
      actorLabel: change.actor.label,
      data: {
        tickets: ids.length,
        ticketIds: ids,
        amount: money(cancelledAmount, plan.currency),
        ...(change.reason ? { reason: change.reason } : {}),
        ...(change.refund
          ? { refund: { amount: money(change.refund.amount, plan.currency), method: change.refund.method, reason: change.refund.reason } }
          : {}),
        customerNotified: change.notify,
      },
      at: change.at,
    });
    if (change.notify) {
      await this.outbox.add(scope, {
        queue: QueueName.Mail,
        name: ORDER_CANCELLATION_JOB,
        jobId: `${ORDER_CANCELLATION_JOB}.${plan.orderId}.${randomUUID()}`,
        payload: { orderId: plan.orderId, ticketIds: ids, whole: plan.whole },
      });
    }
  }
}

/** The places and seats of cancelled tickets, grouped as the catalog releases them. */
function released(tickets: { dateId: string; zoneId: string; seatId: string | null }[]): CancellationPlan['released'] {
  const capacity = new Map<string, { dateId: string; zoneId: string; quantity: number }>();
  const seats = new Map<string, { dateId: string; seatIds: string[] }>();
  for (const t of tickets) {
    if (t.seatId) {
      const s = seats.get(t.dateId) ?? { dateId: t.dateId, seatIds: [] };
      s.seatIds.push(t.seatId);
      seats.set(t.dateId, s);
    } else {
      const key = `${t.dateId}/${t.zoneId}`;
      const c = capacity.get(key) ?? { dateId: t.dateId, zoneId: t.zoneId, quantity: 0 };
      c.quantity++;
      capacity.set(key, c);
    }
  }
  return { capacity: [...capacity.values()], seats: [...seats.values()] };
}

const alreadyCancelled = () => new DomainError(OrdersProblems.ORDER_ALREADY_CANCELLED, 'This order is cancelled');
const noValidTickets = () => new DomainError(OrdersProblems.NO_VALID_TICKETS, 'This order has no valid ticket left to cancel');
const ticketsNotCancellable = (ids: string[]) =>
  new DomainError(OrdersProblems.TICKETS_NOT_CANCELLABLE, 'Some of these tickets are no longer valid', undefined, { ticketIds: ids });
