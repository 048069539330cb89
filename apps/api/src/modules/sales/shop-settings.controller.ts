import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
