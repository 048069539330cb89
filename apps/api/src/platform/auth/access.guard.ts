import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../http/problem';
import type { Role } from '../tenancy/entities/membership.entity';
import { TenancyService } from '../tenancy/tenancy.service';
import { TenancyProblems } from '../tenancy/tenancy.errors';
import { TenantScope } from '../tenancy/tenant-scope';
import { Access, ACCESS_KEY, GuichetRequest, ROLES_KEY } from './access.decorators';

const UserJwt = AuthGuard('user-jwt');
const DeviceJwt = AuthGuard('device-jwt');

/**
 * Deny by default: every route needs a user token unless marked otherwise. A route under
 * `/ticketings/:ticketingId` also needs a membership there; without one the ticketing "does not
 * exist" (404, never 403) so ids of other tenants reveal nothing.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly userJwt = new UserJwt();
  private readonly deviceJwt = new DeviceJwt();

  constructor(
    private readonly reflector: Reflector,
    private readonly tenancy: TenancyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const access = this.reflector.getAllAndOverride<Access>(ACCESS_KEY, targets) ?? 'user';
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<GuichetRequest & { user?: unknown }>();

    await this.authenticate(access === 'device' ? this.deviceJwt : this.userJwt, context);
    request.principal = request.user as GuichetRequest['principal'];

    if (access === 'device') {
      request.scope = TenantScope.of(request.principal!.ticketingId!);
      return true;
    }
    const ticketingId = request.params?.ticketingId;
    if (ticketingId === undefined) return true;
    const role = /^[0-9a-f-]{36}$/i.test(ticketingId) ? await this.tenancy.roleIn(request.principal!.id, ticketingId) : null;
    if (!role) throw new NotFoundError(TenancyProblems.TICKETING_NOT_FOUND, 'Ticketing');
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(role)) throw new ForbiddenError();
    request.scope = TenantScope.of(ticketingId.toLowerCase());
    request.role = role;
    return true;
  }

  private async authenticate(guard: CanActivate, context: ExecutionContext): Promise<void> {
    try {
      await guard.canActivate(context);
    } catch {
      throw new UnauthenticatedError('A valid bearer token is required');
    }
  }
}
