import { Body, Controller, Delete, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentRole, Principal, Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { MoneyProblems } from '../platform/http/money.dto';
import { UuidPipe } from '../platform/http/validation';
import type { Role } from '../platform/tenancy/entities/membership.entity';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogProblems } from '../modules/catalog';
import { OrdersProblems } from '../modules/orders';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import {
  AddCartItemsRequest,
  CART_LINE_PROBLEMS,
  CART_STATE_PROBLEMS,
  CartResponse,
  CreateCartRequest,
  RemoveCartLineQuery,
  SalesProblems,
} from '../modules/sales';
import { CoordinationService } from './coordination.service';
import { CounterSaleRequest, CounterSaleResponse } from './dto/counter-sale.dto';

/** Why tickets asked for at the counter cannot be held (no sales window there: the counter sells whenever it is open). */
const COUNTER_HOLD_PROBLEMS = [
  CatalogProblems.CAPACITY_EXCEEDED,
  CatalogProblems.SEATS_TAKEN,
  CatalogProblems.NO_ADJACENT_SEATS,
  CatalogProblems.SALE_LINE_INVALID,
  CatalogProblems.PRICE_RESERVED_TO_PASSES,
  CatalogProblems.PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW,
  MoneyProblems.CURRENCY_NOT_OFFERED,
];

/** TO-1, TO-3: the ticket office sells — a cart held like the shop's, sold by the user with what was received. */
@ApiTags('ticket-office')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/counter/carts')
export class CounterSalesController {
  constructor(
    private readonly coordination: CoordinationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'openCounterCart',
    summary: 'Hold places for a sale at the counter (same rules as the shop’s carts, except sales windows), in the ticketing’s currency unless one is given',
  })
  @ApiCreatedResponse({ type: CartResponse })
  @ApiProblems(...COUNTER_HOLD_PROBLEMS, SalesProblems.GIFT_VOUCHER_OFFER_NOT_ON_SALE)
  async openCounterCart(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: CreateCartRequest): Promise<CartResponse> {
    const ticketing = await this.tenancy.ticketing(scope);
    return this.coordination.openCounterCart(scope, body, ticketing.defaultCurrency);
  }

  @Post(':cartId/items')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'addCounterCartItems', summary: 'Hold more tickets in a counter cart, until its expiry' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS, ...CART_LINE_PROBLEMS, SalesProblems.CART_CURRENCY_MISMATCH, SalesProblems.CART_TOO_BIG, ...COUNTER_HOLD_PROBLEMS)
  addCounterCartItems(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: AddCartItemsRequest,
  ): Promise<CartResponse> {
    return this.coordination.addCounterCartItems(scope, cartId, body);
  }

  @Delete(':cartId/lines/:lineId')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'removeCounterCartLine',
    summary: 'Take tickets off a counter cart line (the whole line by default): their places go back on sale',
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS, ...CART_LINE_PROBLEMS, SalesProblems.CART_LINE_NOT_FOUND)
  removeCounterCartLine(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Param('lineId', UuidPipe) lineId: string,
    @Query() query: RemoveCartLineQuery,
  ): Promise<CartResponse> {
    return this.coordination.removeCartLine(scope, cartId, lineId, query.quantity);
  }

  @Delete(':cartId')
  @HttpCode(204)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'releaseCounterCart', summary: 'Give a counter cart’s places back' })
  @ApiNoContentResponse()
  @ApiProblems(...CART_STATE_PROBLEMS)
  async releaseCounterCart(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('cartId', UuidPipe) cartId: string): Promise<void> {
    await this.coordination.releaseCart(scope, cartId);
  }

  @Post(':cartId/sale')
  @HttpCode(201)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'sellCounterCart',
    summary:
      'Sell a counter cart: paid now with one or more tenders (cash with change, card terminal, transfer…), a reservation to pay on site, an invoice, or an invitation (admins and managers). With the text printed on its tickets. One write, on the ticket office’s channel, by the user',
  })
  @ApiCreatedResponse({ type: CounterSaleResponse })
  @ApiProblems(
    ...CART_STATE_PROBLEMS,
    ...CART_LINE_PROBLEMS,
    PaymentsProblems.TENDERS_INVALID,
    SalesProblems.PAYMENT_METHOD_NOT_ALLOWED,
    SalesProblems.INVITATION_NOT_ALLOWED,
    PaymentsProblems.INVOICE_NOT_OFFERED,
    SalesProblems.PROMO_CODE_UNAVAILABLE,
    SalesProblems.GIFT_VOUCHER_UNAVAILABLE,
    OrdersProblems.ATTENDEE_ANSWERS_INVALID,
    OrdersProblems.CUSTOMER_NOT_FOUND,
  )
  async sellCounterCart(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: CounterSaleRequest,
    @CurrentPrincipal() principal: Principal,
    @CurrentRole() role: Role,
  ): Promise<CounterSaleResponse> {
    return this.coordination.sellCounterCart(scope, cartId, body, await this.tenancy.actorOf(principal.id), role);
  }
}
