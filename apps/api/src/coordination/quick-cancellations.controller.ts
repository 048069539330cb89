import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, DeviceOnly, Principal, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { ControlProblems } from '../modules/control';
import { OrdersProblems } from '../modules/orders';
import { QuickCancellationRequest, QuickCancellationResponse } from './dto/quick-cancellation.dto';
import { QuickCancellations } from './quick-cancellations.service';

/** A door device's cancellation of unsold pre-printed tickets (CTL-4): control's rule, the orders' cancellation. */
@ApiTags('control')
@ApiBearerAuth()
@Controller('control/quick-cancellations')
export class QuickCancellationsController {
  constructor(private readonly quick: QuickCancellations) {}

  @Post()
  @HttpCode(200)
  @DeviceOnly()
  @ApiOperation({
    operationId: 'cancelTicketAtDoor',
    summary:
      'Quick cancellation (supervisor devices): a pre-printed ticket never scanned, whose order holds no money, is cancelled and its place goes back on sale — nothing is refunded',
  })
  @ApiOkResponse({ type: QuickCancellationResponse })
  @ApiProblems(
    ControlProblems.DOOR_SUPERVISOR_ONLY,
    ControlProblems.QUICK_CANCELLATION_CODE_UNKNOWN,
    ControlProblems.TICKET_ALREADY_SCANNED,
    ControlProblems.TICKET_SOLD,
    OrdersProblems.ORDER_ALREADY_CANCELLED,
    OrdersProblems.TICKETS_NOT_CANCELLABLE,
    OrdersProblems.INVOICE_ORDER_CANCELS_WHOLE,
    OrdersProblems.ORDER_NOT_AWAITING_PAYMENT,
  )
  cancelTicketAtDoor(
    @Scope() scope: TenantScope,
    @CurrentPrincipal() device: Principal,
    @Body() body: QuickCancellationRequest,
  ): Promise<QuickCancellationResponse> {
    return this.quick.cancelAtDoor(scope, device.id, body.code);
  }
}
