import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { InvoiceSettings } from './entities/invoice-settings.entity';
import { VatSettings } from './entities/vat-settings.entity';
import { Payment } from './entities/payment.entity';
import { Refund } from './entities/refund.entity';
import { CommissionRate } from './commission';
import { OrderLedger } from './ledger';

export type NewPayment = Omit<Payment, 'ticketingId'>;
export type NewRefund = Omit<Refund, 'ticketingId'>;

/** What came in and went back by one method in one currency. */
export interface MethodTotals {
  method: string;
  currency: string;
  payments: number;
  received: number;
  refunds: number;
  refunded: number;
}

@Injectable()
export class PaymentsReconciliationRepository {
  constructor(private readonly db: Database) {}

  /** Appends a payment as part of the caller's write (batch or transaction). */
  async insertPayment(scope: TenantScope, p: NewPayment): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO payments (ticketing_id, id, order_id, method, amount, currency, status, provider_reference, note, actor_kind, actor_id, actor_label, at, cash_given)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [p.id, p.orderId, p.method, p.amount, p.currency, p.status, p.providerReference, p.note, p.actorKind, p.actorId, p.actorLabel, p.at, p.cashGiven],
    );
  }

  /**
   * Appends a refund as part of the caller's write, never beyond what the order received: the order's
   * payment rows are locked first, so two refunds of one order are decided one after the other, and
   * the refund is written only if what was paid and not yet given back covers it (`REFUND_EXCEEDS_PAID`);
   * a refund to a gift voucher, only if gift vouchers paid that much.
   */
  async insertRefund(scope: TenantScope, r: NewRefund, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(scope, `SELECT 1 FROM payments WHERE ticketing_id = $1 AND order_id = $2 FOR UPDATE`, [r.orderId]);
    await this.db.deferWrite(
      scope,
      `WITH refundable AS (
         SELECT (SELECT coalesce(sum(amount), 0) FROM payments WHERE ticketing_id = $1 AND order_id = $3 AND status = 'succeeded' AND ($5::text <> 'gift_voucher' OR method = $5::text))
              - (SELECT coalesce(sum(amount), 0) FROM refunds WHERE ticketing_id = $1 AND order_id = $3 AND status <> 'failed' AND ($5::text <> 'gift_voucher' OR method = $5::text)) AS amount),
       r AS (
         INSERT INTO refunds (ticketing_id, id, order_id, payment_id, method, amount, currency, status, reason, provider_reference, note,
                              actor_kind, actor_id, actor_label, at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15 FROM refundable WHERE refundable.amount >= $6::int
         RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'REFUND_EXCEEDS_PAID') FROM r`,
      [
        r.id,
        r.orderId,
        r.paymentId,
        r.method,
        r.amount,
        r.currency,
        r.status,
        r.reason,
        r.providerReference,
        r.note,
        r.actorKind,
        r.actorId,
        r.actorLabel,
        r.at,
      ],
      explainers,
    );
  }

  /** Succeeded payments and refunds per order, in one query. */
  async ledgers(scope: TenantScope, orderIds: string[]): Promise<Map<string, OrderLedger>> {
    if (!orderIds.length) return new Map();
    const rows = await this.db.tenantQuery<{ orderId: string; paid: number; refunded: number }>(
      scope,
      `SELECT order_id AS "orderId", sum(paid)::int AS paid, sum(refunded)::int AS refunded FROM (
         SELECT order_id, amount AS paid, 0 AS refunded FROM payments
          WHERE ticketing_id = $1 AND order_id = ANY($2::uuid[]) AND status = 'succeeded'
         UNION ALL
         SELECT order_id, 0, amount FROM refunds
          WHERE ticketing_id = $1 AND order_id = ANY($2::uuid[]) AND status = 'succeeded') l
       GROUP BY order_id`,
      [orderIds],
    );
    return new Map(rows.map((r) => [r.orderId, { paid: r.paid, refunded: r.refunded }]));
  }

  paymentsOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(Payment, scope).find({ orderId }, { at: 'ASC', id: 'ASC' });
  }

  refundsOf(scope: TenantScope, orderId: string) {
    return this.db.scoped(Refund, scope).find({ orderId }, { at: 'ASC', id: 'ASC' });
  }

  /** The ticketing's commission terms, or null when none were set. */
  async commissionTerms(scope: TenantScope): Promise<(CommissionRate & { updatedAt: Date; updatedBy: string }) | null> {
    const [row] = await this.db.tenantQuery<CommissionRate & { updatedAt: Date; updatedBy: string }>(
      scope,
      `SELECT fixed_amount AS "fixedAmount", rate_bp AS "rateBp", free_tickets AS "freeTickets", updated_at AS "updatedAt", updated_by AS "updatedBy"
         FROM commission_terms WHERE ticketing_id = $1`,
    );
    return row ?? null;
  }

  async saveCommissionTerms(scope: TenantScope, t: CommissionRate, at: Date, by: string): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO commission_terms (ticketing_id, fixed_amount, rate_bp, free_tickets, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (ticketing_id) DO UPDATE SET fixed_amount = $2, rate_bp = $3, free_tickets = $4, updated_at = $5, updated_by = $6`,
      [t.fixedAmount, t.rateBp, t.freeTickets, at, by],
    );
  }

  /** The ticketing's invoice settings, or null when none were set. */
  invoiceSettings(scope: TenantScope): Promise<InvoiceSettings | null> {
    return this.db.scoped(InvoiceSettings, scope).findOne({});
  }

  async saveInvoiceSettings(scope: TenantScope, s: Omit<InvoiceSettings, 'ticketingId'>): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO invoice_settings (ticketing_id, creditor_name, street, building_number, zip, city, country, qr_iban, payment_term_days, updated_at, updated_by,
                                     reminder_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::smallint[])
       ON CONFLICT (ticketing_id) DO UPDATE SET creditor_name = $2, street = $3, building_number = $4, zip = $5, city = $6, country = $7,
         qr_iban = $8, payment_term_days = $9, updated_at = $10, updated_by = $11, reminder_days = $12::smallint[]`,
      [s.creditorName, s.street, s.buildingNumber, s.zip, s.city, s.country, s.qrIban, s.paymentTermDays, s.updatedAt, s.updatedBy, s.reminderDays],
    );
  }

  /** TO-5: the ticketing's VAT number and rate, or null when none were set. */
  vatSettings(scope: TenantScope): Promise<VatSettings | null> {
    return this.db.scoped(VatSettings, scope).findOne({});
  }

  /** Sets them whole, or clears them (null). */
  async saveVatSettings(scope: TenantScope, s: Omit<VatSettings, 'ticketingId'> | null): Promise<void> {
    if (!s) return void (await this.db.deferWrite(scope, `DELETE FROM vat_settings WHERE ticketing_id = $1`, []));
    await this.db.deferWrite(
      scope,
      `INSERT INTO vat_settings (ticketing_id, vat_number, rate_bp, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ticketing_id) DO UPDATE SET vat_number = $2, rate_bp = $3, updated_at = $4, updated_by = $5`,
      [s.vatNumber, s.rateBp, s.updatedAt, s.updatedBy],
    );
  }

  /**
   * Appends one charge per ticket sold, at the ticketing's terms, as part of the sale's write — the
   * terms are read by the same statement, so a sale costs no extra round trip. The rule, in one place:
   * a fixed part plus the share of the price rounded half up to the minor unit; a free ticket is
   * charged nothing unless the terms say so. Without terms (or with zero terms) nothing is written.
   */
  async insertCommissionCharges(
    scope: TenantScope,
    c: { orderId: string; currency: string; at: Date; tickets: { chargeId: string; ticketId: string; eventId: string; price: number }[] },
  ): Promise<void> {
    if (!c.tickets.length) return;
    await this.db.deferWrite(
      scope,
      `INSERT INTO commission_charges (ticketing_id, id, order_id, ticket_id, event_id, amount, currency, at)
       SELECT $1, x.id, $2, x.ticket_id, x.event_id,
              CASE WHEN x.price = 0 AND NOT t.free_tickets THEN 0 ELSE t.fixed_amount + (x.price::bigint * t.rate_bp + 5000) / 10000 END,
              $3, $4
         FROM commission_terms t, unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::int[]) AS x(id, ticket_id, event_id, price)
        WHERE t.ticketing_id = $1 AND (t.fixed_amount > 0 OR t.rate_bp > 0)`,
      [
        c.orderId,
        c.currency,
        c.at,
        c.tickets.map((x) => x.chargeId),
        c.tickets.map((x) => x.ticketId),
        c.tickets.map((x) => x.eventId),
        c.tickets.map((x) => x.price),
      ],
    );
  }

  /** Each commission charge of sales between `from` and `to` (either open): the ticket it was charged on. */
  commissionCharges(scope: TenantScope, from: Date | null, to: Date | null): Promise<{ ticketId: string; currency: string; amount: number }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT ticket_id AS "ticketId", currency, amount FROM commission_charges
        WHERE ticketing_id = $1 AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)`,
      [from, to],
    );
  }

  /** PAY-6: succeeded payments and refunds per method and currency, made between `from` and `to` (either open). */
  methodTotals(scope: TenantScope, from: Date | null, to: Date | null): Promise<MethodTotals[]> {
    return this.db.tenantQuery<MethodTotals>(
      scope,
      `SELECT method, currency,
              count(*) FILTER (WHERE kind = 'payment')::int AS payments, coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)::int AS received,
              count(*) FILTER (WHERE kind = 'refund')::int AS refunds, coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0)::int AS refunded
         FROM (SELECT 'payment' AS kind, method, currency, amount FROM payments
                WHERE ticketing_id = $1 AND status = 'succeeded' AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
               UNION ALL
               SELECT 'refund', method, currency, amount FROM refunds
                WHERE ticketing_id = $1 AND status = 'succeeded' AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)) m
        GROUP BY method, currency
        ORDER BY currency, method`,
      [from, to],
    );
  }

  /** Succeeded refunds per order, for refunds made between `from` and `to` (either open). */
  refundsByOrder(scope: TenantScope, from: Date | null, to: Date | null): Promise<{ orderId: string; currency: string; amount: number }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT order_id AS "orderId", currency, sum(amount)::int AS amount FROM refunds
        WHERE ticketing_id = $1 AND status = 'succeeded' AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
        GROUP BY order_id, currency`,
      [from, to],
    );
  }
}
