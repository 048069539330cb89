import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrderResponse, OrdersProblems } from '../modules/orders';
import { CoordinationService } from './coordination.service';
import { RecordPaymentRequest } from './dto/record-payment.dto';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders')
export class OrderPaymentsController {
  constructor(
    private readonly coordination: CoordinationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post(':orderId/payment')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'recordOrderPayment',
    summary: 'Record that a reserved order was paid (cash, card terminal, bank transfer): a payment in the ledger, the order paid, its gift vouchers usable',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND, OrdersProblems.ORDER_NOT_AWAITING_PAYMENT)
  async recordOrderPayment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: RecordPaymentRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.coordination.recordPayment(scope, orderId, body.method, await this.tenancy.actorOf(principal.id));
  }
}
