import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CommissionTermsRequest, CommissionTermsResponse } from './dto/commission.dto';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/commission')
export class CommissionController {
  constructor(
    private readonly payments: PaymentsReconciliationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @Roles('admin', 'accounting')
  @ApiOperation({ operationId: 'getCommissionTerms', summary: 'The platform commission per ticket sold in this ticketing' })
  @ApiOkResponse({ type: CommissionTermsResponse })
  getCommissionTerms(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<CommissionTermsResponse> {
    return this.payments.commissionTerms(scope);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    operationId: 'setCommissionTerms',
    summary: 'Set the platform commission per ticket: a fixed part and a share of the price, for sales from now on (earlier sales keep theirs)',
  })
  @ApiOkResponse({ type: CommissionTermsResponse })
  async setCommissionTerms(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: CommissionTermsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommissionTermsResponse> {
    return this.payments.setCommissionTerms(scope, body, await this.tenancy.actorOf(principal.id));
  }
}
