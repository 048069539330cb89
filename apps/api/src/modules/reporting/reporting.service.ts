import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { money } from '../../platform/http/money.dto';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersService } from '../orders';
import { PaymentsReconciliationService } from '../payments-reconciliation';
import { SalesReportQuery, SalesReportResponse, SalesReportTotalResponse } from './dto/sales-report.dto';
import { salesReport } from './sales-report';

/**
 * Reporting façade: figures read from the modules that hold them (orders, the ledger), put together
 * here. It only reads; it owns no table.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
  ) {}

  async salesReport(scope: TenantScope, query: SalesReportQuery): Promise<SalesReportResponse> {
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : this.clock.now();
    if (from && from >= to) throw new ValidationFailedError([{ field: 'to', message: 'must be after from' }]);

    const [sales, commission, refunds] = await Promise.all([
      this.orders.eventSales(scope, from, to),
      this.payments.commissionByEvent(scope, from, to),
      this.payments.refundsByOrder(scope, from, to),
    ]);
    const shares = await this.orders.orderEventShares(
      scope,
      refunds.map((r) => r.orderId),
    );
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
        eventId: l.eventId,
        eventName: l.eventName,
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
    return { from: from?.toISOString() ?? null, to: to.toISOString(), lines, totals: [...totals.values()] };
  }
}
