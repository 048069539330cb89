import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { LoginResponse } from '../auth/auth.dto';
import { Sessions } from '../auth/sessions';
import { ApiProblems } from '../http/api-problems';
import { AcceptInvitationRequest, InvitationResponse, InvitationTokenQuery } from './team.dto';
import { TeamService } from './team.service';
import { TenancyProblems } from './tenancy.errors';

/**
 * The invitation link's page (no login): the token in `?token=` is the only credential, like an
 * order's access token, and the logs mask it the same way.
 */
@ApiTags('team')
@Controller('invitation')
export class InvitationsController {
  constructor(
    private readonly team: TeamService,
    private readonly sessions: Sessions,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'getInvitation', summary: 'Who invites whom to which ticketing, for the page where the invited person chooses a password' })
  @ApiOkResponse({ type: InvitationResponse })
  @ApiProblems(TenancyProblems.INVITATION_NOT_FOUND, TenancyProblems.INVITATION_EXPIRED, TenancyProblems.INVITATION_ALREADY_ACCEPTED)
  getInvitation(@Query() query: InvitationTokenQuery): Promise<InvitationResponse> {
    return this.team.getInvitation(query.token);
  }

  @Post('accept')
  @HttpCode(200)
  @Public()
  @ApiOperation({ operationId: 'acceptInvitation', summary: 'Choose a password from an invitation (once) and be logged in' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(TenancyProblems.INVITATION_NOT_FOUND, TenancyProblems.INVITATION_EXPIRED, TenancyProblems.INVITATION_ALREADY_ACCEPTED)
  async acceptInvitation(@Query() query: InvitationTokenQuery, @Body() body: AcceptInvitationRequest): Promise<LoginResponse> {
    return this.sessions.open(await this.team.acceptInvitation(query.token, body.password));
  }
}
