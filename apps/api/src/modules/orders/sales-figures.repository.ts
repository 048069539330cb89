import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';

/** What an event sold in one currency: the tickets issued (replaced ones not counted twice) and those cancelled since. */
export interface EventSales {
  eventId: string;
  eventName: string;
  currency: string;
  soldTickets: number;
  /** What the tickets sold for, after discounts, cancelled ones included. */
  soldAmount: number;
  cancelledTickets: number;
  cancelledAmount: number;
  /** Tickets given away as invitations (ADR 0036), cancelled ones not counted: never part of the sold figures. */
  invitationTickets: number;
}

/** What one order's tickets of one event sold for: the event's share of the order's refunds. */
export interface OrderEventShare {
  orderId: string;
  eventId: string;
  eventName: string;
  amount: number;
}

/**
 * The orders' side of the sales report (ORD-15), read in SQL: per event, and per order and event for
 * sharing refunds out. A ticket replaced by a reissue or a reschedule is not a sale of its own.
 */
@Injectable()
export class SalesFiguresRepository {
  constructor(private readonly db: Database) {}

  eventSales(scope: TenantScope, from: Date | null, to: Date | null): Promise<EventSales[]> {
    return this.db.tenantQuery<EventSales>(
      scope,
      `SELECT t.event_id AS "eventId", min(t.event_name) AS "eventName", t.currency,
              count(*) FILTER (WHERE o.payment_method <> 'invitation')::int AS "soldTickets",
              coalesce(sum(t.amount) FILTER (WHERE o.payment_method <> 'invitation'), 0)::int AS "soldAmount",
              count(*) FILTER (WHERE t.status = 'cancelled' AND o.payment_method <> 'invitation')::int AS "cancelledTickets",
              coalesce(sum(t.amount) FILTER (WHERE t.status = 'cancelled' AND o.payment_method <> 'invitation'), 0)::int AS "cancelledAmount",
              count(*) FILTER (WHERE t.status <> 'cancelled' AND o.payment_method = 'invitation')::int AS "invitationTickets"
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        WHERE t.ticketing_id = $1 AND t.status <> 'replaced'
          AND ($2::timestamptz IS NULL OR o.created_at >= $2) AND ($3::timestamptz IS NULL OR o.created_at < $3)
        GROUP BY t.event_id, t.currency
        ORDER BY min(t.starts_at), min(t.event_name)`,
      [from, to],
    );
  }

  orderEventShares(scope: TenantScope, orderIds: string[]): Promise<OrderEventShare[]> {
    if (!orderIds.length) return Promise.resolve([]);
    return this.db.tenantQuery<OrderEventShare>(
      scope,
      `SELECT t.order_id AS "orderId", t.event_id AS "eventId", min(t.event_name) AS "eventName", sum(t.amount)::int AS amount
         FROM tickets t
        WHERE t.ticketing_id = $1 AND t.order_id = ANY($2::uuid[]) AND t.status <> 'replaced'
        GROUP BY t.order_id, t.event_id`,
      [orderIds],
    );
  }
}
