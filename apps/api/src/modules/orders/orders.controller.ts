import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { documentLanguage } from '../../platform/documents/words';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { DownloadTicketsQuery, ListOrdersQuery, OrderPage, OrderResponse, ResendOrderRequest } from './dto/order.dto';
import { OrdersProblems } from './orders.errors';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly tenancy: TenancyService,
  ) {}

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

  @Post(':orderId/resend')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'resendOrder',
    summary: 'Send the order email with its existing tickets (or the payment receipt) again to the contact address: no new order, no new tickets',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND, OrdersProblems.ORDER_ALREADY_CANCELLED, OrdersProblems.ORDER_HAS_NO_EMAIL)
  async resendOrder(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Body() body: ResendOrderRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderResponse> {
    return this.orders.resend(scope, orderId, body.what, await this.tenancy.actorOf(principal.id));
  }

  @Get(':orderId/tickets.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({
    operationId: 'downloadOrderTickets',
    summary: "The order's valid tickets as one PDF: A6 pages (with its gift vouchers), or one ticket per 80 mm page for a thermal printer",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
  async downloadOrderTickets(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: DownloadTicketsQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { number, pdf } = await this.orders.renderTickets(scope, orderId, query);
    const name = query.format === 'thermal' ? `billets-80mm-${number}.pdf` : `billets-${number}.pdf`;
    await reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${name}"`).send(pdf);
  }

  @Get(':orderId/receipt.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({
    operationId: 'downloadOrderReceipt',
    summary: "The order's receipt for an 80 mm thermal printer: its lines, total, and every payment and refund of its ledger",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND)
  async downloadOrderReceipt(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { number, language, pdf } = await this.orders.renderReceipt(scope, orderId);
    const name = documentLanguage(language).words.slip.fileName(number);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${name}"`).send(pdf);
  }

  @Get(':orderId/invoice.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadOrderInvoice', summary: "An invoice order's invoice, with its QR-bill for what is due" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND, OrdersProblems.ORDER_NOT_INVOICED)
  async downloadOrderInvoice(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { number, pdf } = await this.orders.renderInvoice(scope, orderId);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="facture-${number}.pdf"`).send(pdf);
  }
}
