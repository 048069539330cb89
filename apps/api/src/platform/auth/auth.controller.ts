import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems';
import { TenancyProblems } from '../tenancy/tenancy.errors';
import { TenancyService } from '../tenancy/tenancy.service';
import { CurrentPrincipal, Principal, Public } from './access.decorators';
import { LoginRequest, LoginResponse, MeResponse } from './auth.dto';
import { Sessions } from './sessions';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly sessions: Sessions,
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

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'getMe', summary: 'The logged-in user and the ticketings they may use' })
  @ApiOkResponse({ type: MeResponse })
  getMe(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    return this.sessions.me(principal.id);
  }
}
