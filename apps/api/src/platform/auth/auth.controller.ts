import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems';
import { DomainError, UnauthenticatedError } from '../http/problem';
import { TenancyProblems } from '../tenancy/tenancy.errors';
import { TenancyService } from '../tenancy/tenancy.service';
import { CurrentPrincipal, Principal, Public } from './access.decorators';
import { LoginRequest, LoginResponse, MeResponse } from './auth.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly jwt: JwtService,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ operationId: 'login', summary: 'Log an organizer user in and get a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(TenancyProblems.INVALID_CREDENTIALS)
  async login(@Body() body: LoginRequest): Promise<LoginResponse> {
    const user = await this.tenancy.verifyPassword(body.email, body.password);
    if (!user) throw new DomainError(TenancyProblems.INVALID_CREDENTIALS, 'Wrong email or password');
    const accessToken = await this.jwt.signAsync({ sub: user.id, typ: 'user' });
    return { accessToken, user: await this.me(user.id) };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'getMe', summary: 'The logged-in user and the ticketings they may use' })
  @ApiOkResponse({ type: MeResponse })
  getMe(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    return this.me(principal.id);
  }

  private async me(userId: string): Promise<MeResponse> {
    const user = await this.tenancy.findUser(userId);
    if (!user) throw new UnauthenticatedError();
    const [organizer, ticketings] = await Promise.all([this.tenancy.findOrganizer(user.organizerId), this.tenancy.ticketingsOf(user.id)]);
    return { id: user.id, email: user.email, name: user.name, organizerName: organizer?.name ?? '', ticketings };
  }
}
