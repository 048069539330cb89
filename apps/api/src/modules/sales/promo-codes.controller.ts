import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CreatePromoCodeRequest, ListPromoCodesQuery, PromoCodePage, PromoCodeResponse, UpdatePromoCodeRequest } from './dto/promo-code.dto';
import { SalesService } from './sales.service';
import { SalesProblems } from './sales.errors';

@ApiTags('promo codes')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/promo-codes')
export class PromoCodesController {
  constructor(private readonly sales: SalesService) {}

  @Get()
  @ApiOperation({ operationId: 'listPromoCodes', summary: 'Promo codes, newest first, with how often each was used' })
  @ApiOkResponse({ type: PromoCodePage })
  listPromoCodes(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListPromoCodesQuery): Promise<PromoCodePage> {
    return this.sales.listPromoCodes(scope, query);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'createPromoCode', summary: 'Create a percentage or fixed-amount promo code' })
  @ApiCreatedResponse({ type: PromoCodeResponse })
  @ApiProblems(SalesProblems.PROMO_CODE_EXISTS)
  createPromoCode(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: CreatePromoCodeRequest): Promise<PromoCodeResponse> {
    return this.sales.createPromoCode(scope, body);
  }

  @Get(':promoCodeId')
  @ApiOperation({ operationId: 'getPromoCode', summary: 'A promo code' })
  @ApiOkResponse({ type: PromoCodeResponse })
  @ApiProblems(SalesProblems.PROMO_CODE_NOT_FOUND)
  getPromoCode(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('promoCodeId', UuidPipe) id: string,
  ): Promise<PromoCodeResponse> {
    return this.sales.getPromoCode(scope, id);
  }

  @Patch(':promoCodeId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updatePromoCode', summary: 'Change a promo code’s window, limit or scope, or withdraw it' })
  @ApiOkResponse({ type: PromoCodeResponse })
  @ApiProblems(SalesProblems.PROMO_CODE_NOT_FOUND)
  updatePromoCode(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('promoCodeId', UuidPipe) id: string,
    @Body() body: UpdatePromoCodeRequest,
  ): Promise<PromoCodeResponse> {
    return this.sales.updatePromoCode(scope, id, body);
  }
}
