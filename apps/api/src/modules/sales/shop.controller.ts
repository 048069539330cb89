import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiImageVersion, sendImage } from '../../platform/http/image-reply';
import { Public } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { PageQuery } from '../../platform/http/pagination';
import { OneOfPipe, UuidPipe } from '../../platform/http/validation';
import { DateSeatMapResponse, EVENT_IMAGE_CONTENT_TYPE, EVENT_IMAGE_VARIANTS, EventImageVariant } from '../catalog';
import { CartResponse, SetCartGiftVouchersRequest } from './dto/cart.dto';
import { ApplyGiftVoucherRequest } from './dto/gift-voucher.dto';
import { ApplyPromoCodeRequest } from './dto/promo-code.dto';
import { ShopEventPage, ShopEventResponse, ShopResponse } from './dto/shop.dto';
import { GiftVoucherOfferList } from './dto/gift-voucher-offer.dto';
import { SalesService } from './sales.service';
import { ShopService } from './shop.service';
import { CART_LINE_PROBLEMS, CART_STATE_PROBLEMS, GIFT_VOUCHER_REFUSALS, PROMO_CODE_REFUSALS, SalesProblems } from './sales.errors';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { CatalogProblems } from '../catalog';
import { MoneyProblems } from '../../platform/http/money.dto';

/** The public shop of a ticketing, addressed by its slug. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug')
export class ShopController {
  constructor(
    private readonly shop: ShopService,
    private readonly sales: SalesService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getShop', summary: 'The shop: name, currency and display options' })
  @ApiOkResponse({ type: ShopResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async getShop(@Param('slug') slug: string): Promise<ShopResponse> {
    return this.shop.describe(slug);
  }

  @Get('logo')
  @ApiOperation({ operationId: 'getShopLogo', summary: 'The shop’s logo (PNG, fitted inside 600×200); cacheable' })
  @ApiImageVersion()
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'The logo', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, SalesProblems.SHOP_LOGO_NOT_FOUND)
  async getShopLogo(@Param('slug') slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { scope } = await this.shop.resolve(slug);
    const logo = await this.sales.requireShopLogo(scope);
    await sendImage(request, reply, { data: logo.data, version: logo.hash.slice(0, 16), name: 'logo', contentType: 'image/png' }, 'public');
  }

  @Get('events')
  @ApiOperation({ operationId: 'listShopEvents', summary: 'Published events with a date to come, by next date (soonest first)' })
  @ApiOkResponse({ type: ShopEventPage })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async listShopEvents(@Param('slug') slug: string, @Query() query: PageQuery): Promise<ShopEventPage> {
    const { scope } = await this.shop.resolve(slug);
    return this.shop.listEvents(scope, slug, query);
  }

  @Get('gift-voucher-offers')
  @ApiOperation({ operationId: 'listShopGiftVoucherOffers', summary: 'The gift vouchers on sale, to put in a cart like an item' })
  @ApiOkResponse({ type: GiftVoucherOfferList })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async listShopGiftVoucherOffers(@Param('slug') slug: string): Promise<GiftVoucherOfferList> {
    const { scope } = await this.shop.resolve(slug);
    return { items: await this.sales.listGiftVoucherOffers(scope, true) };
  }

  @Get('events/:eventId')
  @ApiOperation({ operationId: 'getShopEvent', summary: 'An event page: dates, remaining places, prices' })
  @ApiOkResponse({ type: ShopEventResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, CatalogProblems.EVENT_NOT_FOUND)
  async getShopEvent(@Param('slug') slug: string, @Param('eventId', UuidPipe) eventId: string): Promise<ShopEventResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.shop.getEvent(scope, slug, eventId);
  }

  @Get('events/:eventId/image/:variant')
  @ApiOperation({ operationId: 'getShopEventImage', summary: 'A crop of a published event’s image: card (16:9, WebP) or ticket (4:1, JPEG); cacheable' })
  @ApiParam({ name: 'variant', enum: EVENT_IMAGE_VARIANTS })
  @ApiImageVersion()
  @ApiProduces('image/webp', 'image/jpeg')
  @ApiOkResponse({
    description: 'The image',
    content: { 'image/webp': { schema: { type: 'string', format: 'binary' } }, 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.EVENT_IMAGE_NOT_FOUND)
  async getShopEventImage(
    @Param('slug') slug: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('variant', new OneOfPipe(EVENT_IMAGE_VARIANTS)) variant: EventImageVariant,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { scope } = await this.shop.resolve(slug);
    const image = await this.shop.eventImage(scope, eventId, variant);
    await sendImage(
      request,
      reply,
      { data: image.data, version: image.hash.slice(0, 16), name: variant, contentType: EVENT_IMAGE_CONTENT_TYPE[variant] },
      'public',
    );
  }

  @Get('events/:eventId/dates/:dateId/seat-map')
  @ApiOperation({ operationId: 'getShopSeatMap', summary: 'The seating plan of a date: every seat of the event’s seated zones, free or taken' })
  @ApiOkResponse({ type: DateSeatMapResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.DATE_NOT_FOUND)
  async getShopSeatMap(
    @Param('slug') slug: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
  ): Promise<DateSeatMapResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.shop.seatMap(scope, eventId, dateId);
  }

  @Get('carts/:cartId')
  @ApiOperation({ operationId: 'getCart', summary: 'A cart and when its hold expires' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, SalesProblems.CART_NOT_FOUND)
  async getCart(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.getCart(scope, cartId);
  }

  @Put('carts/:cartId/gift-vouchers')
  @ApiOperation({
    operationId: 'setCartGiftVouchers',
    summary: 'Set the gift vouchers an open cart buys (add, change or remove them); its tickets and holds stay as they are',
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    ...CART_STATE_PROBLEMS,
    ...CART_LINE_PROBLEMS,
    SalesProblems.GIFT_VOUCHER_OFFER_NOT_ON_SALE,
    MoneyProblems.CURRENCY_NOT_OFFERED,
  )
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
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...CART_STATE_PROBLEMS, ...PROMO_CODE_REFUSALS, ...GIFT_VOUCHER_REFUSALS)
  async applyPromoCode(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: ApplyPromoCodeRequest): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.applyPromoCode(scope, cartId, body.code);
  }

  @Delete('carts/:cartId/promo-code')
  @ApiOperation({ operationId: 'removePromoCode', summary: 'Remove the cart’s promo code' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...CART_STATE_PROBLEMS, ...GIFT_VOUCHER_REFUSALS)
  async removePromoCode(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.removePromoCode(scope, cartId);
  }

  @Post('carts/:cartId/gift-voucher')
  @HttpCode(200)
  @ApiOperation({ operationId: 'applyGiftVoucher', summary: 'Pay part or all of the cart with a gift voucher' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...CART_STATE_PROBLEMS, ...GIFT_VOUCHER_REFUSALS)
  async applyGiftVoucher(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: ApplyGiftVoucherRequest): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.applyGiftVoucher(scope, cartId, body.code);
  }

  @Delete('carts/:cartId/gift-voucher')
  @ApiOperation({ operationId: 'removeGiftVoucher', summary: 'Remove the cart’s gift voucher' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...CART_STATE_PROBLEMS)
  async removeGiftVoucher(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.removeGiftVoucher(scope, cartId);
  }
}
