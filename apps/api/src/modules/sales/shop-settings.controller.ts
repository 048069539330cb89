import { Body, Controller, Delete, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../../platform/http/api-problems';
import { Images } from '../../platform/images/images';
import { ImageProblems } from '../../platform/images/images.errors';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { ShopBrandingResponse, UpdateShopBrandingRequest } from './dto/shop-branding.dto';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ShopSettingsResponse, UpdateShopSettingsRequest } from './dto/shop.dto';
import { SalesService } from './sales.service';

/** The organizer's shop options (SHOP-1: display modes of multi-date events, places left shown or not). */
@ApiTags('shop settings')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/shop-settings')
export class ShopSettingsController {
  constructor(private readonly sales: SalesService) {}

  @Get()
  @ApiOperation({ operationId: 'getShopSettings', summary: 'How the shop displays multi-date events' })
  @ApiOkResponse({ type: ShopSettingsResponse })
  getShopSettings(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<ShopSettingsResponse> {
    return this.sales.getShopSettings(scope);
  }

  @Put()
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateShopSettings', summary: 'Choose the offered display modes, the default one, and whether places left are shown' })
  @ApiOkResponse({ type: ShopSettingsResponse })
  updateShopSettings(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: UpdateShopSettingsRequest,
  ): Promise<ShopSettingsResponse> {
    return this.sales.updateShopSettings(scope, body);
  }
}

/** SHOP-11: the shop's branding — logo, main colour, contact details, terms and privacy links. */
@ApiTags('shop settings')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/shop-branding')
export class ShopBrandingController {
  constructor(
    private readonly sales: SalesService,
    private readonly tenancy: TenancyService,
    private readonly images: Images,
  ) {}

  private async slugOf(scope: TenantScope): Promise<string> {
    return (await this.tenancy.ticketing(scope)).slug;
  }

  @Get()
  @ApiOperation({ operationId: 'getShopBranding', summary: 'The shop’s logo, main colour, contact details, terms and privacy links' })
  @ApiOkResponse({ type: ShopBrandingResponse })
  async getShopBranding(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<ShopBrandingResponse> {
    return this.sales.getShopBranding(scope, await this.slugOf(scope));
  }

  @Put()
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'updateShopBranding',
    summary: 'Set the shop’s main colour, contact details, terms and privacy links (omitted or null: none; the logo stays)',
  })
  @ApiOkResponse({ type: ShopBrandingResponse })
  async updateShopBranding(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: UpdateShopBrandingRequest,
  ): Promise<ShopBrandingResponse> {
    return this.sales.updateShopBranding(scope, await this.slugOf(scope), body);
  }

  @Put('logo')
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'uploadShopLogo',
    summary: 'Set the shop’s logo (multipart/form-data, field `logo`: JPEG, PNG or WebP, at most 8 MB), fitted inside 600×200 as PNG',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['logo'], properties: { logo: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: ShopBrandingResponse })
  @ApiProblems(ImageProblems.IMAGE_TYPE_NOT_ALLOWED, ImageProblems.IMAGE_TOO_LARGE)
  async uploadShopLogo(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Req() request: FastifyRequest): Promise<ShopBrandingResponse> {
    const slug = await this.slugOf(scope);
    return this.sales.uploadShopLogo(scope, slug, await this.images.readUpload(request, 'logo'));
  }

  @Delete('logo')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'removeShopLogo', summary: 'Remove the shop’s logo' })
  @ApiOkResponse({ type: ShopBrandingResponse })
  async removeShopLogo(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<ShopBrandingResponse> {
    return this.sales.removeShopLogo(scope, await this.slugOf(scope));
  }
}
