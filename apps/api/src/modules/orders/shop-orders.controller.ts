import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { OrderAccessQuery, ShopOrderResponse } from './dto/order.dto';
import { OrdersProblems } from './orders.errors';
import { OrdersService } from './orders.service';

/** The customer's order in the shop, reachable with the secret from checkout or the email. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/orders')
export class ShopOrdersController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly orders: OrdersService,
  ) {}

  @Get(':orderId')
  @ApiOperation({ operationId: 'getShopOrder', summary: "The customer's order, with its access token" })
  @ApiOkResponse({ type: ShopOrderResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, OrdersProblems.ORDER_NOT_FOUND)
  async getShopOrder(@Param('slug') slug: string, @Param('orderId', UuidPipe) orderId: string, @Query() query: OrderAccessQuery): Promise<ShopOrderResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.orders.getShopOrder(scope, orderId, query.token);
  }

  @Get(':orderId/tickets.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadShopOrderTickets', summary: "The customer's tickets as one PDF" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, OrdersProblems.ORDER_NOT_FOUND)
  async downloadShopOrderTickets(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: OrderAccessQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    const { number, pdf } = await this.orders.renderShopTickets(scope, orderId, query.token);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="billets-${number}.pdf"`).send(pdf);
  }

  @Get(':orderId/invoice.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadShopOrderInvoice', summary: "The customer's invoice, with its QR-bill (an order paid by invoice)" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, OrdersProblems.ORDER_NOT_FOUND, OrdersProblems.ORDER_NOT_INVOICED)
  async downloadShopOrderInvoice(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: OrderAccessQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    const { number, pdf } = await this.orders.renderShopInvoice(scope, orderId, query.token);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="facture-${number}.pdf"`).send(pdf);
  }
}
