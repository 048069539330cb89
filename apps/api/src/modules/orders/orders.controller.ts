import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ListOrdersQuery, OrderPage, OrderResponse } from './dto/order.dto';
import { OrdersProblems } from './orders.errors';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  @ApiOperation({ operationId: 'listOrders', summary: 'List and search orders, newest first' })
  @ApiOkResponse({ type: OrderPage })
  listOrders(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListOrdersQuery): Promise<OrderPage> {
    return this.orders.listOrders(scope, query);
  }

  @Get(':orderId')
  @ApiOperation({ operationId: 'getOrder', summary: 'An order with its tickets and history timeline' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
  getOrder(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('orderId', UuidPipe) orderId: string): Promise<OrderResponse> {
    return this.orders.getOrder(scope, orderId);
  }

  @Get(':orderId/tickets.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadOrderTickets', summary: "The order's valid tickets as one PDF" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
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
