import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../auth/access.decorators';
import { ApiProblems } from '../http/api-problems';
import { UuidPipe } from '../http/validation';
import { AddMemberRequest, MemberListResponse, MemberResponse, TeamHistoryResponse, UpdateMemberRequest } from './team.dto';
import { TeamService } from './team.service';
import { TenancyProblems } from './tenancy.errors';
import { TenancyService } from './tenancy.service';
import { TenantScope } from './tenant-scope';

/**
 * The people of a ticketing and their roles. Admins and managers see the team (managers need to
 * know who works the doors and the desk); only admins change it.
 */
@ApiTags('team')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId')
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get('members')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'listMembers', summary: 'The members of the ticketing with their role and whether their invitation is pending' })
  @ApiOkResponse({ type: MemberListResponse })
  async listMembers(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<MemberListResponse> {
    return { items: await this.team.listMembers(scope) };
  }

  @Post('members')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    operationId: 'addMember',
    summary: 'Add a person with a role: a user of the organizer joins at once, an unknown email is invited to choose a password',
  })
  @ApiCreatedResponse({ type: MemberResponse })
  @ApiProblems(TenancyProblems.MEMBER_ALREADY_EXISTS, TenancyProblems.EMAIL_BELONGS_TO_ANOTHER_ORGANIZER)
  async addMember(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: AddMemberRequest,
  ): Promise<MemberResponse> {
    return this.team.addMember(scope, await this.tenancy.actorOf(principal.id), body);
  }

  @Patch('members/:userId')
  @Roles('admin')
  @ApiOperation({ operationId: 'updateMember', summary: 'Change a member’s role (the last admin keeps theirs)' })
  @ApiOkResponse({ type: MemberResponse })
  @ApiProblems(TenancyProblems.MEMBER_NOT_FOUND, TenancyProblems.LAST_ADMIN)
  async updateMember(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('userId', UuidPipe) userId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateMemberRequest,
  ): Promise<MemberResponse> {
    return this.team.updateMember(scope, await this.tenancy.actorOf(principal.id), userId, body.role);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ operationId: 'removeMember', summary: 'Remove a member from the ticketing (the last admin stays); their user remains in the organizer' })
  @ApiNoContentResponse()
  @ApiProblems(TenancyProblems.MEMBER_NOT_FOUND, TenancyProblems.LAST_ADMIN)
  async removeMember(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('userId', UuidPipe) userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.team.removeMember(scope, await this.tenancy.actorOf(principal.id), userId);
  }

  @Post('members/:userId/invitation')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ operationId: 'resendInvitation', summary: 'Send a member who has not chosen a password a new invitation; the previous link stops working' })
  @ApiOkResponse({ type: MemberResponse })
  @ApiProblems(TenancyProblems.MEMBER_NOT_FOUND, TenancyProblems.INVITATION_NOT_PENDING)
  async resendInvitation(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('userId', UuidPipe) userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MemberResponse> {
    return this.team.resendInvitation(scope, await this.tenancy.actorOf(principal.id), userId);
  }

  @Get('team-history')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'listTeamHistory', summary: 'The team’s journal: who added, changed, removed or invited whom, newest first' })
  @ApiOkResponse({ type: TeamHistoryResponse })
  listTeamHistory(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<TeamHistoryResponse> {
    return this.team.history(scope);
  }
}
