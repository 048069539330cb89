import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../tenancy/entities/membership.entity';
import { TenantScope } from '../tenancy/tenant-scope';

export const ACCESS_KEY = 'guichet:access';
export const ROLES_KEY = 'guichet:roles';

export type Access = 'public' | 'user' | 'device';

/** Anyone may call this route (shop, health, login). */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies Access);
/** Only a registered control device may call this route. */
export const DeviceOnly = () => SetMetadata(ACCESS_KEY, 'device' satisfies Access);
/** Roles allowed on a `/ticketings/{ticketingId}` route (default: any member). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface Principal {
  kind: 'user' | 'device';
  id: string;
  /** For devices: the ticketing they were registered in. */
  ticketingId?: string;
}

export interface GuichetRequest {
  principal?: Principal;
  scope?: TenantScope;
  params: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

/** The tenant the guard admitted the caller to. */
export const Scope = createParamDecorator((_: unknown, ctx: ExecutionContext): TenantScope => {
  const scope = ctx.switchToHttp().getRequest<GuichetRequest>().scope;
  if (!scope) throw new Error('route has no tenant scope: is it under /ticketings/:ticketingId?');
  return scope;
});

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<GuichetRequest>().principal;
  if (!principal) throw new Error('route has no principal');
  return principal;
});
