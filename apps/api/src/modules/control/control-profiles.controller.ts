import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ControlProfiles } from './control-profiles.service';
import { ControlProblems } from './control.errors';
import { ControlProfileListResponse, ControlProfileRequest, ControlProfileResponse, LoginCodeResponse } from './dto/control-profile.dto';

@ApiTags('control')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/control-profiles')
export class ControlProfilesController {
  constructor(private readonly profiles: ControlProfiles) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'createControlProfile', summary: 'Create a control profile: the dates and zones its devices scan, and the mode' })
  @ApiCreatedResponse({ type: ControlProfileResponse })
  @ApiProblems(ControlProblems.CONTROL_PROFILE_INVALID)
  createControlProfile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: ControlProfileRequest,
  ): Promise<ControlProfileResponse> {
    return this.profiles.createProfile(scope, body);
  }

  @Get()
  @Roles('admin', 'manager', 'control')
  @ApiOperation({ operationId: 'listControlProfiles', summary: 'The control profiles, by name' })
  @ApiOkResponse({ type: ControlProfileListResponse })
  listControlProfiles(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<ControlProfileListResponse> {
    return this.profiles.listProfiles(scope);
  }

  @Get(':profileId')
  @Roles('admin', 'manager', 'control')
  @ApiOperation({ operationId: 'getControlProfile', summary: 'A control profile' })
  @ApiOkResponse({ type: ControlProfileResponse })
  @ApiProblems(ControlProblems.CONTROL_PROFILE_NOT_FOUND)
  getControlProfile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('profileId', UuidPipe) profileId: string,
  ): Promise<ControlProfileResponse> {
    return this.profiles.getProfile(scope, profileId);
  }

  @Put(':profileId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateControlProfile', summary: 'Replace a control profile; its devices scan by it from their next scan' })
  @ApiOkResponse({ type: ControlProfileResponse })
  @ApiProblems(ControlProblems.CONTROL_PROFILE_NOT_FOUND, ControlProblems.CONTROL_PROFILE_INVALID)
  updateControlProfile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('profileId', UuidPipe) profileId: string,
    @Body() body: ControlProfileRequest,
  ): Promise<ControlProfileResponse> {
    return this.profiles.updateProfile(scope, profileId, body);
  }

  @Delete(':profileId')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'deleteControlProfile', summary: 'Delete a control profile; its devices are revoked and its codes stop working' })
  @ApiNoContentResponse()
  @ApiProblems(ControlProblems.CONTROL_PROFILE_NOT_FOUND)
  deleteControlProfile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('profileId', UuidPipe) profileId: string,
  ): Promise<void> {
    return this.profiles.deleteProfile(scope, profileId);
  }

  @Post(':profileId/login-code')
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'createControlLoginCode',
    summary: 'A one-time code a device logs in with, bound to this profile (shown as text and as a QR code)',
  })
  @ApiCreatedResponse({ type: LoginCodeResponse })
  @ApiProblems(ControlProblems.CONTROL_PROFILE_NOT_FOUND)
  createControlLoginCode(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('profileId', UuidPipe) profileId: string,
  ): Promise<LoginCodeResponse> {
    return this.profiles.createLoginCode(scope, profileId);
  }
}
