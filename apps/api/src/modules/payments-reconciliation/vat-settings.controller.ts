import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { VatSettingsRequest, VatSettingsResponse } from './dto/vat-settings.dto';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

@ApiTags('payments')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/vat-settings')
export class VatSettingsController {
  constructor(
    private readonly payments: PaymentsReconciliationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'getVatSettings', summary: 'The VAT number and rate printed on this ticketing’s counter receipts (all null: none)' })
  @ApiOkResponse({ type: VatSettingsResponse })
  getVatSettings(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<VatSettingsResponse> {
    return this.payments.vatSettings(scope);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    operationId: 'setVatSettings',
    summary: 'Set the VAT number and rate (included in the prices) printed on counter receipts, or clear both (null)',
  })
  @ApiOkResponse({ type: VatSettingsResponse })
  async setVatSettings(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: VatSettingsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VatSettingsResponse> {
    return this.payments.setVatSettings(scope, body, await this.tenancy.actorOf(principal.id));
  }
}
