import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { MoneyProblems } from '../platform/http/money.dto';
import { UuidPipe } from '../platform/http/validation';
import { TenancyProblems } from '../platform/tenancy/tenancy.errors';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { CatalogProblems } from '../modules/catalog';
import {
  AddCartItemsRequest,
  CART_LINE_PROBLEMS,
  CART_STATE_PROBLEMS,
  CartResponse,
  CheckoutRequest,
  CreateCartRequest,
  RemoveCartLineQuery,
  SalesProblems,
} from '../modules/sales';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { OrdersProblems } from '../modules/orders';
import { CheckoutResponse } from './dto/checkout.dto';
import { CheckoutOptionsResponse } from './dto/checkout-options.dto';
import { BearerToken, CustomerAccountsService } from '../modules/customer-accounts';
import { RegistrationProblems } from '../modules/registration';
import { CoordinationService } from './coordination.service';

/** Why tickets asked for cannot be held: places, seats, prices, sales windows, currency. */
const TICKET_HOLD_PROBLEMS = [
  CatalogProblems.CAPACITY_EXCEEDED,
  CatalogProblems.SEATS_TAKEN,
  CatalogProblems.NO_ADJACENT_SEATS,
  CatalogProblems.SALE_LINE_INVALID,
  CatalogProblems.PRICE_RESERVED_TO_PASSES,
  CatalogProblems.PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW,
  CatalogProblems.SALES_NOT_OPEN_YET,
  CatalogProblems.SALES_CLOSED,
  MoneyProblems.CURRENCY_NOT_OFFERED,
];

/** The shop's writes that hold or sell places: opening a cart, giving it back, checking it out. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/carts')
export class ShopCartsController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly coordination: CoordinationService,
    private readonly accounts: CustomerAccountsService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createCart', summary: 'Hold places in a new cart until it expires' })
  @ApiCreatedResponse({ type: CartResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...TICKET_HOLD_PROBLEMS, SalesProblems.GIFT_VOUCHER_OFFER_NOT_ON_SALE)
  async createCart(@Param('slug') slug: string, @Body() body: CreateCartRequest): Promise<CartResponse> {
    const shop = await this.tenancy.shopBySlug(slug);
    return this.coordination.openCart(shop.scope, body, shop.defaultCurrency);
  }

  @Post(':cartId/items')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'addCartItems',
    summary: 'Hold more tickets in an open cart, until its expiry (which does not move)',
    description:
      'The same checks as createCart, in the cart’s currency. Tickets of the same date, zone, price and amount add to the line already there; seats chosen on the plan are their own line. The promo code’s discount and the gift voucher’s share follow.',
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    ...CART_STATE_PROBLEMS,
    ...CART_LINE_PROBLEMS,
    SalesProblems.CART_CURRENCY_MISMATCH,
    SalesProblems.CART_TOO_BIG,
    ...TICKET_HOLD_PROBLEMS,
  )
  async addCartItems(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: AddCartItemsRequest): Promise<CartResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.coordination.addCartItems(scope, cartId, body);
  }

  @Delete(':cartId/lines/:lineId')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'removeCartLine',
    summary: 'Take tickets off a cart line (the whole line by default): their places go back on sale',
    description:
      'A seated line gives back its last seats. The promo code and the gift voucher are recomputed (dropped when they no longer apply). Taking out the last thing releases the cart (`status: released`).',
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...CART_STATE_PROBLEMS, ...CART_LINE_PROBLEMS, SalesProblems.CART_LINE_NOT_FOUND)
  async removeCartLine(
    @Param('slug') slug: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Param('lineId', UuidPipe) lineId: string,
    @Query() query: RemoveCartLineQuery,
  ): Promise<CartResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.coordination.removeCartLine(scope, cartId, lineId, query.quantity);
  }

  @Delete(':cartId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'releaseCart', summary: 'Give the held places back' })
  @ApiNoContentResponse()
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...CART_STATE_PROBLEMS)
  async releaseCart(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<void> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    await this.coordination.releaseCart(scope, cartId);
  }

  @Get(':cartId/checkout-options')
  @ApiOperation({
    operationId: 'getCheckoutOptions',
    summary:
      'What the checkout of this cart offers: the payment methods (invoice when the ticketing has invoice settings), and the attendee data each ticket asks for',
  })
  @ApiOkResponse({ type: CheckoutOptionsResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, SalesProblems.CART_NOT_FOUND)
  async getCheckoutOptions(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string): Promise<CheckoutOptionsResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.coordination.getCheckoutOptions(scope, cartId);
  }

  @Post(':cartId/checkout')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'checkoutCart',
    summary: 'Turn the cart into an order (free, pay on site, by card or by invoice)',
    description: 'Sent with a customer session of this shop (`Authorization: Bearer`, optional), the order joins that account’s orders.',
  })
  @ApiCreatedResponse({ type: CheckoutResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    ...CART_STATE_PROBLEMS,
    ...CART_LINE_PROBLEMS,
    SalesProblems.PAYMENT_METHOD_NOT_ALLOWED,
    PaymentsProblems.INVOICE_NOT_OFFERED,
    SalesProblems.PROMO_CODE_UNAVAILABLE,
    SalesProblems.GIFT_VOUCHER_UNAVAILABLE,
    CatalogProblems.SALES_NOT_OPEN_YET,
    CatalogProblems.SALES_CLOSED,
    OrdersProblems.ATTENDEE_ANSWERS_INVALID,
    RegistrationProblems.REGISTRATION_INVALID,
  )
  async checkoutCart(
    @Param('slug') slug: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: CheckoutRequest,
    @BearerToken() bearer: string | undefined,
  ): Promise<CheckoutResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    const { firstName, lastName, email } = body.customer;
    // A logged-in customer's order joins their account; without a live session of this shop it is a guest's (ADR 0029).
    const customer = await this.accounts.sessionOf(scope, bearer);
    const placed = await this.coordination.placeShopSale(scope, slug, cartId, body, {
      channel: 'shop',
      actor: { kind: 'customer', id: customer?.accountId ?? null, label: [firstName?.trim(), lastName?.trim()].filter(Boolean).join(' ') || email.trim() },
      accountId: customer?.accountId,
    });
    return { orderId: placed.id, orderNumber: placed.number, accessToken: placed.accessToken, ...(placed.payment ? { payment: placed.payment } : {}) };
  }
}
