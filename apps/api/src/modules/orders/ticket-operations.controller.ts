import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrderResponse } from './dto/order.dto';
import { ApplyTicketOperationRequest, SelectedTicketsQuery } from './dto/ticket-operations.dto';
import { OrdersProblems } from './orders.errors';
import { OrdersService } from './orders.service';

/** ORD-11: operations on selected tickets of an order, in bulk, and their download. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId/tickets')
export class TicketOperationsController {
  constructor(
    private readonly orders: OrdersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('operations')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'applyTicketOperation',
    summary:
      'Apply one operation to selected tickets of the order — set unscanned, scanned in, scanned out, blacklisted, or reissue (new codes, sent only when the order is resent). ' +
      'All or nothing: a ticket that refuses it (cancelled, replaced, blacklisted) refuses the request, named in `errors` and `ticketId`. Written to the order’s history.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(
    OrdersProblems.ORDER_NOT_FOUND,
    OrdersProblems.ORDER_ALREADY_CANCELLED,
    OrdersProblems.TICKET_NOT_IN_ORDER,
    OrdersProblems.TICKET_CANCELLED,
    OrdersProblems.TICKET_REPLACED,
    OrdersProblems.TICKET_BLACKLISTED,
    OrdersProblems.TICKETS_NOT_CANCELLABLE,
  )
  async applyTicketOperation(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: ApplyTicketOperationRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.orders.applyTicketOperation(scope, orderId, body.operation, body.ticketIds, await this.tenancy.actorOf(principal.id));
  }

  @Get('selection.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadSelectedTickets', summary: 'Only the selected tickets of the order as one PDF (each must be valid)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(
    OrdersProblems.ORDER_NOT_FOUND,
    OrdersProblems.TICKET_NOT_IN_ORDER,
    OrdersProblems.TICKET_CANCELLED,
    OrdersProblems.TICKET_REPLACED,
    OrdersProblems.TICKET_BLACKLISTED,
  )
  async downloadSelectedTickets(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: SelectedTicketsQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const ids = [...new Set(query.ticketIds.toLowerCase().split(','))];
    const { number, pdf } = await this.orders.renderSelectedTickets(scope, orderId, ids);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="billets-${number}-selection.pdf"`).send(pdf);
  }
}
