import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, DeviceOnly, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ControlService } from './control.service';
import { DeviceResponse, RegisterDeviceRequest, ScanRequest, ScanResponse } from './dto/control.dto';

@ApiTags('control')
@ApiBearerAuth()
@Controller()
export class ControlController {
  constructor(private readonly control: ControlService) {}

  @Post('ticketings/:ticketingId/control-devices')
  @HttpCode(201)
  @Roles('admin', 'manager', 'control')
  @ApiOperation({ operationId: 'registerControlDevice', summary: 'Register a scanning device and get its token' })
  @ApiCreatedResponse({ type: DeviceResponse })
  registerControlDevice(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: RegisterDeviceRequest): Promise<DeviceResponse> {
    return this.control.registerDevice(scope, body.name);
  }

  @Post('control/scans')
  @HttpCode(200)
  @DeviceOnly()
  @ApiOperation({ operationId: 'scanTicket', summary: 'Check a ticket at the door (normal mode: enter once)' })
  @ApiOkResponse({ type: ScanResponse, description: 'The verdict; a refused ticket is still a 200 with `valid: false`' })
  scanTicket(@Scope() scope: TenantScope, @CurrentPrincipal() device: Principal, @Body() body: ScanRequest): Promise<ScanResponse> {
    return this.control.scanTicket(scope, device.id, body.code);
  }
}
