import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { MoneyProblems } from '../platform/http/money.dto';
import { UuidPipe } from '../platform/http/validation';
import { TenancyProblems } from '../platform/tenancy/tenancy.errors';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { CatalogProblems } from '../modules/catalog';
import { CART_STATE_PROBLEMS, CartResponse, CheckoutRequest, CheckoutResponse, CreateCartRequest, SalesProblems } from '../modules/sales';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { RegistrationProblems } from '../modules/registration';
import { CoordinationService } from './coordination.service';

/** The shop's writes that hold or sell places: opening a cart, giving it back, checking it out. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/carts')
export class ShopCartsController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly coordination: CoordinationService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createCart', summary: 'Hold places in a new cart until it expires' })
  @ApiCreatedResponse({ type: CartResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    CatalogProblems.CAPACITY_EXCEEDED,
    CatalogProblems.SEATS_TAKEN,
    CatalogProblems.NO_ADJACENT_SEATS,
    CatalogProblems.SALE_LINE_INVALID,
    CatalogProblems.PRICE_RESERVED_TO_PASSES,
    CatalogProblems.PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW,
    CatalogProblems.SALES_NOT_OPEN_YET,
    CatalogProblems.SALES_CLOSED,
    MoneyProblems.CURRENCY_NOT_OFFERED,
    SalesProblems.GIFT_VOUCHER_OFFER_NOT_ON_SALE,
  )
  async createCart(@Param('slug') slug: string, @Body() body: CreateCartRequest): Promise<CartResponse> {
    const shop = await this.tenancy.shopBySlug(slug);
    return this.coordination.openCart(shop.scope, body, shop.defaultCurrency);
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

  @Post(':cartId/checkout')
  @HttpCode(201)
  @ApiOperation({ operationId: 'checkoutCart', summary: 'Turn the cart into an order (free, pay on site, by card or by invoice)' })
  @ApiCreatedResponse({ type: CheckoutResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    ...CART_STATE_PROBLEMS,
    SalesProblems.PAYMENT_METHOD_NOT_ALLOWED,
    PaymentsProblems.INVOICE_NOT_OFFERED,
    SalesProblems.PROMO_CODE_UNAVAILABLE,
    SalesProblems.GIFT_VOUCHER_UNAVAILABLE,
    CatalogProblems.SALES_NOT_OPEN_YET,
    CatalogProblems.SALES_CLOSED,
    RegistrationProblems.REGISTRATION_INVALID,
  )
  async checkoutCart(@Param('slug') slug: string, @Param('cartId', UuidPipe) cartId: string, @Body() body: CheckoutRequest): Promise<CheckoutResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    const { firstName, lastName, email } = body.customer;
    const placed = await this.coordination.placeSale(scope, cartId, body, {
      channel: 'shop',
      actor: { kind: 'customer', id: null, label: [firstName?.trim(), lastName?.trim()].filter(Boolean).join(' ') || email.trim() },
    });
    return { orderId: placed.id, orderNumber: placed.number, accessToken: placed.accessToken };
  }
}
