import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrderResponse, OrdersProblems } from '../modules/orders';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { SalesProblems } from '../modules/sales';
import { CoordinationService } from './coordination.service';
import { CancelOrderRequest, CancelOrderTicketsRequest, RefundRequest } from './dto/order-changes.dto';
import { RecordPaymentRequest } from './dto/record-payment.dto';

const CANCEL_PROBLEMS = [
  OrdersProblems.ORDER_NOT_FOUND,
  OrdersProblems.ORDER_ALREADY_CANCELLED,
  OrdersProblems.NO_VALID_TICKETS,
  OrdersProblems.TICKETS_NOT_CANCELLABLE,
  PaymentsProblems.REFUND_EXCEEDS_PAID,
  SalesProblems.GIFT_VOUCHER_CREDIT_REFUSED,
];

/** The ⋯ actions of an order that reach beyond orders: payment received, cancellation, refund. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId')
export class OrderChangesController {
  constructor(
    private readonly coordination: CoordinationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('payment')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'recordOrderPayment',
    summary: 'Record that a reserved order was paid (cash, card terminal, bank transfer): a payment in the ledger, the order paid, its gift vouchers usable',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND, OrdersProblems.ORDER_NOT_AWAITING_PAYMENT, OrdersProblems.ORDER_CHANGED, PaymentsProblems.TENDERS_INVALID)
  async recordOrderPayment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: RecordPaymentRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.coordination.recordPayment(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'cancelOrder',
    summary:
      'Cancel the whole order: its tickets become invalid at the door and their places go back on sale, its promo code use is given back, the gift vouchers it sold are cancelled. Cancelling refunds nothing unless a refund is given.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(...CANCEL_PROBLEMS, SalesProblems.GIFT_VOUCHERS_SPENT)
  async cancelOrder(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: CancelOrderRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.coordination.cancelOrder(scope, orderId, null, body, await this.tenancy.actorOf(principal.id));
  }

  @Post('tickets/cancel')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'cancelOrderTickets',
    summary:
      'Cancel selected tickets of an order: invalid at the door, their places back on sale, the order costs less. Refunds nothing unless a refund is given. Not for an invoice order awaiting payment (cancel it whole).',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(...CANCEL_PROBLEMS, OrdersProblems.TICKET_NOT_IN_ORDER, OrdersProblems.INVOICE_ORDER_CANCELS_WHOLE)
  async cancelOrderTickets(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: CancelOrderTicketsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.coordination.cancelOrder(scope, orderId, body.ticketIds, body, await this.tenancy.actorOf(principal.id));
  }

  @Post('refunds')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office', 'accounting')
  @ApiOperation({
    operationId: 'refundOrder',
    summary: 'Give back part or all of what the order received, by a method, with a reason (a refund in the ledger)',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND, PaymentsProblems.REFUND_EXCEEDS_PAID, SalesProblems.GIFT_VOUCHER_CREDIT_REFUSED)
  async refundOrder(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: RefundRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.coordination.refundOrder(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }
}
