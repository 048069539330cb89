import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrderHistoryEntry } from './entities/order-history-entry.entity';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { Order, OrderStatus } from './entities/order.entity';
import { Ticket } from './entities/ticket.entity';

export type NewOrder = Omit<Order, 'ticketingId' | 'createdAt'> & { createdAt: Date };
export type NewTicket = Omit<Ticket, 'ticketingId' | 'orderId' | 'currency' | 'status' | 'scanState' | 'firstScannedAt' | 'position' | 'attendee'>;
export type NewHistoryEntry = Omit<OrderHistoryEntry, 'ticketingId' | 'id'>;

export interface OrderSummaryRow extends Order {
  ticketCount: number;
}

@Injectable()
export class OrdersRepository {
  constructor(private readonly db: Database) {}

  /**
   * Writes an order, its tickets and its first history entry in one statement, as part of the
   * caller's write. A taken order number fails the write (`ORDER_NUMBER_TAKEN`).
   */
  async insertPlacedOrder(scope: TenantScope, o: NewOrder, tickets: NewTicket[], placed: NewHistoryEntry, explainers: Explainers): Promise<void> {
    const col = <K extends keyof NewTicket>(k: K) => tickets.map((t) => t[k]);
    await this.db.deferWrite(
      scope,
      `WITH o AS (
         INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount,
                             customer_first_name, customer_last_name, customer_email, access_token_hash, created_at,
                             promo_code, discount_amount, paid_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $32, $33, $36)
         ON CONFLICT (ticketing_id, number) DO NOTHING RETURNING id),
       t AS (
         INSERT INTO tickets (ticketing_id, id, order_id, code, event_id, date_id, zone_id, price_id, event_name, venue,
                              starts_at, zone_name, price_name, amount, currency, seat_id, seat_label, position,
                              list_amount, seat_section, seat_row, seat_number)
         SELECT $1, x.id, o.id, x.code, x.event_id, x.date_id, x.zone_id, x.price_id, x.event_name, x.venue,
                x.starts_at, x.zone_name, x.price_name, x.amount, $7, x.seat_id, x.seat_label, x.position - 1,
                x.list_amount, x.seat_section, x.seat_row, x.seat_number
           FROM o, unnest($14::uuid[], $15::text[], $16::uuid[], $17::uuid[], $18::uuid[], $19::uuid[], $20::text[],
                          $21::text[], $22::timestamptz[], $23::text[], $24::text[], $25::int[], $34::uuid[], $35::text[],
                          $37::int[], $38::text[], $39::text[], $40::text[])
                        WITH ORDINALITY AS x(id, code, event_id, date_id, zone_id, price_id, event_name, venue, starts_at, zone_name, price_name, amount,
                                             seat_id, seat_label, list_amount, seat_section, seat_row, seat_number, position)),
       h AS (
         INSERT INTO order_history (ticketing_id, order_id, action, actor_kind, actor_id, actor_label, data, at)
         SELECT $1, o.id, $26, $27, $28, $29, $30, $31 FROM o)
       SELECT guichet_require(count(*) = 1, 'ORDER_NUMBER_TAKEN') FROM o`,
      [
        o.id,
        o.number,
        o.status,
        o.channel,
        o.paymentMethod,
        o.currency,
        o.totalAmount,
        o.customerFirstName,
        o.customerLastName,
        o.customerEmail,
        o.accessTokenHash,
        o.createdAt,
        col('id'),
        col('code'),
        col('eventId'),
        col('dateId'),
        col('zoneId'),
        col('priceId'),
        col('eventName'),
        col('venue'),
        col('startsAt'),
        col('zoneName'),
        col('priceName'),
        col('amount'),
        placed.action,
        placed.actorKind,
        placed.actorId,
        placed.actorLabel,
        JSON.stringify(placed.data),
        placed.at,
        o.promoCode,
        o.discountAmount,
        col('seatId'),
        col('seatLabel'),
        o.paidAt,
        col('listAmount'),
        col('seatSection'),
        col('seatRow'),
        col('seatNumber'),
      ],
      explainers,
    );
  }

  /** The gift vouchers an order bought (as its lines), as part of the sale's write. */
  async insertGiftVouchers(scope: TenantScope, vouchers: Omit<OrderGiftVoucher, 'ticketingId'>[]): Promise<void> {
    if (!vouchers.length) return;
    const col = <K extends keyof Omit<OrderGiftVoucher, 'ticketingId'>>(k: K) => vouchers.map((v) => v[k]);
    await this.db.deferWrite(
      scope,
      `INSERT INTO order_gift_vouchers (ticketing_id, id, order_id, name, amount, position)
       SELECT $1, x.* FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::int[]) AS x`,
      [col('id'), col('orderId'), col('name'), col('amount'), col('position')],
    );
  }

  giftVouchersOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(OrderGiftVoucher, scope).find({ orderId }, { position: 'ASC' });
  }

  statuses(scope: TenantScope, orderIds: string[]): Promise<{ id: string; status: OrderStatus }[]> {
    if (!orderIds.length) return Promise.resolve([]);
    return this.db.tenantQuery(scope, `SELECT id, status FROM orders WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`, [orderIds]);
  }

  /** reserved → paid, as part of the caller's write; fails it (`ORDER_NOT_RESERVED`) when the order is no longer reserved. */
  async markPaid(scope: TenantScope, orderId: string, at: Date, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH paid AS (UPDATE orders SET status = 'paid', paid_at = $3 WHERE ticketing_id = $1 AND id = $2 AND status = 'reserved' RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'ORDER_NOT_RESERVED') FROM paid`,
      [orderId, at],
      explainers,
    );
  }

  /** Valid tickets become cancelled, as part of the caller's write; fails it (`TICKETS_CHANGED`) unless every one still was. */
  async cancelTickets(scope: TenantScope, orderId: string, ticketIds: string[], explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH c AS (UPDATE tickets SET status = 'cancelled'
                   WHERE ticketing_id = $1 AND order_id = $2 AND id = ANY($3::uuid[]) AND status = 'valid' RETURNING 1)
       SELECT guichet_require(count(*) = $4, 'TICKETS_CHANGED') FROM c`,
      [orderId, ticketIds, ticketIds.length],
      explainers,
    );
  }

  /**
   * The order no longer costs what its cancelled tickets did (relative, so two partial cancellations
   * add up); a whole cancellation cancels it and everything it sold, so it costs nothing. Fails the
   * write (`ORDER_CANCELLED`) if it already was cancelled.
   */
  async reduceAfterCancellation(scope: TenantScope, orderId: string, amount: number, whole: boolean, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH o AS (UPDATE orders SET total_amount = CASE WHEN $4 THEN 0 ELSE total_amount - $3 END, status = CASE WHEN $4 THEN 'cancelled' ELSE status END
                   WHERE ticketing_id = $1 AND id = $2 AND status <> 'cancelled' RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'ORDER_CANCELLED') FROM o`,
      [orderId, amount, whole],
      explainers,
    );
  }

  /** Appends to an order's timeline, as part of the caller's write (or at once). */
  async appendHistory(scope: TenantScope, e: NewHistoryEntry): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO order_history (ticketing_id, order_id, action, actor_kind, actor_id, actor_label, data, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [e.orderId, e.action, e.actorKind, e.actorId, e.actorLabel, JSON.stringify(e.data), e.at],
    );
  }

  findOrder(scope: TenantScope, id: string) {
    return this.db.scoped(Order, scope).findOne({ id });
  }

  ticketsOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(Ticket, scope).find({ orderId }, { position: 'ASC' });
  }

  historyOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(OrderHistoryEntry, scope).find({ orderId }, { id: 'ASC' });
  }

  async listOrders(scope: TenantScope, opts: { after: Keyset | null; limit: number; q?: string; dateId?: string }): Promise<OrderSummaryRow[]> {
    // $1 is the tenant (added by tenantQuery), $2 the limit; `bind` numbers the rest.
    const params: unknown[] = [opts.limit + 1];
    const bind = (value: unknown) => `$${params.push(value) + 1}`;
    const where: string[] = [];
    if (opts.after) where.push(`(o.created_at, o.id) < (${bind(opts.after.at)}, ${bind(opts.after.id)})`);
    if (opts.q) {
      const q = opts.q.trim();
      const [num, email, like, code] = [bind(q.toUpperCase()), bind(q.toLowerCase()), bind(`%${q.replace(/[%_\\]/g, '\\$&')}%`), bind(q)];
      where.push(`(o.number = ${num} OR o.customer_email = ${email}
                   OR (o.customer_first_name || ' ' || o.customer_last_name) ILIKE ${like}
                   OR o.customer_email ILIKE ${like}
                   OR EXISTS (SELECT 1 FROM tickets t WHERE t.ticketing_id = o.ticketing_id AND t.order_id = o.id AND t.code = ${code}))`);
    }
    if (opts.dateId) {
      where.push(`EXISTS (SELECT 1 FROM tickets t WHERE t.ticketing_id = o.ticketing_id AND t.order_id = o.id AND t.date_id = ${bind(opts.dateId)})`);
    }
    return this.db.tenantQuery<OrderSummaryRow>(
      scope,
      `SELECT o.id, o.number, o.status, o.channel, o.payment_method AS "paymentMethod", o.currency,
              o.total_amount AS "totalAmount", o.promo_code AS "promoCode", o.discount_amount AS "discountAmount",
              o.customer_first_name AS "customerFirstName",
              o.customer_last_name AS "customerLastName", o.customer_email AS "customerEmail",
              o.created_at AS "createdAt", o.paid_at AS "paidAt",
              (SELECT count(*)::int FROM tickets t WHERE t.ticketing_id = o.ticketing_id AND t.order_id = o.id) AS "ticketCount"
         FROM orders o
        WHERE o.ticketing_id = $1 ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT $2`,
      params,
    );
  }

  /**
   * Admits a valid ticket not inside now (unscanned, or scanned out: it may enter again) — one
   * statement, so of two devices racing on the same ticket exactly one sees its UPDATE match.
   * Returns the ticket as it is after the attempt.
   */
  async admit(scope: TenantScope, ticketId: string, at: Date): Promise<{ admitted: boolean; ticket: Ticket | null }> {
    const updated = await this.db.tenantQuery(
      scope,
      `UPDATE tickets SET scan_state = 'in', first_scanned_at = COALESCE(first_scanned_at, $3)
        WHERE ticketing_id = $1 AND id = $2 AND status = 'valid' AND scan_state IN ('unscanned', 'out')
        RETURNING id`,
      [ticketId, at],
    );
    const ticket = await this.db.scoped(Ticket, scope).findOne({ id: ticketId });
    return { admitted: updated.length === 1, ticket };
  }
}
