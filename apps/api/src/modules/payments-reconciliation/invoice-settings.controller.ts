import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { InvoiceSettingsRequest, InvoiceSettingsResponse } from './dto/invoice-settings.dto';
import { PaymentsProblems } from './payments-reconciliation.errors';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

@ApiTags('payments')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/invoice-settings')
export class InvoiceSettingsController {
  constructor(
    private readonly payments: PaymentsReconciliationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'getInvoiceSettings', summary: 'The creditor, QR-IBAN and payment term of this ticketing’s QR-bill invoices' })
  @ApiOkResponse({ type: InvoiceSettingsResponse })
  @ApiProblems(PaymentsProblems.INVOICE_SETTINGS_NOT_SET)
  getInvoiceSettings(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<InvoiceSettingsResponse> {
    return this.payments.invoiceSettings(scope);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    operationId: 'setInvoiceSettings',
    summary: 'Set the creditor, QR-IBAN and payment term of this ticketing’s invoices (selling by invoice needs them)',
  })
  @ApiOkResponse({ type: InvoiceSettingsResponse })
  async setInvoiceSettings(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: InvoiceSettingsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvoiceSettingsResponse> {
    return this.payments.setInvoiceSettings(scope, body, await this.tenancy.actorOf(principal.id));
  }
}
