import { applyDecorators, CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ACCESS_KEY, GuichetRequest } from '../../platform/auth/access.decorators';
import { ACCESS_EXTENSION } from '../../platform/http/api-problems';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { CustomerAccountsService, CustomerPrincipal } from './customer-accounts.service';

type CustomerRequest = GuichetRequest & { customer?: CustomerPrincipal };

/**
 * A shop route for a logged-in customer: `Authorization: Bearer <session token>` of this shop's
 * sessions. An organizer's JWT is not one (nor is a session of another shop), and a customer's
 * session is no JWT, so it opens nothing of the backoffice (ADR 0029).
 */
@Injectable()
export class CustomerSessionGuard implements CanActivate {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly accounts: CustomerAccountsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CustomerRequest>();
    const { scope } = await this.tenancy.shopBySlug(request.params.slug);
    const customer = await this.accounts.authenticate(scope, bearerOf(request.headers.authorization));
    request.customer = customer;
    request.scope = scope;
    // Its idempotency keys are the customer's own (ADR 0023).
    request.principal = { kind: 'customer', id: customer.accountId, ticketingId: scope.ticketingId };
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return /^Bearer\s+(\S+)$/i.exec(value ?? '')?.[1];
}

/** Marks a route as the logged-in customer's: the global guard lets it through to CustomerSessionGuard. */
export const CustomerOnly = () =>
  applyDecorators(SetMetadata(ACCESS_KEY, 'public'), ApiExtension(ACCESS_EXTENSION, 'customer'), ApiBearerAuth('customer'), UseGuards(CustomerSessionGuard));

/** The bearer token of a public route's caller, if any (a checkout by a logged-in customer); not part of the contract's parameters. */
export const BearerToken = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined =>
  bearerOf(ctx.switchToHttp().getRequest<GuichetRequest>().headers.authorization),
);

/** The customer the guard admitted. */
export const CurrentCustomer = createParamDecorator((_: unknown, ctx: ExecutionContext): CustomerPrincipal => {
  const customer = ctx.switchToHttp().getRequest<CustomerRequest>().customer;
  if (!customer) throw new Error('route has no customer: is it marked @CustomerOnly()?');
  return customer;
});
