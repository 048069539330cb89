import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import {
  DailySalesQuery,
  DailySalesResponse,
  OpenInvoicesReportResponse,
  PaymentsReportResponse,
  ReportPeriodQuery,
  SalesReportQuery,
  SalesReportResponse,
} from './dto/reports.dto';
import { ReportingService } from './reporting.service';

const CSV = { description: 'CSV (UTF-8, comma-separated, a header row; amounts in major units)', content: { 'text/csv': { schema: { type: 'string' } } } };

/** PLT-7: every report as JSON for the backoffice and integrators, and as CSV for spreadsheets. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/reports')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @Get('sales')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'getSalesReport',
    summary:
      'Sales of orders placed in a period by event, date, price or channel: tickets sold and cancelled, revenue, refunds, platform commission (ORD-15, PLT-7)',
  })
  @ApiOkResponse({ type: SalesReportResponse })
  getSalesReport(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: SalesReportQuery): Promise<SalesReportResponse> {
    return this.reporting.salesReport(scope, query);
  }

  @Get('sales.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'downloadSalesReport', summary: 'The same sales report as CSV: one row per line, then one total row per currency' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  downloadSalesReport(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: SalesReportQuery): Promise<string> {
    return this.reporting.salesReportCsv(scope, query);
  }

  @Get('payments')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'getPaymentsReport',
    summary: 'Payments received and refunds made in a period, by method and currency, from the ledger (PAY-6)',
  })
  @ApiOkResponse({ type: PaymentsReportResponse })
  getPaymentsReport(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: ReportPeriodQuery,
  ): Promise<PaymentsReportResponse> {
    return this.reporting.paymentsReport(scope, query);
  }

  @Get('payments.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'downloadPaymentsReport', summary: 'The same payments report as CSV: one row per method and currency, then the totals' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  downloadPaymentsReport(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ReportPeriodQuery): Promise<string> {
    return this.reporting.paymentsReportCsv(scope, query);
  }

  @Get('open-invoices')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'getOpenInvoicesReport',
    summary: 'Invoice orders awaiting payment now: age, deadline, what is still due, totals by age band (PAY-4)',
  })
  @ApiOkResponse({ type: OpenInvoicesReportResponse })
  getOpenInvoicesReport(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<OpenInvoicesReportResponse> {
    return this.reporting.openInvoices(scope);
  }

  @Get('open-invoices.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'downloadOpenInvoicesReport', summary: 'The same open invoices as CSV: one row per invoice' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  downloadOpenInvoicesReport(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<string> {
    return this.reporting.openInvoicesCsv(scope);
  }

  @Get('daily-sales')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'getDailySales',
    summary: 'Tickets sold and revenue per day and event (Europe/Zurich days), for the sales chart; the last 30 days unless told',
  })
  @ApiOkResponse({ type: DailySalesResponse })
  getDailySales(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: DailySalesQuery): Promise<DailySalesResponse> {
    return this.reporting.dailySales(scope, query);
  }
}
