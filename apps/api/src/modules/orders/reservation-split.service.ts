import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { money } from '../../platform/http/money.dto';
import { DomainError, NotFoundError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { awaitsOnSitePayment } from './order-actions';
import { newOrderNumber } from './order-number';
import { OrderNumberTakenError, OrdersProblems } from './orders.errors';
import { OrdersRepository } from './orders.repository';

/** What splitting a reservation will write, decided from what it holds now (written by `write`, all or nothing). */
export interface SplitPlan {
  orderId: string;
  orderNumber: string;
  currency: string;
  /** The selected tickets, in the reservation's order. */
  ticketIds: string[];
  /** What they cost: the new order's total, and what the reservation no longer costs. */
  amount: number;
  /** What the promo code took off them (list price − price): it goes with them. */
  discount: number;
}

/**
 * Issue 11 (seed 003, « Scinder la réservation »): some tickets of a reservation to pay on site move
 * to a new order, which the ticket office validates at once; the reservation keeps the others and
 * costs less. The tickets move whole — ids, codes, seats, attendee data — because a code signs the
 * ticket's id only (not its order, see ticket-code.ts): the code the customer holds admits once the
 * new order is paid, and the places stay sold (no capacity changes). ADR 0032.
 */
@Injectable()
export class ReservationSplit {
  constructor(private readonly repo: OrdersRepository) {}

  /** Checks the reservation and the selection; writes nothing. */
  async plan(scope: TenantScope, orderId: string, ticketIds: string[]): Promise<SplitPlan> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new NotFoundError(OrdersProblems.ORDER_NOT_FOUND, 'Order');
    if (!awaitsOnSitePayment(order)) throw notSplittable(order.status, order.paymentMethod);
    if (!ticketIds.length)
      throw new DomainError(OrdersProblems.SPLIT_NO_TICKETS, 'Select at least one ticket to validate', [{ field: 'ticketIds', message: 'no ticket selected' }]);
    const tickets = await this.repo.ticketsOf(scope, orderId);
    for (const [i, id] of ticketIds.entries()) {
      const ticket = tickets.find((t) => t.id === id);
      if (!ticket) {
        // Another ticketing's ticket is unknown here, like an id that names nothing.
        if (!(await this.repo.ticketExists(scope, id)))
          throw new DomainError(OrdersProblems.TICKET_NOT_FOUND, 'No such ticket in this ticketing', [{ field: `ticketIds[${i}]`, message: 'no such ticket' }]);
        throw new DomainError(OrdersProblems.TICKET_NOT_IN_ORDER, 'This ticket is not one of this order’s', [
          { field: `ticketIds[${i}]`, message: 'not a ticket of this order' },
        ]);
      }
      if (ticket.status !== 'valid')
        throw new DomainError(
          OrdersProblems.SPLIT_TICKET_NOT_VALID,
          `Ticket ${id} is ${ticket.status}`,
          [{ field: `ticketIds[${i}]`, message: `ticket ${ticket.status}` }],
          {
            ticketId: id,
            ticketStatus: ticket.status,
          },
        );
    }
    const chosen = tickets.filter((t) => ticketIds.includes(t.id));
    if (chosen.length === tickets.filter((t) => t.status === 'valid').length) throw takesAll();
    return {
      orderId,
      orderNumber: order.number,
      currency: order.currency,
      ticketIds: chosen.map((t) => t.id),
      amount: chosen.reduce((sum, t) => sum + t.amount, 0),
      discount: chosen.reduce((sum, t) => sum + (t.listAmount - t.amount), 0),
    };
  }

  /**
   * The orders' part of a split, as part of the caller's write: the reservation locked and reduced,
   * the new order (a reservation still — the caller marks it paid beside its ledger row), the tickets
   * moved, and both histories naming the other order. A taken number fails it with OrderNumberTakenError.
   */
  async write(scope: TenantScope, plan: SplitPlan, change: { actor: Actor; at: Date }): Promise<{ id: string; number: string }> {
    const id = randomUUID();
    const number = newOrderNumber();
    const explainers = {
      ORDER_NOT_SPLITTABLE: async () => {
        const now = await this.repo.findOrder(scope, plan.orderId);
        return notSplittable(now?.status ?? 'cancelled', now?.paymentMethod ?? 'on_site');
      },
      ORDER_NUMBER_TAKEN: () => new OrderNumberTakenError(),
      TICKETS_CHANGED: () =>
        new DomainError(OrdersProblems.SPLIT_TICKET_NOT_VALID, 'Some of these tickets changed meanwhile; reload the order', [
          { field: 'ticketIds', message: 'changed meanwhile' },
        ]),
      SPLIT_TAKES_ALL: () => takesAll(),
    };
    await this.repo.reduceForSplit(scope, plan.orderId, plan.amount, plan.discount, explainers);
    await this.repo.insertSplitOrder(
      scope,
      {
        fromOrderId: plan.orderId,
        id,
        number,
        totalAmount: plan.amount,
        discountAmount: plan.discount,
        // The customer reaches the new order by its signed link (the confirmation email), never by this secret.
        accessTokenHash: createHash('sha256').update(randomBytes(24).toString('base64url')).digest('hex'),
        createdAt: change.at,
      },
      explainers,
    );
    await this.repo.moveTickets(scope, plan.orderId, id, plan.ticketIds, explainers);
    const entry = { actorKind: change.actor.kind, actorId: change.actor.id, actorLabel: change.actor.label, at: change.at };
    const moved = { tickets: plan.ticketIds.length, ticketIds: plan.ticketIds, amount: money(plan.amount, plan.currency) };
    await this.repo.appendHistory(scope, {
      ...entry,
      orderId: plan.orderId,
      action: 'orders.order.split',
      data: { ...moved, toOrderId: id, toOrderNumber: number },
    });
    await this.repo.appendHistory(scope, {
      ...entry,
      orderId: id,
      action: 'orders.order.split_from',
      data: { ...moved, fromOrderId: plan.orderId, fromOrderNumber: plan.orderNumber },
    });
    return { id, number };
  }
}

const notSplittable = (status: string, paymentMethod: string) =>
  new DomainError(
    OrdersProblems.ORDER_NOT_SPLITTABLE,
    `Only a reservation to pay on site can be split; this order is ${status} (${paymentMethod})`,
    undefined,
    {
      orderStatus: status,
      paymentMethod,
    },
  );

const takesAll = () =>
  new DomainError(OrdersProblems.SPLIT_ALL_TICKETS, 'Every valid ticket is selected: validate the whole reservation instead', [
    { field: 'ticketIds', message: 'all the valid tickets: validate the reservation instead' },
  ]);
