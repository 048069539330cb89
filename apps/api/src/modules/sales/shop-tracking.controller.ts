import { Body, Controller, Get, Header, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ShopDocumentHeadResponse, ShopTrackingResponse, UpdateShopTrackingRequest } from './dto/shop-tracking.dto';
import { SalesService } from './sales.service';
import { ShopService } from './shop.service';

/** SHOP-7: the organizer's HEAD snippet (Google Tag Manager, Meta pixel…) and the CSP sources it needs. */
@ApiTags('shop settings')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/shop-tracking')
export class ShopTrackingController {
  constructor(private readonly sales: SalesService) {}

  @Get()
  @ApiOperation({ operationId: 'getShopTracking', summary: 'The HEAD snippet of the shop and the sources it adds to the Content-Security-Policy' })
  @ApiOkResponse({ type: ShopTrackingResponse })
  getShopTracking(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<ShopTrackingResponse> {
    return this.sales.getShopTracking(scope);
  }

  @Put()
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'updateShopTracking',
    summary:
      'Set the HEAD snippet and the script-src, img-src and connect-src sources (a source that is not a host or an allowed scheme is a 400 naming csp.scriptSrc[i])',
  })
  @ApiOkResponse({ type: ShopTrackingResponse })
  updateShopTracking(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: UpdateShopTrackingRequest,
  ): Promise<ShopTrackingResponse> {
    return this.sales.updateShopTracking(scope, body);
  }
}

/** For the server of the shop's pages (ADR 0030): what goes into one page's <head> and its CSP header. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/document-head')
export class ShopDocumentController {
  constructor(
    private readonly shop: ShopService,
    private readonly sales: SalesService,
  ) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    operationId: 'getShopDocumentHead',
    summary: 'The organizer’s HEAD snippet with a fresh nonce, and the Content-Security-Policy of one shop page (never cache: one per page)',
  })
  @ApiOkResponse({ type: ShopDocumentHeadResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async getShopDocumentHead(@Param('slug') slug: string): Promise<ShopDocumentHeadResponse> {
    const { scope } = await this.shop.resolve(slug);
    return this.sales.shopDocumentHead(scope);
  }
}
