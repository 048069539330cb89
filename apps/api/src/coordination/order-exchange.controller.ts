import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrdersProblems } from '../modules/orders';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { CART_LINE_PROBLEMS, CART_STATE_PROBLEMS, SalesProblems } from '../modules/sales';
import { CoordinationService } from './coordination.service';
import { ExchangeTicketsRequest, ExchangeTicketsResponse } from './dto/exchange.dto';

/** TO-6: exchanging tickets at the counter. */
@ApiTags('ticket-office')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId')
export class OrderExchangeController {
  constructor(
    private readonly coordination: CoordinationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('exchange')
  @HttpCode(201)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'exchangeTickets',
    summary:
      'Exchange tickets of a paid order for those held in a counter cart (another date, zone or price), in one write: the old ones cancelled and their places back on sale, the new ones issued on the same order, the difference paid with tenders or refunded',
  })
  @ApiCreatedResponse({ type: ExchangeTicketsResponse })
  @ApiProblems(
    OrdersProblems.ORDER_NOT_FOUND,
    OrdersProblems.ORDER_NOT_EXCHANGEABLE,
    OrdersProblems.ORDER_ALREADY_CANCELLED,
    OrdersProblems.TICKET_NOT_IN_ORDER,
    OrdersProblems.TICKETS_NOT_CANCELLABLE,
    OrdersProblems.NO_VALID_TICKETS,
    ...CART_STATE_PROBLEMS,
    ...CART_LINE_PROBLEMS,
    SalesProblems.CART_CURRENCY_MISMATCH,
    PaymentsProblems.TENDERS_INVALID,
    PaymentsProblems.REFUND_EXCEEDS_PAID,
  )
  async exchangeTickets(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: ExchangeTicketsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ExchangeTicketsResponse> {
    return this.coordination.exchangeTickets(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }
}
