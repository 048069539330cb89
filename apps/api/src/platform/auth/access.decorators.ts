import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ACCESS_EXTENSION, ROLES_EXTENSION } from '../http/api-problems';
import type { Role } from '../tenancy/entities/membership.entity';
import { TenantScope } from '../tenancy/tenant-scope';

export const ACCESS_KEY = 'guichet:access';
export const ROLES_KEY = 'guichet:roles';

export type Access = 'public' | 'user' | 'device';

/** Anyone may call this route (shop, health, login). */
export const Public = () => applyDecorators(SetMetadata(ACCESS_KEY, 'public' satisfies Access), ApiExtension(ACCESS_EXTENSION, 'public'));
/** Only a registered control device may call this route. */
export const DeviceOnly = () => applyDecorators(SetMetadata(ACCESS_KEY, 'device' satisfies Access), ApiExtension(ACCESS_EXTENSION, 'device'));
/** Roles allowed on a `/ticketings/{ticketingId}` route (default: any member). */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(ROLES_EXTENSION, roles));

export interface Principal {
  kind: 'user' | 'device' | 'customer';
  id: string;
  /** For devices: the ticketing they were registered in. */
  ticketingId?: string;
}

export interface GuichetRequest {
  principal?: Principal;
  scope?: TenantScope;
  /** The user's role in the ticketing the guard admitted them to. */
  role?: Role;
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

/** The caller's role in the ticketing of the route (for rules that depend on it beyond `@Roles`). */
export const CurrentRole = createParamDecorator((_: unknown, ctx: ExecutionContext): Role => {
  const role = ctx.switchToHttp().getRequest<GuichetRequest>().role;
  if (!role) throw new Error('route has no role: is it a user route under /ticketings/:ticketingId?');
  return role;
});
