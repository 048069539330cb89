import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { UuidPipe } from '../platform/http/validation';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrdersProblems } from '../modules/orders';
import { CoordinationService } from './coordination.service';
import { SplitReservationRequest, SplitReservationResponse } from './dto/split-reservation.dto';

/** Issue 11: « Scinder la réservation » — validating part of a reservation at the counter. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId')
export class OrderSplitController {
  constructor(
    private readonly coordination: CoordinationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('split')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'splitReservation',
    summary:
      'Split a reservation to pay on site: the selected valid tickets (not all) move, with their codes and seats, to a new order paid now at the counter ' +
      '(a payment in the ledger, its confirmation emailed); the reservation keeps the others and costs less. Places stay sold. Both histories name the other order.',
  })
  @ApiCreatedResponse({ type: SplitReservationResponse })
  @ApiProblems(
    OrdersProblems.ORDER_NOT_FOUND,
    OrdersProblems.ORDER_NOT_SPLITTABLE,
    OrdersProblems.SPLIT_NO_TICKETS,
    OrdersProblems.SPLIT_ALL_TICKETS,
    OrdersProblems.SPLIT_TICKET_NOT_VALID,
    OrdersProblems.TICKET_NOT_IN_ORDER,
    OrdersProblems.TICKET_NOT_FOUND,
    PaymentsProblems.TENDERS_INVALID,
  )
  async splitReservation(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: SplitReservationRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SplitReservationResponse> {
    return this.coordination.splitReservation(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }
}
