import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { GiftVoucherPage, GiftVoucherResponse, IssueGiftVoucherRequest, ListGiftVouchersQuery } from './dto/gift-voucher.dto';
import { SalesService } from './sales.service';
import { SalesProblems } from './sales.errors';

@ApiTags('gift vouchers')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/gift-vouchers')
export class GiftVouchersController {
  constructor(private readonly sales: SalesService) {}

  @Get()
  @ApiOperation({ operationId: 'listGiftVouchers', summary: 'Gift vouchers, newest first, with balance and redemptions' })
  @ApiOkResponse({ type: GiftVoucherPage })
  listGiftVouchers(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListGiftVouchersQuery): Promise<GiftVoucherPage> {
    return this.sales.listGiftVouchers(scope, query);
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
    return this.sales.issueGiftVoucher(scope, body);
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
    return this.sales.getGiftVoucher(scope, id);
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
    return this.sales.cancelGiftVoucher(scope, id);
  }
}
