import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { AddOrderCommentRequest, OrderCommentResponse, UpdateOrderContactRequest } from './dto/customer.dto';
import { OrderResponse } from './dto/order.dto';
import { CustomersService } from './customers.service';
import { OrdersProblems } from './orders.errors';

/** Customer service on an order: its contact (ORD-3) and the team's comments (ORD-10). */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId')
export class OrderContactController {
  constructor(
    private readonly customers: CustomersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Put('contact')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'updateOrderContact',
    summary: 'Correct the order’s contact (email, name, mobile): logged with before and after; a new email moves the order to that email’s customer',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
  async updateOrderContact(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: UpdateOrderContactRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.customers.updateOrderContact(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }

  @Get('comments')
  @ApiOperation({ operationId: 'listOrderComments', summary: 'The comments on this purchase and on its buyer, oldest first' })
  @ApiOkResponse({ type: [OrderCommentResponse] })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
  listOrderComments(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
  ): Promise<OrderCommentResponse[]> {
    return this.customers.listOrderComments(scope, orderId);
  }

  @Post('comments')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'addOrderComment', summary: 'Comment on this purchase, or on its buyer (then shown on every order of theirs)' })
  @ApiCreatedResponse({ type: OrderCommentResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
  async addOrderComment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: AddOrderCommentRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderCommentResponse> {
    return this.customers.addOrderComment(scope, orderId, body, await this.tenancy.actorOf(principal.id));
  }
}
