import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ListOrdersQuery, OrderPage, OrderResponse, RecordPaymentRequest } from './dto/order.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  @ApiOperation({ operationId: 'listOrders', summary: 'List and search orders, newest first' })
  @ApiOkResponse({ type: OrderPage })
  @ApiProblems(400, 401, 404)
  listOrders(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListOrdersQuery): Promise<OrderPage> {
    return this.orders.listOrders(scope, query);
  }

  @Get(':orderId')
  @ApiOperation({ operationId: 'getOrder', summary: 'An order with its tickets and history timeline' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, 401, 404)
  getOrder(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('orderId', UuidPipe) orderId: string): Promise<OrderResponse> {
    return this.orders.getOrder(scope, orderId);
  }

  @Post(':orderId/payment')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'recordOrderPayment',
    summary: 'Record that a reserved order was paid (cash, card terminal, bank transfer): it becomes paid, and so do the gift vouchers it bought',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, 401, 403, 404, 409)
  recordOrderPayment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: RecordPaymentRequest,
    @CurrentPrincipal() user: Principal,
  ): Promise<OrderResponse> {
    return this.orders.recordPayment(scope, orderId, body.method, user.id);
  }

  @Get(':orderId/tickets.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadOrderTickets', summary: "The order's valid tickets as one PDF" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 401, 404)
  async downloadOrderTickets(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { number, pdf } = await this.orders.renderTickets(scope, orderId);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="billets-${number}.pdf"`).send(pdf);
  }
}
