import { Injectable } from '@nestjs/common';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { Database } from '../../platform/database/database';
import { DomainError } from '../../platform/http/problem';
import { OrderLinks } from '../../platform/signing/order-link';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { AttendeeField, CatalogService } from '../catalog';
import { checkAnswers, checkCheckoutAttendees, isComplete } from './attendee-answers';
import { PersonalisationLinkResponse, PersonalisationResponse, SavePersonalisationRequest } from './dto/personalisation.dto';
import { Order } from './entities/order.entity';
import { AttendeeAnswers, Ticket } from './entities/ticket.entity';
import { OrderNotFoundError, OrdersProblems } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import { TicketOperationsRepository } from './ticket-operations.repository';

/** How long a personalisation link works. */
const LINK_DAYS = 30;

/**
 * ORD-5: attendee data per ticket, asked by the ticket's price. The organizer opens a
 * personalisation link (unguessable, expiring, per order); the customer completes or corrects the
 * answers in the shop; the answers are on each ticket and its PDF.
 */
@Injectable()
export class Personalisation {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly ops: TicketOperationsRepository,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly links: OrderLinks,
    private readonly tenancy: TenancyService,
    private readonly config: AppConfig,
  ) {}

  /** The valid tickets that ask for attendee data, with their fields. */
  async personalTickets(scope: TenantScope, tickets: Ticket[]): Promise<{ ticket: Ticket; fields: AttendeeField[] }[]> {
    const valid = tickets.filter((t) => t.status === 'valid');
    const fields = await this.catalog.attendeeFields(
      scope,
      valid.map((t) => t.priceId),
    );
    return valid.filter((t) => fields.has(t.priceId)).map((ticket) => ({ ticket, fields: fields.get(ticket.priceId)! }));
  }

  /**
   * SHOP-4: the attendee data given with a checkout, checked against the fields of each ticket's price
   * (the sale's lines in order, one ticket per place) before the sale's write: the answers per ticket
   * (null: left for the personalisation link), or ATTENDEE_ANSWERS_INVALID naming `attendees[i].<key>`.
   */
  async checkoutAttendees(
    scope: TenantScope,
    lines: { priceId: string; quantity: number }[],
    given: unknown[] | undefined,
  ): Promise<(AttendeeAnswers | null)[]> {
    const tickets = lines.flatMap((l) => Array.from({ length: l.quantity }, () => l.priceId));
    if (!given?.length) return tickets.map(() => null);
    const fields = await this.catalog.attendeeFields(scope, tickets);
    const checked = checkCheckoutAttendees(
      tickets.map((priceId) => fields.get(priceId) ?? []),
      given,
    );
    if (checked.problems.length)
      throw new DomainError(OrdersProblems.ATTENDEE_ANSWERS_INVALID, 'Some attendee answers are missing or not valid', checked.problems);
    return checked.attendees;
  }

  /** "Open personalisation": a link for the customer, valid for 30 days; the history says who opened it. */
  async openLink(scope: TenantScope, orderId: string, actor: Actor): Promise<PersonalisationLinkResponse> {
    const order = await this.requireOrder(scope, orderId);
    if (order.status === 'cancelled') throw new DomainError(OrdersProblems.ORDER_ALREADY_CANCELLED, 'This order is cancelled');
    if (!(await this.personalTickets(scope, await this.repo.ticketsOf(scope, orderId))).length) {
      throw new DomainError(OrdersProblems.NO_PERSONAL_DATA, 'No ticket of this order asks for attendee data');
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + LINK_DAYS * 24 * 3600 * 1000);
    const token = this.links.personalisationToken(scope.ticketingId, orderId, expiresAt);
    const { slug } = await this.tenancy.ticketing(scope);
    const base = this.config.SHOP_PUBLIC_URL.replace(/\/+$/, '');
    await this.repo.appendHistory(scope, {
      orderId,
      action: 'orders.personalisation.opened',
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      data: { expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000).toISOString() },
      at: now,
    });
    return {
      url: `${base}/shop/${encodeURIComponent(slug)}/orders/${orderId}/personalisation?token=${token}`,
      token,
      expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000).toISOString(),
    };
  }

  /** What the customer's page shows, with the link's secret. */
  async view(scope: TenantScope, orderId: string, token: string): Promise<PersonalisationResponse> {
    const { order, expiresAt } = await this.requireLink(scope, orderId, token);
    const personal = await this.personalTickets(scope, await this.repo.ticketsOf(scope, orderId));
    return {
      orderNumber: order.number,
      expiresAt: expiresAt.toISOString(),
      tickets: personal.map(({ ticket: t, fields }) => ({
        id: t.id,
        eventName: t.eventName,
        startsAt: t.startsAt.toISOString(),
        zoneName: t.zoneName,
        seatLabel: t.seatLabel,
        priceName: t.priceName,
        fields,
        answers: t.attendee,
        complete: isComplete(fields, t.attendee),
      })),
    };
  }

  /** Saves the answers of the tickets given (each checked against its price's fields), all or nothing, in the history. */
  async save(scope: TenantScope, orderId: string, token: string, request: SavePersonalisationRequest): Promise<PersonalisationResponse> {
    const { order } = await this.requireLink(scope, orderId, token);
    const tickets = await this.repo.ticketsOf(scope, orderId);
    const personal = await this.personalTickets(scope, tickets);
    const problems: { field: string; message: string }[] = [];
    const saved: { ticketId: string; attendee: Record<string, unknown> }[] = [];
    request.tickets.forEach((given, i) => {
      const entry = personal.find((p) => p.ticket.id === given.ticketId);
      if (!entry) {
        if (!tickets.some((t) => t.id === given.ticketId)) {
          throw new DomainError(OrdersProblems.TICKET_NOT_IN_ORDER, 'This ticket is not one of this order’s', [
            { field: `tickets[${i}].ticketId`, message: 'not a ticket of this order' },
          ]);
        }
        problems.push({ field: `tickets[${i}].ticketId`, message: 'this ticket asks for no attendee data (or is no longer valid)' });
        return;
      }
      const checked = checkAnswers(entry.fields, given.answers, `tickets[${i}].answers`);
      problems.push(...checked.problems);
      saved.push({ ticketId: given.ticketId, attendee: checked.answers });
    });
    if (problems.length) throw new DomainError(OrdersProblems.ATTENDEE_ANSWERS_INVALID, 'Some attendee answers are missing or not valid', problems);
    await this.db.transaction(async () => {
      await this.ops.setAttendees(scope, orderId, saved);
      await this.repo.appendHistory(scope, {
        orderId,
        action: 'orders.attendees.updated',
        actorKind: 'customer',
        actorId: null,
        actorLabel: `${order.customerFirstName} ${order.customerLastName}`.trim() || order.customerEmail,
        data: { tickets: saved.length, ticketIds: saved.map((s) => s.ticketId) },
        at: this.clock.now(),
      });
    });
    return this.view(scope, orderId, token);
  }

  private async requireOrder(scope: TenantScope, orderId: string): Promise<Order> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    return order;
  }

  /** A wrong secret is an unknown order (404); a genuine but expired one says so (410). */
  private async requireLink(scope: TenantScope, orderId: string, token: string): Promise<{ order: Order; expiresAt: Date }> {
    const order = await this.requireOrder(scope, orderId);
    const expiresAt = this.links.personalisationExpiry(scope.ticketingId, orderId, token);
    if (!expiresAt) throw new OrderNotFoundError();
    if (expiresAt <= this.clock.now()) throw new DomainError(OrdersProblems.PERSONALISATION_LINK_EXPIRED, 'This personalisation link has expired');
    if (order.status === 'cancelled') throw new DomainError(OrdersProblems.ORDER_ALREADY_CANCELLED, 'This order is cancelled');
    return { order, expiresAt };
  }
}
