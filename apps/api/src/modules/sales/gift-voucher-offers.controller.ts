import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CreateGiftVoucherOfferRequest, GiftVoucherOfferList, GiftVoucherOfferResponse, UpdateGiftVoucherOfferRequest } from './dto/gift-voucher-offer.dto';
import { SalesService } from './sales.service';
import { SalesProblems } from './sales.errors';

@ApiTags('gift vouchers')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/gift-voucher-offers')
export class GiftVoucherOffersController {
  constructor(private readonly sales: SalesService) {}

  @Get()
  @ApiOperation({ operationId: 'listGiftVoucherOffers', summary: 'The gift vouchers the shop sells (or sold), in the shop order' })
  @ApiOkResponse({ type: GiftVoucherOfferList })
  async listGiftVoucherOffers(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<GiftVoucherOfferList> {
    return { items: await this.sales.listGiftVoucherOffers(scope) };
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'createGiftVoucherOffer', summary: 'Sell a gift voucher in the shop: a fixed value or one the buyer chooses, valid N months' })
  @ApiCreatedResponse({ type: GiftVoucherOfferResponse })
  createGiftVoucherOffer(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: CreateGiftVoucherOfferRequest,
  ): Promise<GiftVoucherOfferResponse> {
    return this.sales.createGiftVoucherOffer(scope, body);
  }

  @Get(':offerId')
  @ApiOperation({ operationId: 'getGiftVoucherOffer', summary: 'A gift voucher offer' })
  @ApiOkResponse({ type: GiftVoucherOfferResponse })
  @ApiProblems(SalesProblems.GIFT_VOUCHER_OFFER_NOT_FOUND)
  getGiftVoucherOffer(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('offerId', UuidPipe) id: string,
  ): Promise<GiftVoucherOfferResponse> {
    return this.sales.getGiftVoucherOffer(scope, id);
  }

  @Patch(':offerId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateGiftVoucherOffer', summary: 'Change an offer (vouchers already sold keep their value and validity)' })
  @ApiOkResponse({ type: GiftVoucherOfferResponse })
  @ApiProblems(SalesProblems.GIFT_VOUCHER_OFFER_NOT_FOUND)
  updateGiftVoucherOffer(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('offerId', UuidPipe) id: string,
    @Body() body: UpdateGiftVoucherOfferRequest,
  ): Promise<GiftVoucherOfferResponse> {
    return this.sales.updateGiftVoucherOffer(scope, id, body);
  }
}
