import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { DomainError } from '../../platform/http/problem';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { TicketSigner } from '../../platform/signing/ticket-signer';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { Order } from './entities/order.entity';
import { Ticket, TicketStatus } from './entities/ticket.entity';
import { OrderDocuments } from './order-documents.service';
import { OrderNotFoundError, OrdersProblems } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import { TICKET_OPERATION_ACTIONS, TicketOperation, ticketRefusal, TicketRefusal } from './ticket-operations';
import { Replacement, TicketOperationsRepository } from './ticket-operations.repository';

/** What moving an order to another date needs to know of it (ORD-12); decided from what it holds now. */
export interface ReschedulePlan {
  orderId: string;
  orderNumber: string;
  eventId: string;
  /** The valid tickets, each with where it admits now. */
  tickets: { id: string; dateId: string; zoneId: string; priceId: string; priceName: string; zoneName: string; seatId: string | null; startsAt: Date }[];
}

/** Where a rescheduled ticket admits: the new date, and the seat on it (null in general admission). */
export interface MovedTicket {
  ticketId: string;
  dateId: string;
  startsAt: Date;
  seat: { id: string; label: string; section: string; row: string; number: string } | null;
}

export const ORDER_CONFIRMATION_JOB_NAME = 'order-confirmation';

/**
 * ORD-11 and the orders' part of ORD-12: operations on selected tickets of an order, all or nothing
 * and in its history, and replacing tickets with new codes (reissue, reschedule).
 */
@Injectable()
export class TicketOperations {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly ops: TicketOperationsRepository,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly signer: TicketSigner,
    private readonly outbox: Outbox,
    private readonly documents: OrderDocuments,
  ) {}

  /**
   * Applies one operation to the selected tickets: each is checked first (a ticket of another order,
   * or one that refuses the operation, refuses the whole request and changes nothing), then the
   * tickets change and the history says who did what to which, in one transaction.
   */
  async apply(scope: TenantScope, orderId: string, operation: TicketOperation, ticketIds: string[], actor: Actor): Promise<void> {
    const order = await this.requireOpenOrder(scope, orderId);
    const at = this.clock.now();
    await this.db.transaction(async () => {
      const tickets = await this.ops.lockTickets(scope, orderId);
      ticketIds.forEach((id, i) => {
        const ticket = tickets.find((t) => t.id === id);
        if (!ticket) throw notInOrder(i);
        const refusal = ticketRefusal(operation, ticket.status);
        if (refusal) throw refused(refusal, id, i, ticket.status);
      });
      let replacements: { from: string; to: string }[] = [];
      if (operation === 'reissue') {
        const full = (await this.repo.ticketsOf(scope, orderId)).filter((t) => ticketIds.includes(t.id));
        const moved = full.map((t): MovedTicket => ({ ticketId: t.id, dateId: t.dateId, startsAt: t.startsAt, seat: seatOf(t) }));
        replacements = await this.replace(scope, order, moved, ['valid', 'blacklisted']);
      } else {
        await this.ops.setDoorState(scope, orderId, ticketIds, operation, at);
      }
      await this.repo.appendHistory(scope, {
        orderId,
        action: TICKET_OPERATION_ACTIONS[operation],
        actorKind: actor.kind,
        actorId: actor.id,
        actorLabel: actor.label,
        data: { operation, tickets: ticketIds.length, ticketIds, ...(replacements.length ? { replacements } : {}) },
        at,
      });
    });
  }

  /** Only the selected tickets as one PDF (no gift vouchers); each must be valid. */
  async renderSelected(scope: TenantScope, orderId: string, ticketIds: string[]): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireOrder(scope, orderId);
    const tickets = await this.repo.ticketsOf(scope, orderId);
    ticketIds.forEach((id, i) => {
      const ticket = tickets.find((t) => t.id === id);
      if (!ticket) throw notInOrder(i);
      // A blacklisted ticket is not printed: it would be refused at the door.
      const refusal = ticketRefusal('scan_in', ticket.status);
      if (refusal) throw refused(refusal, id, i, ticket.status);
    });
    return { number: order.number, pdf: await this.documents.ticketPdf(scope, order, ticketIds) };
  }

  /** What rescheduling the order means now: its valid tickets, all of one event; writes nothing. */
  async planReschedule(scope: TenantScope, orderId: string): Promise<ReschedulePlan> {
    const order = await this.requireOpenOrder(scope, orderId);
    const valid = (await this.repo.ticketsOf(scope, orderId)).filter((t) => t.status === 'valid');
    if (!valid.length) throw new DomainError(OrdersProblems.NO_VALID_TICKETS, 'This order has no valid ticket to move');
    const events = new Set(valid.map((t) => t.eventId));
    if (events.size > 1) throw new DomainError(OrdersProblems.ORDER_SPANS_EVENTS, 'This order has tickets for several events');
    return {
      orderId,
      orderNumber: order.number,
      eventId: valid[0].eventId,
      tickets: valid.map((t) => ({
        id: t.id,
        dateId: t.dateId,
        zoneId: t.zoneId,
        priceId: t.priceId,
        priceName: t.priceName,
        zoneName: t.zoneName,
        seatId: t.seatId,
        startsAt: t.startsAt,
      })),
    };
  }

  /**
   * The orders' part of a reschedule, as part of the caller's write: the moved tickets are replaced
   * by new ones on the new date (new codes; the old ones refused at the door), the history says
   * from where to where, and the new tickets are emailed if asked.
   */
  async writeReschedule(
    scope: TenantScope,
    plan: ReschedulePlan,
    moved: MovedTicket[],
    change: { actor: Actor; at: Date; notify: boolean; toDateId: string; toStartsAt: Date },
  ): Promise<void> {
    const order = await this.requireOrder(scope, plan.orderId);
    const replacements = await this.replace(scope, order, moved, ['valid']);
    const from = [...new Set(plan.tickets.filter((t) => moved.some((m) => m.ticketId === t.id)).map((t) => t.startsAt.toISOString()))];
    await this.repo.appendHistory(scope, {
      orderId: plan.orderId,
      action: 'orders.order.rescheduled',
      actorKind: change.actor.kind,
      actorId: change.actor.id,
      actorLabel: change.actor.label,
      data: {
        tickets: moved.length,
        from,
        to: change.toStartsAt.toISOString(),
        toDateId: change.toDateId,
        replacements,
        customerNotified: change.notify,
      },
      at: change.at,
    });
    if (change.notify) {
      await this.outbox.add(scope, {
        queue: QueueName.Mail,
        name: ORDER_CONFIRMATION_JOB_NAME,
        jobId: `${ORDER_CONFIRMATION_JOB_NAME}.${plan.orderId}.${randomUUID()}`,
        payload: { orderId: plan.orderId, resent: true },
      });
    }
  }

  /** New signed tickets take the places of old ones (at their new date and seat, if moved). */
  private async replace(scope: TenantScope, order: Order, moved: MovedTicket[], from: TicketStatus[]): Promise<{ from: string; to: string }[]> {
    const newIds = moved.map(() => randomUUID());
    const codes = await this.signer.issue(scope, newIds);
    const replacements = moved.map((m, i): Replacement => ({
      oldId: m.ticketId,
      newId: newIds[i],
      ...codes[i],
      dateId: m.dateId,
      startsAt: m.startsAt,
      seatId: m.seat?.id ?? null,
      seatLabel: m.seat?.label ?? null,
      seatSection: m.seat?.section || null,
      seatRow: m.seat?.row || null,
      seatNumber: m.seat?.number || null,
    }));
    await this.ops.replaceTickets(scope, order.id, replacements, from, {
      TICKETS_CHANGED: () => new DomainError(OrdersProblems.TICKETS_NOT_CANCELLABLE, 'Some of these tickets changed meanwhile; reload the order'),
    });
    return replacements.map((r) => ({ from: r.oldId, to: r.newId }));
  }

  private async requireOrder(scope: TenantScope, orderId: string): Promise<Order> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    return order;
  }

  private async requireOpenOrder(scope: TenantScope, orderId: string): Promise<Order> {
    const order = await this.requireOrder(scope, orderId);
    if (order.status === 'cancelled') throw new DomainError(OrdersProblems.ORDER_ALREADY_CANCELLED, 'This order is cancelled');
    return order;
  }
}

function seatOf(t: Ticket): MovedTicket['seat'] {
  if (!t.seatId) return null;
  return { id: t.seatId, label: t.seatLabel ?? '', section: t.seatSection ?? '', row: t.seatRow ?? '', number: t.seatNumber ?? '' };
}

const notInOrder = (i: number) =>
  new DomainError(OrdersProblems.TICKET_NOT_IN_ORDER, 'This ticket is not one of this order’s', [
    { field: `ticketIds[${i}]`, message: 'not a ticket of this order' },
  ]);

const WHY: Record<TicketRefusal, string> = {
  TICKET_CANCELLED: 'this ticket is cancelled',
  TICKET_REPLACED: 'this ticket was replaced by a new one',
  TICKET_BLACKLISTED: 'this ticket is blacklisted',
};

const refused = (code: TicketRefusal, ticketId: string, i: number, status: TicketStatus) =>
  new DomainError(OrdersProblems[code], `Ticket ${ticketId}: ${WHY[code]}`, [{ field: `ticketIds[${i}]`, message: WHY[code] }], {
    ticketId,
    ticketStatus: status,
  });
