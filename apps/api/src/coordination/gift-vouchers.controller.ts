import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrdersService } from '../modules/orders';
import {
  GiftVoucherPage,
  GiftVoucherResponse,
  GiftVoucherView,
  IssueGiftVoucherRequest,
  ListGiftVouchersQuery,
  SalesProblems,
  SalesService,
} from '../modules/sales';

@ApiTags('gift vouchers')
@ApiBearerAuth()
/** CAT-10 vouchers as sales holds them, with their buyer as orders knows them (TO-4: the counter suggests linking them). */
@Controller('ticketings/:ticketingId/gift-vouchers')
export class GiftVouchersController {
  constructor(
    private readonly sales: SalesService,
    private readonly orders: OrdersService,
  ) {}

  private async withBuyers(scope: TenantScope, vouchers: GiftVoucherView[]): Promise<GiftVoucherResponse[]> {
    const buyers = await this.orders.buyersOf(
      scope,
      vouchers.flatMap((v) => (v.orderId ? [v.orderId] : [])),
    );
    return vouchers.map((v) => ({ ...v, buyer: (v.orderId && buyers.get(v.orderId)) || null }));
  }

  private async withBuyer(scope: TenantScope, voucher: Promise<GiftVoucherView>): Promise<GiftVoucherResponse> {
    return (await this.withBuyers(scope, [await voucher]))[0];
  }

  @Get()
  @ApiOperation({ operationId: 'listGiftVouchers', summary: 'Gift vouchers, newest first, with balance and redemptions' })
  @ApiOkResponse({ type: GiftVoucherPage })
  async listGiftVouchers(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: ListGiftVouchersQuery,
  ): Promise<GiftVoucherPage> {
    const page = await this.sales.listGiftVouchers(scope, query);
    return { items: await this.withBuyers(scope, page.items), nextCursor: page.nextCursor };
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'issueGiftVoucher', summary: 'Issue a gift voucher: a code with a balance, valid until a date' })
  @ApiCreatedResponse({ type: GiftVoucherResponse })
  issueGiftVoucher(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: IssueGiftVoucherRequest,
  ): Promise<GiftVoucherResponse> {
    return this.withBuyer(scope, this.sales.issueGiftVoucher(scope, body));
  }

  @Get(':voucherId')
  @ApiOperation({ operationId: 'getGiftVoucher', summary: 'A gift voucher with its balance and redemptions' })
  @ApiOkResponse({ type: GiftVoucherResponse })
  @ApiProblems(SalesProblems.GIFT_VOUCHER_NOT_FOUND)
  getGiftVoucher(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('voucherId', UuidPipe) id: string,
  ): Promise<GiftVoucherResponse> {
    return this.withBuyer(scope, this.sales.getGiftVoucher(scope, id));
  }

  @Post(':voucherId/cancel')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'cancelGiftVoucher', summary: 'Cancel a gift voucher: its balance can no longer be spent' })
  @ApiOkResponse({ type: GiftVoucherResponse })
  @ApiProblems(SalesProblems.GIFT_VOUCHER_NOT_FOUND)
  cancelGiftVoucher(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('voucherId', UuidPipe) id: string,
  ): Promise<GiftVoucherResponse> {
    return this.withBuyer(scope, this.sales.cancelGiftVoucher(scope, id));
  }
}
