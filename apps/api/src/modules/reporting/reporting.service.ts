import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Clock } from '../../platform/clock/clock';
import { money } from '../../platform/http/money.dto';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersService, SalesDimension } from '../orders';
import { PaymentsReconciliationService } from '../payments-reconciliation';
import {
  DailySalesQuery,
  DailySalesResponse,
  OpenInvoiceResponse,
  OpenInvoicesReportResponse,
  OpenInvoicesTotalResponse,
  PaymentsReportResponse,
  PaymentsReportTotalResponse,
  ReportPeriodQuery,
  SalesReportQuery,
  SalesReportResponse,
  SalesReportTotalResponse,
} from './dto/reports.dto';
import { salesReport } from './sales-report';

const DAY_MS = 86_400_000;
/** The sales chart's default span, and the longest it draws (one bar per day). */
const CHART_DAYS = 30;
const CHART_MAX_DAYS = 732;
/** The age bands of open invoices, in days since issue (the last one open-ended). */
const AGE_BANDS: [number, number | null][] = [
  [0, 30],
  [31, 60],
  [61, 90],
  [91, null],
];

/** An amount in major units for a CSV cell (12.50): spreadsheets read it as a number. */
const units = (minor: number) => (minor / 100).toFixed(2);

/**
 * Reporting façade (ORD-15, PAY-6, PLT-7): figures read from the modules that hold them (orders,
 * the ledger), put together here. It only reads; it owns no table.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
  ) {}

  async salesReport(scope: TenantScope, query: SalesReportQuery): Promise<SalesReportResponse> {
    const by: SalesDimension = query.by ?? 'event';
    const { from, to } = this.period(query);
    const [sales, charges, refunds] = await Promise.all([
      this.orders.salesBy(scope, by, from, to),
      this.payments.commissionCharges(scope, from, to),
      this.payments.refundsByOrder(scope, from, to),
    ]);
    const [commission, shares] = await Promise.all([
      this.orders.sumByGroup(scope, by, charges),
      this.orders.orderShares(
        scope,
        by,
        refunds.map((r) => r.orderId),
      ),
    ]);
    const report = salesReport({ sales, commission, refunds, shares });

    const totals = new Map<string, SalesReportTotalResponse>();
    const total = (currency: string) => {
      let t = totals.get(currency);
      if (!t) {
        const zero = money(0, currency);
        t = {
          soldTickets: 0,
          cancelledTickets: 0,
          invitationTickets: 0,
          sold: zero,
          cancelled: zero,
          revenue: zero,
          refunds: zero,
          otherRefunds: zero,
          commission: zero,
        };
        totals.set(currency, t);
      }
      return t;
    };
    const add = (a: { amount: number; currency: string }, b: number) => money(a.amount + b, a.currency);
    const lines = report.lines.map((l) => {
      const t = total(l.currency);
      t.soldTickets += l.soldTickets;
      t.cancelledTickets += l.cancelledTickets;
      t.invitationTickets += l.invitationTickets;
      t.sold = add(t.sold, l.sold);
      t.cancelled = add(t.cancelled, l.cancelled);
      t.revenue = add(t.revenue, l.sold - l.cancelled);
      t.refunds = add(t.refunds, l.refunds);
      t.commission = add(t.commission, l.commission);
      return {
        key: l.key,
        label: l.label,
        eventId: l.eventId,
        eventName: l.eventName,
        startsAt: l.startsAt ? new Date(l.startsAt).toISOString() : null,
        soldTickets: l.soldTickets,
        cancelledTickets: l.cancelledTickets,
        invitationTickets: l.invitationTickets,
        sold: money(l.sold, l.currency),
        cancelled: money(l.cancelled, l.currency),
        revenue: money(l.sold - l.cancelled, l.currency),
        refunds: money(l.refunds, l.currency),
        commission: money(l.commission, l.currency),
      };
    });
    for (const [currency, amount] of report.otherRefunds) {
      const t = total(currency);
      t.otherRefunds = add(t.otherRefunds, amount);
      t.refunds = add(t.refunds, amount);
    }
    return { by, from: from?.toISOString() ?? null, to: to.toISOString(), lines, totals: [...totals.values()] };
  }

  /** The sales report as CSV: one row per line, amounts in major units. */
  async salesReportCsv(scope: TenantScope, query: SalesReportQuery): Promise<string> {
    const r = await this.salesReport(scope, query);
    return stringify([
      [
        r.by,
        'label',
        'event',
        'starts_at',
        'currency',
        'sold_tickets',
        'cancelled_tickets',
        'invitation_tickets',
        'sold',
        'cancelled',
        'revenue',
        'refunds',
        'commission',
      ],
      ...r.lines.map((l) => [
        l.key,
        l.label,
        l.eventName ?? '',
        l.startsAt ?? '',
        l.sold.currency,
        l.soldTickets,
        l.cancelledTickets,
        l.invitationTickets,
        units(l.sold.amount),
        units(l.cancelled.amount),
        units(l.revenue.amount),
        units(l.refunds.amount),
        units(l.commission.amount),
      ]),
      ...r.totals.map((t) => [
        'total',
        '',
        '',
        '',
        t.sold.currency,
        t.soldTickets,
        t.cancelledTickets,
        t.invitationTickets,
        units(t.sold.amount),
        units(t.cancelled.amount),
        units(t.revenue.amount),
        units(t.refunds.amount),
        units(t.commission.amount),
      ]),
    ]);
  }

  /** PAY-6: payments and refunds of the period by method, from the ledger. */
  async paymentsReport(scope: TenantScope, query: ReportPeriodQuery): Promise<PaymentsReportResponse> {
    const { from, to } = this.period(query);
    const rows = await this.payments.methodTotals(scope, from, to);
    const totals = new Map<string, PaymentsReportTotalResponse>();
    const lines = rows.map((r) => {
      const t = totals.get(r.currency) ?? {
        payments: 0,
        received: money(0, r.currency),
        refunds: 0,
        refunded: money(0, r.currency),
        net: money(0, r.currency),
      };
      t.payments += r.payments;
      t.refunds += r.refunds;
      t.received = money(t.received.amount + r.received, r.currency);
      t.refunded = money(t.refunded.amount + r.refunded, r.currency);
      t.net = money(t.received.amount - t.refunded.amount, r.currency);
      totals.set(r.currency, t);
      return {
        method: r.method,
        payments: r.payments,
        received: money(r.received, r.currency),
        refunds: r.refunds,
        refunded: money(r.refunded, r.currency),
        net: money(r.received - r.refunded, r.currency),
      };
    });
    return { from: from?.toISOString() ?? null, to: to.toISOString(), lines, totals: [...totals.values()] };
  }

  async paymentsReportCsv(scope: TenantScope, query: ReportPeriodQuery): Promise<string> {
    const r = await this.paymentsReport(scope, query);
    const row = (method: string, l: PaymentsReportTotalResponse) => [
      method,
      l.received.currency,
      l.payments,
      units(l.received.amount),
      l.refunds,
      units(l.refunded.amount),
      units(l.net.amount),
    ];
    return stringify([
      ['method', 'currency', 'payments', 'received', 'refunds', 'refunded', 'net'],
      ...r.lines.map((l) => row(l.method, l)),
      ...r.totals.map((t) => row('total', t)),
    ]);
  }

  /** Invoice orders awaiting payment now, with their age, what is due and the totals by age band. */
  async openInvoices(scope: TenantScope): Promise<OpenInvoicesReportResponse> {
    const now = this.clock.now();
    const open = await this.orders.openInvoices(scope);
    const ledgers = await this.payments.ledgers(
      scope,
      open.map((o) => o.orderId),
    );
    const invoices: OpenInvoiceResponse[] = open.map((o) => {
      const ledger = ledgers.get(o.orderId);
      const paid = (ledger?.paid ?? 0) - (ledger?.refunded ?? 0);
      const dueAt = o.dueAt ? new Date(o.dueAt) : null;
      return {
        orderId: o.orderId,
        number: o.number,
        customerName: `${o.firstName} ${o.lastName}`.trim(),
        customerEmail: o.email,
        issuedAt: new Date(o.issuedAt).toISOString(),
        dueAt: dueAt?.toISOString() ?? null,
        ageDays: Math.max(0, Math.floor((now.getTime() - new Date(o.issuedAt).getTime()) / DAY_MS)),
        daysOverdue: dueAt && dueAt < now ? Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS) : 0,
        kept: o.keptAt !== null,
        total: money(o.total, o.currency),
        paid: money(paid, o.currency),
        due: money(o.total - paid, o.currency),
      };
    });
    const totals = new Map<string, OpenInvoicesTotalResponse>();
    for (const i of invoices) {
      const c = i.total.currency;
      const t = totals.get(c) ?? {
        invoices: 0,
        due: money(0, c),
        overdue: money(0, c),
        ages: AGE_BANDS.map(([fromDays, toDays]) => ({ fromDays, toDays, invoices: 0, due: money(0, c) })),
      };
      t.invoices++;
      t.due = money(t.due.amount + i.due.amount, c);
      if (i.dueAt && new Date(i.dueAt) < now) t.overdue = money(t.overdue.amount + i.due.amount, c);
      const band = t.ages.find((b) => i.ageDays >= b.fromDays && (b.toDays === null || i.ageDays <= b.toDays))!;
      band.invoices++;
      band.due = money(band.due.amount + i.due.amount, c);
      totals.set(c, t);
    }
    return { asOf: now.toISOString(), invoices, totals: [...totals.values()] };
  }

  async openInvoicesCsv(scope: TenantScope): Promise<string> {
    const r = await this.openInvoices(scope);
    return stringify([
      ['number', 'customer', 'email', 'issued_at', 'due_at', 'age_days', 'days_overdue', 'kept', 'currency', 'total', 'paid', 'due'],
      ...r.invoices.map((i) => [
        i.number,
        i.customerName,
        i.customerEmail,
        i.issuedAt,
        i.dueAt ?? '',
        i.ageDays,
        i.daysOverdue,
        i.kept ? 'yes' : 'no',
        i.total.currency,
        units(i.total.amount),
        units(i.paid.amount),
        units(i.due.amount),
      ]),
    ]);
  }

  /** The sales chart: tickets and revenue per day and event, the last 30 days unless told. */
  async dailySales(scope: TenantScope, query: DailySalesQuery): Promise<DailySalesResponse> {
    const to = query.to ? new Date(query.to) : this.clock.now();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - CHART_DAYS * DAY_MS);
    if (from >= to) throw new ValidationFailedError([{ field: 'to', message: 'must be after from' }]);
    if (to.getTime() - from.getTime() > CHART_MAX_DAYS * DAY_MS)
      throw new ValidationFailedError([{ field: 'from', message: `at most ${CHART_MAX_DAYS} days before to` }]);
    const rows = await this.orders.dailySales(scope, from, to, query.eventId ?? null);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      lines: rows.map((r) => ({ day: r.day, eventId: r.eventId, eventName: r.eventName, tickets: r.tickets, revenue: money(r.amount, r.currency) })),
    };
  }

  private period(query: ReportPeriodQuery): { from: Date | null; to: Date } {
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : this.clock.now();
    if (from && from >= to) throw new ValidationFailedError([{ field: 'to', message: 'must be after from' }]);
    return { from, to };
  }
}
