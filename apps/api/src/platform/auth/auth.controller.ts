import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems';
import { TenancyProblems } from '../tenancy/tenancy.errors';
import { PasswordResets } from '../tenancy/password-resets.service';
import { TenancyService } from '../tenancy/tenancy.service';
import { CurrentPrincipal, Principal, Public } from './access.decorators';
import { ChooseNewPasswordRequest, LoginRequest, LoginResponse, MeResponse, PasswordResetRequest } from './auth.dto';
import { Sessions } from './sessions';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly sessions: Sessions,
    private readonly resets: PasswordResets,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ operationId: 'login', summary: 'Log an organizer user in and get a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(TenancyProblems.INVALID_CREDENTIALS, TenancyProblems.USER_LOCKED_OUT)
  async login(@Body() body: LoginRequest): Promise<LoginResponse> {
    const user = await this.tenancy.logIn(body.email, body.password);
    return this.sessions.open(user.id);
  }

  @Post('auth/password-reset')
  @HttpCode(202)
  @Public()
  @ApiOperation({
    operationId: 'requestPasswordReset',
    summary: 'Email a link to choose a new password (valid one hour); the same answer whether or not the email is a user’s',
  })
  @ApiAcceptedResponse({ description: 'Asked: a link goes out if the email is a user’s (at most one a minute)' })
  async requestPasswordReset(@Body() body: PasswordResetRequest): Promise<void> {
    await this.resets.request(body.email);
  }

  @Post('auth/password-reset/confirm')
  @HttpCode(200)
  @Public()
  @ApiOperation({ operationId: 'chooseNewPassword', summary: 'Choose a new password with an emailed link (once), unlocking the login, and be logged in' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(TenancyProblems.PASSWORD_RESET_NOT_FOUND, TenancyProblems.PASSWORD_RESET_EXPIRED, TenancyProblems.PASSWORD_RESET_USED)
  async chooseNewPassword(@Body() body: ChooseNewPasswordRequest): Promise<LoginResponse> {
    return this.sessions.open(await this.resets.reset(body.token, body.password));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'getMe', summary: 'The logged-in user and the ticketings they may use' })
  @ApiOkResponse({ type: MeResponse })
  getMe(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    return this.sessions.me(principal.id);
  }
}
