import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, DeviceOnly, Principal, Public, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ControlDevices } from './control-devices.service';
import { ControlProblems } from './control.errors';
import { ControlService } from './control.service';
import { LoginCodeResponse } from './dto/control-profile.dto';
import {
  ControlDeviceListResponse,
  ControlSessionResponse,
  DeviceLoginRequest,
  DeviceResponse,
  RegisterDeviceRequest,
  ScanRequest,
  ScanResponse,
} from './dto/control.dto';

@ApiTags('control')
@ApiBearerAuth()
@Controller()
export class ControlController {
  constructor(
    private readonly control: ControlService,
    private readonly devices: ControlDevices,
  ) {}

  @Post('ticketings/:ticketingId/control-devices')
  @HttpCode(201)
  @Roles('admin', 'manager', 'control')
  @ApiOperation({ operationId: 'registerControlDevice', summary: 'Register a scanning device (with a profile or none) and get its token' })
  @ApiCreatedResponse({ type: DeviceResponse })
  @ApiProblems(ControlProblems.CONTROL_PROFILE_NOT_FOUND)
  registerControlDevice(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: RegisterDeviceRequest): Promise<DeviceResponse> {
    return this.devices.registerDevice(scope, body);
  }

  @Get('ticketings/:ticketingId/control-devices')
  @Roles('admin', 'manager', 'control')
  @ApiOperation({ operationId: 'listControlDevices', summary: 'The scanning devices, with their profile, gate and last activity' })
  @ApiOkResponse({ type: ControlDeviceListResponse })
  listControlDevices(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<ControlDeviceListResponse> {
    return this.devices.listDevices(scope);
  }

  @Post('ticketings/:ticketingId/control-devices/:deviceId/revoke')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'revokeControlDevice', summary: 'Revoke a device: its token is refused from now on' })
  @ApiNoContentResponse()
  @ApiProblems(ControlProblems.CONTROL_DEVICE_NOT_FOUND)
  revokeControlDevice(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('deviceId', UuidPipe) deviceId: string): Promise<void> {
    return this.devices.revokeDevice(scope, deviceId);
  }

  @Post('ticketings/:ticketingId/control-organizer-code')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ operationId: 'rotateControlOrganizerCode', summary: 'A new organizer code for door devices; the previous one stops working' })
  @ApiCreatedResponse({ type: LoginCodeResponse })
  rotateControlOrganizerCode(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<LoginCodeResponse> {
    return this.devices.rotateOrganizerCode(scope);
  }

  @Post('control/login')
  @HttpCode(201)
  @Public()
  @ApiOperation({ operationId: 'loginControlDevice', summary: 'Log a device in with a profile code (once) or the organizer code, and get its token' })
  @ApiCreatedResponse({ type: DeviceResponse })
  @ApiProblems(ControlProblems.CONTROL_LOGIN_CODE_INVALID, ControlProblems.CONTROL_LOGIN_CODE_SPENT)
  loginControlDevice(@Body() body: DeviceLoginRequest): Promise<DeviceResponse> {
    return this.devices.login(body);
  }

  @Get('control/me')
  @DeviceOnly()
  @ApiOperation({ operationId: 'getControlSession', summary: 'The device, its profile and the dates, events and zones it may scan' })
  @ApiOkResponse({ type: ControlSessionResponse })
  getControlSession(@Scope() scope: TenantScope, @CurrentPrincipal() device: Principal): Promise<ControlSessionResponse> {
    return this.devices.session(scope, device.id);
  }

  @Post('control/scans')
  @HttpCode(200)
  @DeviceOnly()
  @ApiOperation({ operationId: 'scanTicket', summary: 'Check a ticket at the door, in the device’s mode, on the dates and zones chosen' })
  @ApiOkResponse({ type: ScanResponse, description: 'The verdict; a refused ticket is still a 200 with `valid: false`' })
  @ApiProblems(ControlProblems.SCAN_SELECTION_INVALID)
  scanTicket(@Scope() scope: TenantScope, @CurrentPrincipal() device: Principal, @Body() body: ScanRequest): Promise<ScanResponse> {
    return this.control.scanTicket(scope, device.id, body);
  }
}
