import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { MoneyProblems } from '../../platform/http/money.dto';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CartResponse, SetCartGiftVouchersRequest } from './dto/cart.dto';
import { ApplyGiftVoucherRequest } from './dto/gift-voucher.dto';
import { ApplyPromoCodeRequest } from './dto/promo-code.dto';
import { CART_LINE_PROBLEMS, CART_STATE_PROBLEMS, GIFT_VOUCHER_REFUSALS, PROMO_CODE_REFUSALS, SalesProblems } from './sales.errors';
import { SalesService } from './sales.service';

/**
 * TO-1: a counter cart read and its codes — a promo code, a gift voucher paying part of it, gift
 * vouchers sold with it — the same rules as the shop's cart (its places are held by the coordination
 * layer's counter-sales routes).
 */
@ApiTags('ticket-office')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/counter/carts/:cartId')
export class CounterCartsController {
  constructor(private readonly sales: SalesService) {}

  @Get()
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'getCounterCart', summary: 'A counter cart and when its hold expires' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(SalesProblems.CART_NOT_FOUND)
  getCounterCart(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('cartId', UuidPipe) cartId: string): Promise<CartResponse> {
    return this.sales.getCart(scope, cartId);
  }

  @Put('gift-vouchers')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'setCounterCartGiftVouchers', summary: 'Set the gift vouchers a counter cart sells' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS, ...CART_LINE_PROBLEMS, SalesProblems.GIFT_VOUCHER_OFFER_NOT_ON_SALE, MoneyProblems.CURRENCY_NOT_OFFERED)
  setCounterCartGiftVouchers(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: SetCartGiftVouchersRequest,
  ): Promise<CartResponse> {
    return this.sales.setCartGiftVouchers(scope, cartId, body);
  }

  @Post('promo-code')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'applyCounterPromoCode', summary: 'Apply a promo code to a counter cart' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS, ...PROMO_CODE_REFUSALS, ...GIFT_VOUCHER_REFUSALS)
  applyCounterPromoCode(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: ApplyPromoCodeRequest,
  ): Promise<CartResponse> {
    return this.sales.applyPromoCode(scope, cartId, body.code);
  }

  @Delete('promo-code')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'removeCounterPromoCode', summary: 'Remove a counter cart’s promo code' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS, ...GIFT_VOUCHER_REFUSALS)
  removeCounterPromoCode(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
  ): Promise<CartResponse> {
    return this.sales.removePromoCode(scope, cartId);
  }

  @Post('gift-voucher')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'applyCounterGiftVoucher', summary: 'Pay part or all of a counter cart with a gift voucher' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS, ...GIFT_VOUCHER_REFUSALS)
  applyCounterGiftVoucher(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Body() body: ApplyGiftVoucherRequest,
  ): Promise<CartResponse> {
    return this.sales.applyGiftVoucher(scope, cartId, body.code);
  }

  @Delete('gift-voucher')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'removeCounterGiftVoucher', summary: 'Remove a counter cart’s gift voucher' })
  @ApiOkResponse({ type: CartResponse })
  @ApiProblems(...CART_STATE_PROBLEMS)
  removeCounterGiftVoucher(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('cartId', UuidPipe) cartId: string,
  ): Promise<CartResponse> {
    return this.sales.removeGiftVoucher(scope, cartId);
  }
}
