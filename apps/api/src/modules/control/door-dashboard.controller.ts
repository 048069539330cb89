import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { DoorDashboard } from './door-dashboard.service';
import { DoorDashboardQuery, DoorDashboardResponse } from './dto/door-dashboard.dto';

@ApiTags('control')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/control')
export class DoorDashboardController {
  constructor(private readonly dashboard: DoorDashboard) {}

  @Get('dashboard')
  @Roles('admin', 'manager', 'control')
  @ApiOperation({
    operationId: 'getDoorDashboard',
    summary:
      'The door dashboard of some dates: per date and zone the valid tickets, those inside now and those entered; scans per minute over the last hour; refusals by reason; gates and devices online with what they scanned; offline conflicts',
  })
  @ApiOkResponse({ type: DoorDashboardResponse })
  getDoorDashboard(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: DoorDashboardQuery,
  ): Promise<DoorDashboardResponse> {
    return this.dashboard.read(scope, query.dateIds.split(','));
  }
}
