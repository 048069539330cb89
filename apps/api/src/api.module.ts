import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CoordinationModule } from './coordination/coordination.module';
import { CatalogModule } from './modules/catalog';
import { ControlModule } from './modules/control';
import { CustomerAccountsModule } from './modules/customer-accounts';
import { OrdersModule } from './modules/orders';
import { PaymentsReconciliationModule } from './modules/payments-reconciliation';
import { RegistrationModule } from './modules/registration';
import { ReportingModule } from './modules/reporting';
import { SalesModule } from './modules/sales';
import { AccessGuard } from './platform/auth/access.guard';
import { AuthController } from './platform/auth/auth.controller';
import { HealthController } from './platform/health/health.controller';
import { Readiness } from './platform/health/readiness';
import { IdempotencyInterceptor } from './platform/http/idempotency/idempotency.interceptor';
import { ProblemFilter } from './platform/http/problem.filter';
import { LoggingModule } from './platform/logging/logging.module';
import { InvitationsController } from './platform/tenancy/invitations.controller';
import { TeamController } from './platform/tenancy/team.controller';
import { PlatformModule } from './platform/platform.module';

/** The HTTP process: REST API for the backoffice, the shop, scanners and integrators. */
@Module({
  imports: [
    PlatformModule,
    LoggingModule,
    CatalogModule,
    SalesModule,
    PaymentsReconciliationModule,
    OrdersModule,
    ControlModule,
    ReportingModule,
    CustomerAccountsModule,
    RegistrationModule,
    CoordinationModule,
  ],
  controllers: [AuthController, TeamController, InvitationsController, HealthController],
  providers: [
    Readiness,
    IdempotencyInterceptor,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class ApiModule {}
