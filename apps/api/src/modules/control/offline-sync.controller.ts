import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, DeviceOnly, Principal, Scope } from '../../platform/auth/access.decorators';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { DoorListQuery, DoorListResponse, OfflineScansRequest, OfflineScansResponse } from './dto/offline-sync.dto';
import { OfflineSync } from './offline-sync.service';

/** ADR 0043: what a scanner keeps to work offline, and the scans it made meanwhile. */
@ApiTags('control')
@ApiBearerAuth()
@Controller('control')
export class OfflineSyncController {
  constructor(private readonly offline: OfflineSync) {}

  @Get('door-list')
  @DeviceOnly()
  @ApiOperation({
    operationId: 'getDoorList',
    summary:
      'What a scanner keeps to answer offline: the public keys that verify ticket codes, and every ticket of the chosen dates with its barcode, status (the revocation list), payment and scan state',
  })
  @ApiOkResponse({ type: DoorListResponse })
  getDoorList(@Scope() scope: TenantScope, @CurrentPrincipal() device: Principal, @Query() query: DoorListQuery): Promise<DoorListResponse> {
    return this.offline.doorList(scope, device.id, query.dateIds.split(','));
  }

  @Post('offline-scans')
  @HttpCode(200)
  @DeviceOnly()
  @ApiOperation({
    operationId: 'uploadOfflineScans',
    summary:
      'Upload scans made offline (at most 500): each recorded once by its nonce (a re-upload changes nothing), admissions applied, an admission of a ticket already admitted elsewhere reported as a conflict',
  })
  @ApiOkResponse({ type: OfflineScansResponse })
  async uploadOfflineScans(
    @Scope() scope: TenantScope,
    @CurrentPrincipal() device: Principal,
    @Body() body: OfflineScansRequest,
  ): Promise<OfflineScansResponse> {
    return { receipts: await this.offline.upload(scope, device.id, body.scans) };
  }
}
