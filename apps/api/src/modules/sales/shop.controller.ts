import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { PageQuery } from '../../platform/http/pagination';
import { UuidPipe } from '../../platform/http/validation';
import { DateSeatMapResponse } from '../catalog';
import { OrderAccessQuery, OrdersService, ShopOrderResponse } from '../orders';
import { CartResponse, CheckoutRequest, CheckoutResponse, CreateCartRequest, SetCartGiftVouchersRequest } from './dto/cart.dto';
import { ApplyGiftVoucherRequest } from './dto/gift-voucher.dto';
import { ApplyPromoCodeRequest } from './dto/promo-code.dto';
import { ShopEventPage, ShopEventResponse, ShopResponse } from './dto/shop.dto';
import { GiftVoucherOfferList } from './dto/gift-voucher-offer.dto';
import { SalesService } from './sales.service';
import { ShopService } from './shop.service';

/** The public shop of a ticketing, addressed by its slug. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug')
export class ShopController {
  constructor(
    private readonly shop: ShopService,
    private readonly sales: SalesService,
    private readonly orders: OrdersService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getShop', summary: 'The shop: name, currency and display options' })
  @ApiOkResponse({ type: ShopResponse })
  @ApiProblems(404)
  async getShop(@Param('slug') slug: string): Promise<ShopResponse> {
    return this.shop.describe(slug);
  }

  @Get('events')
  @ApiOperation({ operationId: 'listShopEvents', summary: 'Published events on sale' })
  @ApiOkResponse({ type: ShopEventPage })
  @ApiProblems(400, 404)
  async listShopEvents(@Param('slug') slug: string, @Query() query: PageQuery): Promise<ShopEventPage> {
    const { scope } = await this.shop.resolve(slug);
    return this.shop.listEvents(scope, query);
  }

  @Get('gift-voucher-offers')
  @ApiOperation({ operationId: 'listShopGiftVoucherOffers', summary: 'The gift vouchers on sale, to put in a cart like an item' })
  @ApiOkResponse({ type: GiftVoucherOfferList })
  @ApiProblems(404)
  async listShopGiftVoucherOffers(@Param('slug') slug: string): Promise<GiftVoucherOfferList> {
    const { scope } = await this.shop.resolve(slug);
    return { items: await this.sales.listGiftVoucherOffers(scope, true) };
  }

  @Get('events/:eventId')
  @ApiOperation({ operationId: 'getShopEvent', summary: 'An event page: dates, remaining places, prices' })
  @ApiOkResponse({ type: ShopEventResponse })
  @ApiProblems(400, 404)
  async getShopEvent(@Param('slug') slug: string, @Param('eventId', UuidPipe) eventId: string): Promise<ShopEventResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.shop.getEvent(scope, eventId);
  }

  @Get('events/:eventId/dates/:dateId/seat-map')
  @ApiOperation({ operationId: 'getShopSeatMap', summary: 'The seating plan of a date: every seat of the event’s seated zones, free or taken' })
  @ApiOkResponse({ type: DateSeatMapResponse })
  @ApiProblems(400, 404)
  async getShopSeatMap(
    @Param('slug') slug: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
  ): Promise<DateSeatMapResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.shop.seatMap(scope, eventId, dateId);
  }

  @Post('carts')
  @HttpCode(201)
  @ApiOperation({ operationId: 'createCart', summary: 'Hold places in a new cart until it expires' })
  @ApiCreatedResponse({ type: CartResponse })
  @ApiProblems(400, 404, 409, 422)
  async createCart(@Param('slug') slug: string, @Body() body: CreateCartRequest): Promise<CartResponse> {
    const { scope, defaultCurrency } = await this.shop.resolve(slug);
    return this.sales.createCart(scope, body, defaultCurrency);
  }

  @Get('carts/:cartId')
  @ApiOperation({ operationId: 'getCart', summary: 'A cart and when its hold expires' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(400, 404)
  async getCart(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.getCart(scope, cartId);
  }

  @Delete('carts/:cartId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'releaseCart', summary: 'Give the held places back' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async releaseCart(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<void> {
    const { scope } = await this.shop.resolve(slug);
    await this.sales.releaseCart(scope, cartId);
  }

  @Put('carts/:cartId/gift-vouchers')
  @ApiOperation({
    operationId: 'setCartGiftVouchers',
    summary: 'Set the gift vouchers an open cart buys (add, change or remove them); its tickets and holds stay as they are',
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(400, 404, 409, 422)
  async setCartGiftVouchers(
    @Param('slug') slug: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: SetCartGiftVouchersRequest,
  ): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.setCartGiftVouchers(scope, cartId, body);
  }

  @Post('carts/:cartId/promo-code')
  @HttpCode(200)
  @ApiOperation({ operationId: 'applyPromoCode', summary: 'Apply a promo code to the cart and see the discount' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(400, 404, 409, 422)
  async applyPromoCode(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: ApplyPromoCodeRequest): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.applyPromoCode(scope, cartId, body.code);
  }

  @Delete('carts/:cartId/promo-code')
  @ApiOperation({ operationId: 'removePromoCode', summary: 'Remove the cart’s promo code' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(400, 404, 409)
  async removePromoCode(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.removePromoCode(scope, cartId);
  }

  @Post('carts/:cartId/gift-voucher')
  @HttpCode(200)
  @ApiOperation({ operationId: 'applyGiftVoucher', summary: 'Pay part or all of the cart with a gift voucher' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(400, 404, 409, 422)
  async applyGiftVoucher(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: ApplyGiftVoucherRequest): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.applyGiftVoucher(scope, cartId, body.code);
  }

  @Delete('carts/:cartId/gift-voucher')
  @ApiOperation({ operationId: 'removeGiftVoucher', summary: 'Remove the cart’s gift voucher' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(400, 404, 409)
  async removeGiftVoucher(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.removeGiftVoucher(scope, cartId);
  }

  @Post('carts/:cartId/checkout')
  @HttpCode(201)
  @ApiOperation({ operationId: 'checkoutCart', summary: 'Turn the cart into an order (free or pay on site)' })
  @ApiCreatedResponse({ type: CheckoutResponse })
  @ApiProblems(400, 404, 409, 422)
  async checkoutCart(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: CheckoutRequest): Promise<CheckoutResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.checkoutCart(scope, cartId, body);
  }

  @Get('orders/:orderId')
  @ApiOperation({ operationId: 'getShopOrder', summary: "The customer's order, with its access token" })
  @ApiOkResponse({ type: ShopOrderResponse })
  @ApiProblems(400, 404)
  async getShopOrder(@Param('slug') slug: string, @Param('orderId', UuidPipe) orderId: string, @Query() query: OrderAccessQuery): Promise<ShopOrderResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.orders.getShopOrder(scope, orderId, query.token);
  }

  @Get('orders/:orderId/tickets.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadShopOrderTickets', summary: "The customer's tickets as one PDF" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 404)
  async downloadShopOrderTickets(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: OrderAccessQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { scope } = await this.shop.resolve(slug);
    const { number, pdf } = await this.orders.renderShopTickets(scope, orderId, query.token);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="billets-${number}.pdf"`).send(pdf);
  }
}
