import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';

/** What the sales reports group tickets by (PLT-7). */
export const SALES_DIMENSIONS = ['event', 'date', 'price', 'channel'] as const;
export type SalesDimension = (typeof SALES_DIMENSIONS)[number];

/** Who a group of tickets is: its key (an id, or the channel), and what names it. */
export interface SalesGroup {
  key: string;
  /** The event's name; for a price, the price's name; for a channel, the channel. */
  label: string;
  eventId: string | null;
  eventName: string | null;
  /** The first performance of the group's tickets (of the date, for a date). */
  startsAt: Date | null;
}

/** What one group sold in one currency: the tickets issued (replaced ones not counted twice) and those cancelled since. */
export interface GroupSales extends SalesGroup {
  currency: string;
  soldTickets: number;
  /** What the tickets sold for, after discounts, cancelled ones included. */
  soldAmount: number;
  cancelledTickets: number;
  cancelledAmount: number;
  /** Tickets given away as invitations (ADR 0036), cancelled ones not counted: never part of the sold figures. */
  invitationTickets: number;
}

/** What one order's tickets of one group sold for: the group's share of the order's refunds. */
export interface OrderGroupShare extends SalesGroup {
  orderId: string;
  amount: number;
}

/** One day's sales of one event (Europe/Zurich days): the tickets sold that day and still valid, and what they sold for. */
export interface DailySales {
  day: string;
  eventId: string;
  eventName: string;
  currency: string;
  tickets: number;
  amount: number;
}

/**
 * The SQL of each dimension: the grouping and the columns naming a group. Fixed text chosen from the
 * enum, never the caller's. `t` is tickets, `o` orders.
 */
const GROUPS: Record<SalesDimension, { by: string; columns: string; order: string }> = {
  event: {
    by: 't.event_id',
    columns: `t.event_id::text AS key, min(t.event_name) AS label, t.event_id::text AS "eventId", min(t.event_name) AS "eventName", min(t.starts_at) AS "startsAt"`,
    order: 'min(t.starts_at), min(t.event_name)',
  },
  date: {
    by: 't.date_id',
    columns: `t.date_id::text AS key, min(t.event_name) AS label, min(t.event_id::text) AS "eventId", min(t.event_name) AS "eventName", min(t.starts_at) AS "startsAt"`,
    order: 'min(t.starts_at), min(t.event_name)',
  },
  price: {
    by: 't.price_id',
    columns: `t.price_id::text AS key, min(t.price_name) AS label, min(t.event_id::text) AS "eventId", min(t.event_name) AS "eventName", min(t.starts_at) AS "startsAt"`,
    order: 'min(t.starts_at), min(t.event_name), min(t.price_name)',
  },
  channel: {
    by: 'o.channel',
    columns: `o.channel AS key, o.channel AS label, NULL::text AS "eventId", NULL::text AS "eventName", NULL::timestamptz AS "startsAt"`,
    order: 'o.channel',
  },
};

/**
 * The orders' side of the sales reports (ORD-15, PLT-7), read in SQL: per group of tickets, and per
 * order and group for sharing refunds out. A ticket replaced by a reissue or a reschedule is not a
 * sale of its own; its replacement is, at the order's date.
 */
@Injectable()
export class SalesFiguresRepository {
  constructor(private readonly db: Database) {}

  sales(scope: TenantScope, by: SalesDimension, from: Date | null, to: Date | null): Promise<GroupSales[]> {
    const g = GROUPS[by];
    return this.db.tenantQuery<GroupSales>(
      scope,
      `SELECT ${g.columns}, t.currency,
              count(*) FILTER (WHERE o.payment_method <> 'invitation')::int AS "soldTickets",
              coalesce(sum(t.amount) FILTER (WHERE o.payment_method <> 'invitation'), 0)::int AS "soldAmount",
              count(*) FILTER (WHERE t.status = 'cancelled' AND o.payment_method <> 'invitation')::int AS "cancelledTickets",
              coalesce(sum(t.amount) FILTER (WHERE t.status = 'cancelled' AND o.payment_method <> 'invitation'), 0)::int AS "cancelledAmount",
              count(*) FILTER (WHERE t.status <> 'cancelled' AND o.payment_method = 'invitation')::int AS "invitationTickets"
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        WHERE t.ticketing_id = $1 AND t.status <> 'replaced'
          AND ($2::timestamptz IS NULL OR o.created_at >= $2) AND ($3::timestamptz IS NULL OR o.created_at < $3)
        GROUP BY ${g.by}, t.currency
        ORDER BY ${g.order}`,
      [from, to],
    );
  }

  orderShares(scope: TenantScope, by: SalesDimension, orderIds: string[]): Promise<OrderGroupShare[]> {
    if (!orderIds.length) return Promise.resolve([]);
    const g = GROUPS[by];
    return this.db.tenantQuery<OrderGroupShare>(
      scope,
      `SELECT t.order_id AS "orderId", ${g.columns}, sum(t.amount)::int AS amount
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        WHERE t.ticketing_id = $1 AND t.order_id = ANY($2::uuid[]) AND t.status <> 'replaced'
        GROUP BY t.order_id, ${g.by}`,
      [orderIds],
    );
  }

  /** Amounts tied to tickets (e.g. their commission charges) summed per group of those tickets, in each currency. */
  sumByGroup(
    scope: TenantScope,
    by: SalesDimension,
    rows: { ticketId: string; currency: string; amount: number }[],
  ): Promise<(SalesGroup & { currency: string; amount: number })[]> {
    if (!rows.length) return Promise.resolve([]);
    const g = GROUPS[by];
    return this.db.tenantQuery(
      scope,
      `SELECT ${g.columns}, x.currency, sum(x.amount)::int AS amount
         FROM unnest($2::uuid[], $3::text[], $4::int[]) AS x(ticket_id, currency, amount)
         JOIN tickets t ON t.ticketing_id = $1 AND t.id = x.ticket_id
         JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        GROUP BY ${g.by}, x.currency`,
      [rows.map((r) => r.ticketId), rows.map((r) => r.currency), rows.map((r) => r.amount)],
    );
  }

  /** Per Europe/Zurich day of the sale and event: the tickets sold and not cancelled since, and what they sold for. */
  dailySales(scope: TenantScope, from: Date, to: Date, eventId: string | null): Promise<DailySales[]> {
    return this.db.tenantQuery<DailySales>(
      scope,
      `SELECT to_char(o.created_at AT TIME ZONE 'Europe/Zurich', 'YYYY-MM-DD') AS day, t.event_id AS "eventId", min(t.event_name) AS "eventName",
              t.currency, count(*)::int AS tickets, coalesce(sum(t.amount), 0)::int AS amount
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        WHERE t.ticketing_id = $1 AND t.status NOT IN ('replaced', 'cancelled') AND o.payment_method <> 'invitation'
          AND o.created_at >= $2 AND o.created_at < $3 AND ($4::uuid IS NULL OR t.event_id = $4)
        GROUP BY 1, t.event_id, t.currency
        ORDER BY 1, min(t.starts_at), min(t.event_name)`,
      [from, to, eventId],
    );
  }

  /** Invoice orders still awaiting payment (ADR 0052), oldest first. */
  openInvoices(scope: TenantScope): Promise<OpenInvoice[]> {
    return this.db.tenantQuery<OpenInvoice>(
      scope,
      `SELECT id AS "orderId", number, customer_first_name AS "firstName", customer_last_name AS "lastName", customer_email AS email,
              created_at AS "issuedAt", payment_due_at AS "dueAt", overdue_kept_at AS "keptAt", total_amount AS total, currency
         FROM orders
        WHERE ticketing_id = $1 AND payment_method = 'invoice' AND status = 'reserved'
        ORDER BY created_at, number`,
      [],
    );
  }
}

/** An invoice order awaiting payment, as the open-invoices report reads it. */
export interface OpenInvoice {
  orderId: string;
  number: string;
  firstName: string;
  lastName: string;
  email: string;
  issuedAt: Date;
  dueAt: Date | null;
  /** Kept past its deadline because part was paid (ADR 0052). */
  keptAt: Date | null;
  total: number;
  currency: string;
}
