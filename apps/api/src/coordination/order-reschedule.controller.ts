import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogProblems } from '../modules/catalog';
import { OrderResponse, OrdersProblems } from '../modules/orders';
import { CoordinationService } from './coordination.service';
import { RescheduleOrderRequest } from './dto/reschedule.dto';

/** ORD-12: moving an order to another date of its event. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId')
export class OrderRescheduleController {
  constructor(
    private readonly coordination: CoordinationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('reschedule')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'rescheduleOrder',
    summary:
      'Move the order’s valid tickets to another date of the same event, in one write: the same seat when it is free on that date, else the best free seat of the zone; ' +
      'general-admission places re-checked; new tickets with new codes (the old ones refused at the door); the old places back on sale; the new tickets emailed only if asked.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(
    OrdersProblems.ORDER_NOT_FOUND,
    OrdersProblems.ORDER_ALREADY_CANCELLED,
    OrdersProblems.NO_VALID_TICKETS,
    OrdersProblems.ORDER_SPANS_EVENTS,
    OrdersProblems.RESCHEDULE_DATE_NOT_OF_EVENT,
    OrdersProblems.RESCHEDULE_DATE_CANCELLED,
    OrdersProblems.RESCHEDULE_DATE_PAST,
    OrdersProblems.RESCHEDULE_SAME_DATE,
    OrdersProblems.RESCHEDULE_PRICE_NOT_ON_DATE,
    OrdersProblems.RESCHEDULE_NO_SEATS,
    OrdersProblems.TICKETS_NOT_CANCELLABLE,
    CatalogProblems.CAPACITY_EXCEEDED,
    CatalogProblems.SEATS_TAKEN,
  )
  async rescheduleOrder(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: RescheduleOrderRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.coordination.rescheduleOrder(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }
}
