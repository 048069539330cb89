import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { DomainError } from '../platform/http/problem';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CapacityChange, CatalogProblems, CatalogService } from '../modules/catalog';
import { MovedTicket, OrderResponse, OrdersProblems, OrdersService, ReschedulePlan } from '../modules/orders';
import { RescheduleOrderRequest } from './dto/reschedule.dto';

type Ticket = ReschedulePlan['tickets'][number];

/**
 * ORD-12: an order's valid tickets move to another date of their event, in one write: the seats on
 * the new date (the same seat when it is free, else the best free one of the zone) are taken, the
 * old tickets are replaced by new ones with new codes (the old codes are refused at the door), the
 * old places and seats go back on sale, and the general-admission places of the new date are taken
 * last — a conditional update, so a checkout racing for the last places and the reschedule never
 * both get them.
 */
@Injectable()
export class OrderReschedule {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly catalog: CatalogService,
  ) {}

  async reschedule(scope: TenantScope, orderId: string, request: RescheduleOrderRequest, actor: Actor): Promise<OrderResponse> {
    const plan = await this.orders.planReschedule(scope, orderId);
    const event = await this.catalog.getEvent(scope, plan.eventId);
    const date = event.dates.find((d) => d.id === request.dateId);
    const now = this.clock.now();
    if (!date) throw refusal(OrdersProblems.RESCHEDULE_DATE_NOT_OF_EVENT, 'not a date of this order’s event');
    if (date.status === 'cancelled') throw refusal(OrdersProblems.RESCHEDULE_DATE_CANCELLED, 'this date is cancelled');
    const startsAt = new Date(date.startsAt);
    if (startsAt <= now) throw refusal(OrdersProblems.RESCHEDULE_DATE_PAST, 'this date has begun');
    const toMove = plan.tickets.filter((t) => t.dateId !== date.id);
    if (!toMove.length) throw refusal(OrdersProblems.RESCHEDULE_SAME_DATE, 'the tickets are already for this date');
    for (const t of toMove) {
      const price = event.prices.find((p) => p.id === t.priceId);
      if (price?.dateIds && !price.dateIds.includes(date.id)) {
        throw new DomainError(
          OrdersProblems.RESCHEDULE_PRICE_NOT_ON_DATE,
          `The price ${t.priceName} is not sold for this date`,
          [{ field: 'dateId', message: `le tarif ${t.priceName} n’est pas vendu à cette date` }],
          { priceName: t.priceName },
        );
      }
    }
    const general = toMove.filter((t) => !t.seatId);
    const target: CapacityChange[] = group(general, (t) => t.zoneId).map(([zoneId, ts]) => ({ dateId: date.id, zoneId, quantity: ts.length }));
    const notify = request.notify ?? false;

    // Seats are chosen from what is free now and taken all or nothing in the write; if another buyer
    // took one meanwhile, choose again.
    for (let attempt = 1; ; attempt++) {
      const moved = await this.moveTo(scope, date.id, startsAt, toMove);
      const holdId = randomUUID();
      try {
        await this.db.atomically(async () => {
          for (const [zoneId, ms] of group(
            moved.filter((m) => m.seat),
            (m) => toMove.find((t) => t.id === m.ticketId)!.zoneId,
          )) {
            const seatIds = ms.map((m) => m.seat!.id).sort();
            await this.catalog.holdSeats(scope, { dateId: date.id, zoneId, seatIds, cartId: holdId, until: new Date(now.getTime() + 60_000) });
            await this.catalog.sellSeats(scope, holdId, date.id, seatIds);
          }
          await this.orders.writeReschedule(scope, plan, moved, { actor, at: now, notify, toDateId: date.id, toStartsAt: startsAt });
          await this.catalog.releaseSold(scope, released(toMove));
          if (target.length) {
            await this.catalog.holdCapacity(scope, target);
            await this.catalog.sellHeldCapacity(scope, target);
          }
        });
        break;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === CatalogProblems.SEATS_TAKEN.code) || attempt === 3) throw error;
      }
    }
    return this.orders.getOrder(scope, orderId);
  }

  /** Where each ticket goes: seated tickets keep their seat if it is free on the new date, the others get the best free seats of their zone. */
  private async moveTo(scope: TenantScope, dateId: string, startsAt: Date, tickets: Ticket[]): Promise<MovedTicket[]> {
    const seated = tickets.filter((t) => t.seatId);
    const free = seated.length ? await this.catalog.freeSeats(scope, dateId, [...new Set(seated.map((t) => t.zoneId))]) : [];
    const chosen = new Map<string, (typeof free)[number]>();
    const used = new Set<string>();
    for (const t of seated) {
      const same = free.find((s) => s.seatId === t.seatId && s.zoneId === t.zoneId);
      if (same) {
        chosen.set(t.id, same);
        used.add(same.seatId);
      }
    }
    for (const t of seated.filter((t) => !chosen.has(t.id))) {
      const best = free.find((s) => s.zoneId === t.zoneId && s.standard && !used.has(s.seatId));
      if (!best) {
        const missing =
          seated.filter((o) => o.zoneId === t.zoneId && !chosen.has(o.id)).length -
          free.filter((s) => s.zoneId === t.zoneId && s.standard && !used.has(s.seatId)).length;
        throw new DomainError(
          OrdersProblems.RESCHEDULE_NO_SEATS,
          `Not enough free seats in ${t.zoneName} on this date`,
          [{ field: 'dateId', message: `plus assez de places libres en ${t.zoneName}` }],
          { zoneName: t.zoneName, missing },
        );
      }
      chosen.set(t.id, best);
      used.add(best.seatId);
    }
    return tickets.map((t) => {
      const s = chosen.get(t.id);
      return {
        ticketId: t.id,
        dateId,
        startsAt,
        seat: s ? { id: s.seatId, label: s.label, section: s.section, row: s.row, number: s.number } : null,
      };
    });
  }
}

const refusal = (problem: (typeof OrdersProblems)[keyof typeof OrdersProblems], message: string) =>
  new DomainError(problem, message.charAt(0).toUpperCase() + message.slice(1), [{ field: 'dateId', message }]);

function group<T>(items: T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.entries()];
}

/** The places and seats the moved tickets leave, grouped as the catalog releases them. */
function released(tickets: Ticket[]): { capacity: CapacityChange[]; seats: { dateId: string; seatIds: string[] }[] } {
  return {
    capacity: group(
      tickets.filter((t) => !t.seatId),
      (t) => `${t.dateId}/${t.zoneId}`,
    ).map(([, ts]) => ({ dateId: ts[0].dateId, zoneId: ts[0].zoneId, quantity: ts.length })),
    seats: group(
      tickets.filter((t) => t.seatId),
      (t) => t.dateId,
    ).map(([dateId, ts]) => ({ dateId, seatIds: ts.map((t) => t.seatId!) })),
  };
}
