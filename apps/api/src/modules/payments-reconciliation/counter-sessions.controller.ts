import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { DomainError } from '../../platform/http/problem';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CounterViewer } from './counter-sessions.service';
import {
  CloseCounterSessionRequest,
  CounterReportResponse,
  CounterSessionResponse,
  CounterSessionsQuery,
  OpenCounterSessionRequest,
} from './dto/counter-session.dto';
import { PaymentsProblems } from './payments-reconciliation.errors';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

const MAX_REPORT_DAYS = 366;

/** The cash report: counter sessions (a clerk's shift at the drawer) and what the ledger says they took. */
@ApiTags('ticket-office')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/counter-sessions')
export class CounterSessionsController {
  constructor(
    private readonly payments: PaymentsReconciliationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'openCounterSession',
    summary: 'Open your counter session (shift) with the cash float in the drawer; one open session per user',
  })
  @ApiCreatedResponse({ type: CounterSessionResponse })
  @ApiProblems(PaymentsProblems.COUNTER_SESSION_ALREADY_OPEN)
  async openCounterSession(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: OpenCounterSessionRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CounterSessionResponse> {
    const ticketing = await this.tenancy.ticketing(scope);
    return this.payments.openCounterSession(scope, await this.viewer(scope, principal), body.openingFloat, ticketing.defaultCurrency);
  }

  @Get('current')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'getCurrentCounterSession', summary: 'Your open counter session, with what you took so far' })
  @ApiOkResponse({ type: CounterSessionResponse })
  @ApiProblems(PaymentsProblems.COUNTER_SESSION_NOT_FOUND)
  async getCurrentCounterSession(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CounterSessionResponse> {
    return this.payments.currentCounterSession(scope, await this.viewer(scope, principal));
  }

  @Get()
  @Roles('admin', 'manager', 'ticket_office', 'accounting')
  @ApiOperation({
    operationId: 'getCounterReport',
    summary: 'The cash report of the counter sessions opened in [from, to) — a clerk sees their own — with their totals per means of payment',
  })
  @ApiOkResponse({ type: CounterReportResponse })
  @ApiProblems(PaymentsProblems.COUNTER_REPORT_PERIOD_INVALID)
  async getCounterReport(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: CounterSessionsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CounterReportResponse> {
    const { from, to } = period(query);
    return this.payments.counterReport(scope, await this.viewer(scope, principal), from, to);
  }

  @Get('report.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @Roles('admin', 'manager', 'ticket_office', 'accounting')
  @ApiOperation({ operationId: 'downloadCounterReport', summary: 'The same cash report as CSV: one line per session, the net per means of payment' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(PaymentsProblems.COUNTER_REPORT_PERIOD_INVALID)
  async downloadCounterReport(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: CounterSessionsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string> {
    const { from, to } = period(query);
    return this.payments.counterReportCsv(scope, await this.viewer(scope, principal), from, to);
  }

  @Get(':sessionId')
  @Roles('admin', 'manager', 'ticket_office', 'accounting')
  @ApiOperation({ operationId: 'getCounterSession', summary: 'One counter session: float, takings per means of payment, expected and counted cash' })
  @ApiOkResponse({ type: CounterSessionResponse })
  @ApiProblems(PaymentsProblems.COUNTER_SESSION_NOT_FOUND)
  async getCounterSession(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('sessionId', UuidPipe) sessionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CounterSessionResponse> {
    return this.payments.counterSession(scope, await this.viewer(scope, principal), sessionId);
  }

  @Post(':sessionId/close')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'closeCounterSession', summary: 'Close a counter session with the cash counted in the drawer: the report says the difference' })
  @ApiOkResponse({ type: CounterSessionResponse })
  @ApiProblems(PaymentsProblems.COUNTER_SESSION_NOT_FOUND, PaymentsProblems.COUNTER_SESSION_CLOSED)
  async closeCounterSession(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('sessionId', UuidPipe) sessionId: string,
    @Body() body: CloseCounterSessionRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CounterSessionResponse> {
    return this.payments.closeCounterSession(scope, await this.viewer(scope, principal), sessionId, body.countedCash, body.note);
  }

  private async viewer(scope: TenantScope, principal: Principal): Promise<CounterViewer> {
    const [actor, role] = await Promise.all([this.tenancy.actorOf(principal.id), this.tenancy.roleIn(principal.id, scope.ticketingId)]);
    return { userId: principal.id, label: actor.label, seesAll: role !== 'ticket_office' };
  }
}

function period(query: CounterSessionsQuery): { from: Date; to: Date } {
  const from = new Date(query.from);
  const to = new Date(query.to);
  if (!(to > from) || to.getTime() - from.getTime() > MAX_REPORT_DAYS * 24 * 3600 * 1000)
    throw new DomainError(PaymentsProblems.COUNTER_REPORT_PERIOD_INVALID, `The period must run forward and span at most ${MAX_REPORT_DAYS} days`, [
      { field: 'to', message: `after \`from\`, at most ${MAX_REPORT_DAYS} days later` },
    ]);
  return { from, to };
}
