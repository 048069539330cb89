import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrderHistoryEntry } from './entities/order-history-entry.entity';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { Channel, Order, OrderStatus, PaymentMethod } from './entities/order.entity';
import { isTicketBarcode, parseTicketCode } from '../../platform/signing/ticket-code';
import { DoorTicket, ScanState, Ticket, TicketStatus } from './entities/ticket.entity';

export type NewOrder = Omit<Order, 'ticketingId' | 'createdAt' | 'customerId' | 'accountId' | 'invoiceRemindersSent' | 'overdueKeptAt'> & { createdAt: Date };
/** What a scanner keeps to answer at the door without the server (ADR 0043): one row per ticket of the dates it scans. */
/** What matching a bank entry to an order needs (PAY-5). */
export interface BankMatchOrder {
  id: string;
  number: string;
  qrReference: string | null;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  total: number;
  currency: string;
  firstName: string;
  lastName: string;
}

export interface DoorListTicket {
  id: string;
  barcode: string;
  dateId: string;
  zoneId: string;
  status: TicketStatus;
  /** Its order is paid: a reservation's tickets enter once it is. */
  paid: boolean;
  scanState: ScanState;
}

/** The door's figures of one zone on one date (the dashboard). */
export interface DoorFigures {
  dateId: string;
  zoneId: string;
  eventName: string;
  startsAt: Date;
  zoneName: string;
  tickets: number;
  inside: number;
  entered: number;
}

export type NewTicket = Omit<Ticket, 'ticketingId' | 'orderId' | 'currency' | 'status' | 'scanState' | 'firstScannedAt' | 'position' | 'attendee'> & {
  attendee?: Ticket['attendee'];
};
export type NewHistoryEntry = Omit<OrderHistoryEntry, 'ticketingId' | 'id'>;

export interface OrderSummaryRow extends Order {
  ticketCount: number;
}

/** What a search of orders may ask: `q` (number, name, email, ticket code, barcode or id) and the filters. */
export interface OrderFilter {
  q?: string;
  eventId?: string;
  dateId?: string;
  /** Orders with a ticket of one of these dates (a door device's, ADR 0045). */
  dateIds?: string[];
  placedFrom?: Date;
  placedTo?: Date;
  status?: OrderStatus;
  channel?: Channel;
  paymentMethod?: PaymentMethod;
  customerId?: string;
  accountId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An order search on `orders o` in the ticketing bound as $1: its FROM source, its WHERE clause, and
 * its parameters numbered from $2. `q` makes the source a UNION of index-backed look-ups returning
 * whole rows — the number and the email by B-tree, a ticket by its code, barcode or id (the code names it),
 * the name and email by substring on the trigram index — so each branch uses its index, none scans
 * the ticketing, and no match is fetched twice. Exported for bench/search, which runs the same SQL bare.
 */
export function orderSearchSql(f: OrderFilter): { from: string; where: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value) + 1}`;
  const where = ['o.ticketing_id = $1'];
  let from = 'orders o';
  const q = f.q?.trim();
  if (q) {
    const matches: string[] = [];
    const number = /^[0-9a-z]{8}$/i.test(q) ? bind(q.toUpperCase()) : null;
    if (number) matches.push(`number = ${number}`);
    // A whole email is looked up exactly (B-tree); part of one ("dupont@") is a substring like a name.
    const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(q);
    if (email) matches.push(`customer_email = ${bind(q.toLowerCase())}`);
    const ticketId = UUID.test(q) ? q.toLowerCase() : parseTicketCode(q)?.ticketId;
    const barcode = isTicketBarcode(q) ? q : null;
    if (ticketId) matches.push(`id = (SELECT order_id FROM tickets WHERE ticketing_id = $1 AND id = ${bind(ticketId)})`);
    else if (barcode) matches.push(`id = (SELECT order_id FROM tickets WHERE ticketing_id = $1 AND barcode = ${bind(barcode)})`);
    else if (!/\s/.test(q) && q.length > 20) matches.push(`id = (SELECT order_id FROM tickets WHERE ticketing_id = $1 AND code = ${bind(q)})`);
    // A ticket's code, barcode or id is no part of a name or an email: its look-up is the whole search.
    // Eight letters and digits are looked for in names too, unless they are an order's number: then
    // that order is the answer, and the substring branch is skipped (a one-time filter, not a scan).
    if (!ticketId && !barcode && !email)
      matches.push(
        `lower(customer_first_name || ' ' || customer_last_name || ' ' || customer_email) LIKE ${bind(`%${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`)}` +
          (number ? ` AND NOT EXISTS (SELECT 1 FROM orders WHERE ticketing_id = $1 AND number = ${number})` : ''),
      );
    const branches = matches.map((m) => `SELECT * FROM orders WHERE ticketing_id = $1 AND ${m}`);
    from = branches.length === 1 ? `(${branches[0]}) o` : `(SELECT DISTINCT ON (id) * FROM (${branches.join(' UNION ALL ')}) u) o`;
  }
  const tickets = (condition: string) => `EXISTS (SELECT 1 FROM tickets t WHERE t.ticketing_id = $1 AND t.order_id = o.id AND ${condition})`;
  if (f.eventId) where.push(tickets(`t.event_id = ${bind(f.eventId)}`));
  if (f.dateId) where.push(tickets(`t.date_id = ${bind(f.dateId)}`));
  if (f.dateIds) where.push(tickets(`t.date_id = ANY(${bind(f.dateIds)}::uuid[])`));
  if (f.placedFrom) where.push(`o.created_at >= ${bind(f.placedFrom)}`);
  if (f.placedTo) where.push(`o.created_at < ${bind(f.placedTo)}`);
  if (f.status) where.push(`o.status = ${bind(f.status)}`);
  if (f.channel) where.push(`o.channel = ${bind(f.channel)}`);
  if (f.paymentMethod) where.push(`o.payment_method = ${bind(f.paymentMethod)}`);
  if (f.customerId) where.push(`o.customer_id = ${bind(f.customerId)}`);
  if (f.accountId) where.push(`o.account_id = ${bind(f.accountId)}`);
  return { from, where: where.join(' AND '), params };
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
      `WITH c AS (
         -- The buyer's record by email: created by their first order, found (and locked) by the next.
         -- The details the registration form asked are the buyer's latest (SHOP-3). A sale at the
         -- counter without an email is nobody's: no record.
         INSERT INTO customers (ticketing_id, email, first_name, last_name, phone, created_at, updated_at, registration)
         SELECT $1, $11, $9, $10, $41, $13, $13, $47::jsonb WHERE $11 <> ''
         ON CONFLICT (ticketing_id, email) DO UPDATE SET registration = COALESCE(EXCLUDED.registration, customers.registration) RETURNING id),
       o AS (
         INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount,
                             customer_first_name, customer_last_name, customer_email, access_token_hash, created_at,
                             promo_code, discount_amount, paid_at, customer_phone, customer_id, external_reference, payment_due_at, language, qr_reference,
                             registration, ticket_line, ticket_holder, invoice_reminder_days)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $32, $33, $36, $41, (SELECT id FROM c), $42, $43, $44, $45, $47::jsonb, $48, $49,
                 $51::smallint[])
         -- A taken number, or an external reference already imported: nothing written, the caller is told which.
         ON CONFLICT DO NOTHING RETURNING id),
       t AS (
         INSERT INTO tickets (ticketing_id, id, order_id, code, event_id, date_id, zone_id, price_id, event_name, venue,
                              starts_at, zone_name, price_name, amount, currency, seat_id, seat_label, position,
                              list_amount, seat_section, seat_row, seat_number, attendee, barcode)
         SELECT $1, x.id, o.id, x.code, x.event_id, x.date_id, x.zone_id, x.price_id, x.event_name, x.venue,
                x.starts_at, x.zone_name, x.price_name, x.amount, $7, x.seat_id, x.seat_label, x.position - 1,
                x.list_amount, x.seat_section, x.seat_row, x.seat_number, x.attendee, x.barcode
           FROM o, unnest($14::uuid[], $15::text[], $16::uuid[], $17::uuid[], $18::uuid[], $19::uuid[], $20::text[],
                          $21::text[], $22::timestamptz[], $23::text[], $24::text[], $25::int[], $34::uuid[], $35::text[],
                          $37::int[], $38::text[], $39::text[], $40::text[], $46::jsonb[], $50::text[])
                        WITH ORDINALITY AS x(id, code, event_id, date_id, zone_id, price_id, event_name, venue, starts_at, zone_name, price_name, amount,
                                             seat_id, seat_label, list_amount, seat_section, seat_row, seat_number, attendee, barcode, position)),
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
        o.customerPhone,
        o.externalReference,
        o.paymentDueAt,
        o.language,
        o.qrReference,
        tickets.map((t) => (t.attendee ? JSON.stringify(t.attendee) : null)),
        o.registration ? JSON.stringify(o.registration) : null,
        o.ticketLine,
        o.ticketHolder,
        col('barcode'),
        o.invoiceReminderDays,
      ],
      explainers,
    );
  }

  /**
   * Tickets added to a paid order (an exchange), after its others, its total raised by their price —
   * as part of the caller's write; fails it (`ORDER_NOT_PAID`) unless the order is paid.
   */
  async insertTicketsOfPaidOrder(scope: TenantScope, orderId: string, currency: string, tickets: NewTicket[], explainers: Explainers): Promise<void> {
    const col = <K extends keyof NewTicket>(k: K) => tickets.map((t) => t[k]);
    await this.db.deferWrite(
      scope,
      `WITH o AS (UPDATE orders SET total_amount = total_amount + (SELECT coalesce(sum(a), 0) FROM unnest($14::int[]) AS a)
                   WHERE ticketing_id = $1 AND id = $2 AND status = 'paid' RETURNING id),
       p AS (SELECT coalesce(max(position), -1) AS last FROM tickets WHERE ticketing_id = $1 AND order_id = $2),
       t AS (
         INSERT INTO tickets (ticketing_id, id, order_id, code, event_id, date_id, zone_id, price_id, event_name, venue,
                              starts_at, zone_name, price_name, amount, currency, seat_id, seat_label, position,
                              list_amount, seat_section, seat_row, seat_number, attendee, barcode)
         SELECT $1, x.id, o.id, x.code, x.event_id, x.date_id, x.zone_id, x.price_id, x.event_name, x.venue,
                x.starts_at, x.zone_name, x.price_name, x.amount, $3, x.seat_id, x.seat_label, p.last + x.position,
                x.list_amount, x.seat_section, x.seat_row, x.seat_number, x.attendee, x.barcode
           FROM o, p, unnest($4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::uuid[], $10::text[],
                             $11::text[], $12::timestamptz[], $13::text[], $15::text[], $14::int[], $16::uuid[], $17::text[],
                             $18::int[], $19::text[], $20::text[], $21::text[], $22::jsonb[], $23::text[])
                        WITH ORDINALITY AS x(id, code, event_id, date_id, zone_id, price_id, event_name, venue, starts_at, zone_name, price_name, amount,
                                             seat_id, seat_label, list_amount, seat_section, seat_row, seat_number, attendee, barcode, position))
       SELECT guichet_require(count(*) = 1, 'ORDER_NOT_PAID') FROM o`,
      [
        orderId,
        currency,
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
        col('amount'),
        col('priceName'),
        col('seatId'),
        col('seatLabel'),
        col('listAmount'),
        col('seatSection'),
        col('seatRow'),
        col('seatNumber'),
        tickets.map((t) => (t.attendee ? JSON.stringify(t.attendee) : null)),
        col('barcode'),
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

  /**
   * reserved → paid, as part of the caller's write; fails it (`ORDER_NOT_RESERVED`) when the order is
   * no longer reserved, or (`ORDER_CHANGED`) when its total is no longer `total` — the amount the
   * caller's payment was worked out from (tickets split off or cancelled meanwhile).
   */
  async markPaid(scope: TenantScope, orderId: string, at: Date, total: number | null, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH paid AS (UPDATE orders SET status = 'paid', paid_at = $3, payment_due_at = NULL
                      WHERE ticketing_id = $1 AND id = $2 AND status = 'reserved' RETURNING total_amount)
       SELECT guichet_require(count(*) = 1, 'ORDER_NOT_RESERVED'),
              guichet_require(count(*) = 0 OR $4::int IS NULL OR bool_and(total_amount = $4::int), 'ORDER_CHANGED') FROM paid`,
      [orderId, at, total],
      explainers,
    );
  }

  /** Valid tickets become cancelled, as part of the caller's write; fails it (`TICKETS_CHANGED`) unless every one still was. */
  async cancelTickets(scope: TenantScope, orderId: string, ticketIds: string[], onlyIfNeverScanned: boolean, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH c AS (UPDATE tickets SET status = 'cancelled'
                   WHERE ticketing_id = $1 AND order_id = $2 AND id = ANY($3::uuid[]) AND status = 'valid'
                     AND (NOT $5::boolean OR first_scanned_at IS NULL) RETURNING 1)
       SELECT guichet_require(count(*) = $4, 'TICKETS_CHANGED') FROM c`,
      [orderId, ticketIds, ticketIds.length, onlyIfNeverScanned],
      explainers,
    );
  }

  /**
   * The order no longer costs what its cancelled tickets did (relative, so two partial cancellations
   * add up); a whole cancellation cancels it and everything it sold, so it costs nothing. Fails the
   * write (`ORDER_CANCELLED`) if it already was cancelled.
   */
  async reduceAfterCancellation(
    scope: TenantScope,
    orderId: string,
    amount: number,
    whole: boolean,
    onlyIfReserved: boolean,
    explainers: Explainers,
  ): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH o AS (UPDATE orders SET total_amount = CASE WHEN $4 THEN 0 ELSE total_amount - $3 END, status = CASE WHEN $4 THEN 'cancelled' ELSE status END
                   WHERE ticketing_id = $1 AND id = $2 AND status <> 'cancelled' AND (NOT $5 OR status = 'reserved') RETURNING 1)
       SELECT guichet_require(count(*) = 1, CASE WHEN $5 THEN 'ORDER_NOT_RESERVED' ELSE 'ORDER_CANCELLED' END) FROM o`,
      [orderId, amount, whole, onlyIfReserved],
      explainers,
    );
  }

  /**
   * Issue 11, first of a split's statements: the reservation costs what its remaining tickets do —
   * relative, like a cancellation — and is locked for the rest of the write. Fails it
   * (`ORDER_NOT_SPLITTABLE`) unless it still is a reservation to pay on site.
   */
  async reduceForSplit(scope: TenantScope, orderId: string, amount: number, discount: number, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH o AS (UPDATE orders SET total_amount = total_amount - $3, discount_amount = GREATEST(discount_amount - $4, 0)
                   WHERE ticketing_id = $1 AND id = $2 AND status = 'reserved' AND payment_method = 'on_site' RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'ORDER_NOT_SPLITTABLE') FROM o`,
      [orderId, amount, discount],
      explainers,
    );
  }

  /**
   * The order split off a reservation, as part of the caller's write: a reservation of the same
   * customer (and account), channel, currency, language and registration, placed now with its own
   * number and secret. The promo code stays with the reservation (its use is given back once).
   * A taken number fails the write (`ORDER_NUMBER_TAKEN`).
   */
  async insertSplitOrder(
    scope: TenantScope,
    o: { fromOrderId: string; id: string; number: string; totalAmount: number; discountAmount: number; accessTokenHash: string; createdAt: Date },
    explainers: Explainers,
  ): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH n AS (
         INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount, promo_code, discount_amount,
                             customer_first_name, customer_last_name, customer_email, customer_phone, customer_id, account_id, language,
                             registration, access_token_hash, created_at, ticket_line, ticket_holder)
         SELECT $1, $3, $4, 'reserved', channel, payment_method, currency, $5, NULL, $6,
                customer_first_name, customer_last_name, customer_email, customer_phone, customer_id, account_id, language,
                registration, $7, $8, ticket_line, ticket_holder
           FROM orders WHERE ticketing_id = $1 AND id = $2
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'ORDER_NUMBER_TAKEN') FROM n`,
      [o.fromOrderId, o.id, o.number, o.totalAmount, o.discountAmount, o.accessTokenHash, o.createdAt],
      explainers,
    );
  }

  /**
   * Valid tickets go from one order to another with their ids, codes, seats and attendee data, as
   * part of the caller's write; fails it (`TICKETS_CHANGED`) unless every one still was valid and
   * the first order's, and (`SPLIT_TAKES_ALL`) if the first order has no valid ticket left.
   */
  async moveTickets(scope: TenantScope, fromOrderId: string, toOrderId: string, ticketIds: string[], explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH m AS (UPDATE tickets SET order_id = $3
                   WHERE ticketing_id = $1 AND order_id = $2 AND id = ANY($4::uuid[]) AND status = 'valid' RETURNING 1)
       SELECT guichet_require(count(*) = cardinality($4::uuid[]), 'TICKETS_CHANGED') FROM m`,
      [fromOrderId, toOrderId, ticketIds],
      explainers,
    );
    await this.db.deferWrite(
      scope,
      `SELECT guichet_require(EXISTS (SELECT 1 FROM tickets WHERE ticketing_id = $1 AND order_id = $2 AND status = 'valid'), 'SPLIT_TAKES_ALL')`,
      [fromOrderId],
      explainers,
    );
  }

  /** Whether a ticket of this ticketing has this id (any order). */
  async ticketExists(scope: TenantScope, ticketId: string): Promise<boolean> {
    return (await this.db.scoped(Ticket, scope).findOne({ id: ticketId })) !== null;
  }

  /**
   * Gives the order to a customer account, as part of the caller's write (or at once), unless another
   * account has it; true when the order is now the account's.
   */
  async linkToAccount(scope: TenantScope, orderId: string, accountId: string): Promise<{ get(): boolean }> {
    const rows = await this.db.deferQuery<{ id: string }>(
      scope,
      `UPDATE orders SET account_id = $3 WHERE ticketing_id = $1 AND id = $2 AND (account_id IS NULL OR account_id = $3) RETURNING id`,
      [orderId, accountId],
    );
    return rows.map((r) => r.length === 1);
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

  /**
   * Orders whose card payment did not come in time, in any ticketing, oldest deadline first (other
   * deadlines, e.g. an invoice's, have their own rules). `overdue_kept_at IS NULL` (never set on a card
   * order) lets the partial index `orders_payment_due_idx` serve it.
   */
  overdueUnpaid(now: Date, batch: number): Promise<{ ticketingId: string; orderId: string }[]> {
    return this.db.platformQuery(
      `SELECT ticketing_id AS "ticketingId", id AS "orderId" FROM orders
        WHERE status = 'reserved' AND payment_method = 'card' AND payment_due_at <= $1 AND overdue_kept_at IS NULL
        ORDER BY payment_due_at LIMIT $2`,
      [now, batch],
    );
  }

  /**
   * ADR 0052: invoice orders with something to do now, in any ticketing — a reminder due and not sent
   * (before the deadline), or the deadline passed. Orders kept past their deadline (part paid) are not read again.
   */
  invoiceDeadlinesDue(now: Date, batch: number): Promise<{ ticketingId: string; orderId: string }[]> {
    return this.db.platformQuery(
      `SELECT ticketing_id AS "ticketingId", id AS "orderId" FROM orders
        WHERE status = 'reserved' AND payment_method = 'invoice' AND payment_due_at IS NOT NULL AND overdue_kept_at IS NULL
          AND (payment_due_at <= $1
               OR (cardinality(invoice_reminder_days) > invoice_reminders_sent
                   AND created_at + invoice_reminder_days[invoice_reminders_sent + 1] * interval '1 day' <= $1))
        ORDER BY payment_due_at LIMIT $2`,
      [now, batch],
    );
  }

  /**
   * ADR 0052: records reminder `number` (1-based) as sent, and the ones before it — as part of the
   * caller's write; false when it already was (another sweep or job got there first) or the order no
   * longer awaits its invoice's payment. The lock of the UPDATE makes concurrent callers act once.
   */
  async markInvoiceReminder(scope: TenantScope, orderId: string, number: number): Promise<boolean> {
    const rows: unknown[] = await this.db.tenantQuery(
      scope,
      `UPDATE orders SET invoice_reminders_sent = $3
        WHERE ticketing_id = $1 AND id = $2 AND status = 'reserved' AND payment_method = 'invoice' AND invoice_reminders_sent < $3 RETURNING 1`,
      [orderId, number],
    );
    return rows.length === 1;
  }

  /** ADR 0052: the deadline passed with part of the order paid: kept for the organizer, once (false when it already was). */
  async keepOverdue(scope: TenantScope, orderId: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.tenantQuery(
      scope,
      `UPDATE orders SET overdue_kept_at = $3 WHERE ticketing_id = $1 AND id = $2 AND status = 'reserved' AND overdue_kept_at IS NULL RETURNING 1`,
      [orderId, at],
    );
    return rows.length === 1;
  }

  /** Which of these external references already name an order of the ticketing (ORD-13). */
  async importedReferences(scope: TenantScope, references: string[]): Promise<Set<string>> {
    if (!references.length) return new Set();
    const rows: { ref: string }[] = await this.db.tenantQuery(
      scope,
      `SELECT external_reference AS ref FROM orders WHERE ticketing_id = $1 AND external_reference = ANY($2::text[])`,
      [references],
    );
    return new Set(rows.map((r) => r.ref));
  }

  /**
   * PAY-5: the orders bank entries may pay — named by QR reference, number or id — or, with
   * `awaitingInvoice`, every invoice order still reserved (the candidates of a suggestion).
   */
  bankMatchOrders(
    scope: TenantScope,
    q: { qrReferences?: string[]; numbers?: string[]; ids?: string[]; awaitingInvoice?: boolean },
  ): Promise<BankMatchOrder[]> {
    return this.db.tenantQuery<BankMatchOrder>(
      scope,
      `SELECT id, number, qr_reference AS "qrReference", status, payment_method AS "paymentMethod", total_amount AS total, currency,
              customer_first_name AS "firstName", customer_last_name AS "lastName"
         FROM orders
        WHERE ticketing_id = $1 AND (qr_reference = ANY($2::text[]) OR number = ANY($3::text[]) OR id = ANY($4::uuid[])
              OR ($5 AND status = 'reserved' AND payment_method = 'invoice'))`,
      [q.qrReferences ?? [], q.numbers ?? [], q.ids ?? [], q.awaitingInvoice ?? false],
    );
  }

  findOrder(scope: TenantScope, id: string) {
    return this.db.scoped(Order, scope).findOne({ id });
  }

  /** The tickets of these orders, on these dates only (null: any), in each order's order. */
  ticketsOfOrders(scope: TenantScope, orderIds: string[], dateIds: string[] | null) {
    return this.db.tenantQuery<Ticket>(
      scope,
      `SELECT id, order_id AS "orderId", barcode, event_name AS "eventName", starts_at AS "startsAt", zone_name AS "zoneName",
              seat_label AS "seatLabel", price_name AS "priceName", status, scan_state AS "scanState", first_scanned_at AS "firstScannedAt"
         FROM tickets WHERE ticketing_id = $1 AND order_id = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR date_id = ANY($3::uuid[]))
        ORDER BY order_id, position`,
      [orderIds, dateIds],
    );
  }

  ticketsOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(Ticket, scope).find({ orderId }, { position: 'ASC' });
  }

  historyOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(OrderHistoryEntry, scope).find({ orderId }, { id: 'ASC' });
  }

  /** A page of orders matching the search, newest first, and how many match in all (the cursor aside). */
  async listOrders(
    scope: TenantScope,
    opts: { after: Keyset | null; limit: number; filter: OrderFilter },
  ): Promise<{ rows: OrderSummaryRow[]; total: number }> {
    const search = orderSearchSql(opts.filter);
    const params = [...search.params];
    const bind = (value: unknown) => `$${params.push(value) + 1}`;
    const page = opts.after ? `AND (o.created_at, o.id) < (${bind(opts.after.at)}, ${bind(opts.after.id)})` : '';
    const limit = bind(opts.limit + 1);
    const rows = await this.db.tenantQuery<OrderSummaryRow>(
      scope,
      `SELECT o.id, o.number, o.status, o.channel, o.payment_method AS "paymentMethod", o.currency,
                o.total_amount AS "totalAmount", o.promo_code AS "promoCode", o.discount_amount AS "discountAmount",
                o.customer_first_name AS "customerFirstName", o.customer_last_name AS "customerLastName",
                o.customer_email AS "customerEmail", o.customer_phone AS "customerPhone", o.customer_id AS "customerId",
                o.created_at AS "createdAt", o.paid_at AS "paidAt", o.language,
                (SELECT count(*)::int FROM tickets t WHERE t.ticketing_id = o.ticketing_id AND t.order_id = o.id) AS "ticketCount"
           FROM ${search.from}
          WHERE ${search.where} ${page}
          ORDER BY o.created_at DESC, o.id DESC
          LIMIT ${limit}`,
      params,
    );
    // A first page that holds every match is its own count (an exact look-up, most searches): no second query.
    if (!opts.after && rows.length <= opts.limit) return { rows, total: rows.length };
    const [{ total }] = await this.db.tenantQuery<{ total: number }>(
      scope,
      `SELECT count(*)::int AS total FROM ${search.from} WHERE ${search.where}`,
      search.params,
    );
    return { rows, total };
  }

  /** ADR 0043: every ticket of these dates with what a scanner needs to answer offline. */
  doorList(scope: TenantScope, dateIds: string[]): Promise<DoorListTicket[]> {
    return this.db.tenantQuery<DoorListTicket>(
      scope,
      `SELECT t.id, t.barcode, t.date_id AS "dateId", t.zone_id AS "zoneId", t.status, o.status = 'paid' AS paid, t.scan_state AS "scanState"
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        WHERE t.ticketing_id = $1 AND t.date_id = ANY($2::uuid[])
        ORDER BY t.date_id, t.id`,
      [dateIds],
    );
  }

  /** Must run inside a transaction: the row lock orders concurrent uploads of the same ticket. */
  async admitOffline(scope: TenantScope, ticketId: string, at: Date, direction: 'in' | 'out'): Promise<{ alreadyAdmitted: boolean; valid: boolean }> {
    const [before] = await this.db.tenantQuery<{ firstScannedAt: Date | null; status: TicketStatus }>(
      scope,
      `SELECT first_scanned_at AS "firstScannedAt", status FROM tickets WHERE ticketing_id = $1 AND id = $2 FOR UPDATE`,
      [ticketId],
    );
    // A ticket cancelled or replaced meanwhile keeps its state: the entry is reported, not recorded on it.
    await this.db.tenantQuery(
      scope,
      `UPDATE tickets SET scan_state = $4, first_scanned_at = LEAST(COALESCE(first_scanned_at, $3), $3)
        WHERE ticketing_id = $1 AND id = $2 AND status = 'valid'`,
      [ticketId, at, direction],
    );
    return { alreadyAdmitted: before?.firstScannedAt != null, valid: before?.status === 'valid' };
  }

  /**
   * Undoes an admission if the ticket is still where that scan put it: back to the state before, and
   * never first scanned if that scan was its first admission (its time is first_scanned_at).
   */
  async annulAdmission(scope: TenantScope, ticketId: string, scan: { at: Date; to: ScanState; before: ScanState }): Promise<ScanState | null> {
    const [row] = await this.db.tenantQuery<{ scanState: ScanState }>(
      scope,
      `UPDATE tickets SET scan_state = CASE WHEN first_scanned_at = $3 THEN 'unscanned' ELSE $5 END,
              first_scanned_at = CASE WHEN first_scanned_at = $3 THEN NULL ELSE first_scanned_at END
        WHERE ticketing_id = $1 AND id = $2 AND scan_state = $4
        RETURNING scan_state AS "scanState"`,
      [ticketId, scan.at, scan.to, scan.before],
    );
    return row?.scanState ?? null;
  }

  /** A supervisor admits a refused ticket: in, whatever its date, zone, payment or scan state — if it is still valid. */
  async admitByOverride(scope: TenantScope, ticketId: string, at: Date): Promise<Ticket | null> {
    const updated = await this.db.tenantQuery(
      scope,
      `UPDATE tickets SET scan_state = 'in', first_scanned_at = COALESCE(first_scanned_at, $3)
        WHERE ticketing_id = $1 AND id = $2 AND status = 'valid' RETURNING id`,
      [ticketId, at],
    );
    return updated.length ? this.db.scoped(Ticket, scope).findOne({ id: ticketId }) : null;
  }

  async orderIdOfTicket(scope: TenantScope, ticketId: string): Promise<string | null> {
    const [row] = await this.db.tenantQuery<{ orderId: string }>(scope, `SELECT order_id AS "orderId" FROM tickets WHERE ticketing_id = $1 AND id = $2`, [
      ticketId,
    ]);
    return row?.orderId ?? null;
  }

  async ticketPlaces(scope: TenantScope, ticketIds: string[]): Promise<{ ticketId: string; orderId: string; orderNumber: string; place: string }[]> {
    if (ticketIds.length === 0) return [];
    return this.db.tenantQuery(
      scope,
      `SELECT t.id AS "ticketId", t.order_id AS "orderId", o.number AS "orderNumber", coalesce(t.seat_label, t.zone_name) AS place
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
        WHERE t.ticketing_id = $1 AND t.id = ANY($2::uuid[])`,
      [ticketIds],
    );
  }

  async ticketIdByBarcode(scope: TenantScope, barcode: string): Promise<string | null> {
    const [row] = await this.db.tenantQuery<{ id: string }>(scope, `SELECT id FROM tickets WHERE ticketing_id = $1 AND barcode = $2`, [barcode]);
    return row?.id ?? null;
  }

  async datesOfTickets(scope: TenantScope, ticketIds: string[]): Promise<Map<string, string>> {
    if (!ticketIds.length) return new Map();
    const rows = await this.db.tenantQuery<{ id: string; dateId: string }>(
      scope,
      `SELECT id, date_id AS "dateId" FROM tickets WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`,
      [ticketIds],
    );
    return new Map(rows.map((r) => [r.id, r.dateId]));
  }

  /** Per date and zone, the valid tickets, those inside now and those that entered at least once. */
  doorFigures(scope: TenantScope, dateIds: string[]): Promise<DoorFigures[]> {
    return this.db.tenantQuery<DoorFigures>(
      scope,
      `SELECT date_id AS "dateId", zone_id AS "zoneId", min(event_name) AS "eventName", min(starts_at) AS "startsAt", min(zone_name) AS "zoneName",
              count(*)::int AS tickets, count(*) FILTER (WHERE scan_state = 'in')::int AS inside,
              count(*) FILTER (WHERE first_scanned_at IS NOT NULL)::int AS entered
         FROM tickets WHERE ticketing_id = $1 AND date_id = ANY($2::uuid[]) AND status = 'valid'
        GROUP BY date_id, zone_id ORDER BY min(starts_at), min(zone_name)`,
      [dateIds],
    );
  }

  /** How many valid tickets of each date are inside now. */
  async insideNow(scope: TenantScope, dateIds: string[]): Promise<Map<string, number>> {
    const rows = await this.db.tenantQuery<{ dateId: string; n: number }>(
      scope,
      `SELECT date_id AS "dateId", count(*)::int AS n FROM tickets
        WHERE ticketing_id = $1 AND date_id = ANY($2::uuid[]) AND status = 'valid' AND scan_state = 'in' GROUP BY date_id`,
      [dateIds],
    );
    return new Map(rows.map((r) => [r.dateId, r.n]));
  }

  /**
   * The door's one decision, one statement, so of devices racing on the same ticket exactly one sees
   * its UPDATE match: a valid, paid ticket of an allowed date and zone moves from the scan states the
   * move allows to the one it leads to. Returns the ticket as it is after the attempt.
   */
  async admit(
    scope: TenantScope,
    ticketId: string,
    at: Date,
    move: { from: ScanState[]; to: ScanState; dateIds: string[] | null; zoneIds: string[] | null },
  ): Promise<{ admitted: boolean; ticket: DoorTicket | null; orderPaid: boolean }> {
    // One round trip for the door's hot path (bench/scan): the conditional UPDATE, and the ticket with
    // its order's status to say why when it did not move. The outer SELECT sees the row as it was
    // before the UPDATE (a CTE's changes are not visible to its own statement), so a moved ticket
    // takes its new state from the UPDATE's RETURNING.
    const [row] = await this.db.tenantQuery<DoorTicket & { moved: boolean; orderPaid: boolean; movedState: ScanState; movedFirst: Date }>(
      scope,
      `WITH moved AS (
         UPDATE tickets SET scan_state = $4, first_scanned_at = COALESCE(first_scanned_at, $3)
          WHERE ticketing_id = $1 AND id = $2 AND status = 'valid' AND scan_state = ANY($5::text[])
            AND ($6::uuid[] IS NULL OR date_id = ANY($6::uuid[])) AND ($7::uuid[] IS NULL OR zone_id = ANY($7::uuid[]))
            -- A reservation (pay on site, a card payment not through yet) enters once it is paid.
            AND EXISTS (SELECT 1 FROM orders o WHERE o.ticketing_id = $1 AND o.id = tickets.order_id AND o.status = 'paid')
          RETURNING scan_state, first_scanned_at)
       SELECT t.id, t.status, t.date_id AS "dateId", t.zone_id AS "zoneId", t.scan_state AS "scanState",
              t.first_scanned_at AS "firstScannedAt", t.event_name AS "eventName", t.starts_at AS "startsAt",
              t.zone_name AS "zoneName", t.price_name AS "priceName", o.status = 'paid' AS "orderPaid",
              m.scan_state IS NOT NULL AS moved, m.scan_state AS "movedState", m.first_scanned_at AS "movedFirst"
         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
         LEFT JOIN moved m ON true
        WHERE t.ticketing_id = $1 AND t.id = $2`,
      [ticketId, at, move.to, move.from, move.dateIds, move.zoneIds],
    );
    if (!row) return { admitted: false, ticket: null, orderPaid: false };
    const { moved, orderPaid, movedState, movedFirst, ...ticket } = row;
    if (moved) Object.assign(ticket, { scanState: movedState, firstScannedAt: movedFirst });
    return { admitted: moved, ticket, orderPaid };
  }
}
