import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { DomainError } from '../../platform/http/problem';
import { readUploadedFile } from '../../platform/http/upload';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersProblems } from '../../modules/orders';
import { PaymentsProblems } from '../../modules/payments-reconciliation';
import {
  BankEntryListResponse,
  BankFileListResponse,
  BankFileResponse,
  ListBankEntriesQuery,
  ValidateBankEntriesRequest,
  ValidateBankEntriesResponse,
} from '../dto/bank-reconciliation.dto';
import { BankReconciliation } from './bank-reconciliation.service';

const MAX_BANK_FILE_BYTES = 20 * 1024 * 1024;

/** PAY-5: camt bank files imported, their entries matched to orders, the selected ones booked (ADR 0051). */
@ApiTags('payments')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId')
export class BankReconciliationController {
  constructor(
    private readonly reconciliation: BankReconciliation,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('bank-files')
  @HttpCode(202)
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'importBankFile',
    summary:
      'Import a bank file: camt.053 (statements) or camt.054 (notifications), versions 001.04 to 001.08 (multipart/form-data, field `file`, at most 20 MB). ' +
      'A file that cannot be read is refused with the element and line at fault, and nothing is stored. Otherwise its entries are stored by a background job ' +
      '(an entry reported before — by another file or statement — is stored once) and matched to orders by QR or SCOR reference: poll the file for its progress.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiAcceptedResponse({ type: BankFileResponse, description: 'The file, its import queued' })
  @ApiProblems(PaymentsProblems.BANK_FILE_TOO_LARGE, PaymentsProblems.BANK_FILE_UNREADABLE)
  async importBankFile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BankFileResponse> {
    const file = await readUploadedFile(request, {
      field: 'file',
      maxBytes: MAX_BANK_FILE_BYTES,
      what: 'file',
      tooLarge: () =>
        new DomainError(PaymentsProblems.BANK_FILE_TOO_LARGE, 'The file is larger than 20 MB: download a shorter period', [
          { field: 'file', message: 'must be at most 20 MB' },
        ]),
    });
    return this.reconciliation.importFile(scope, file, await this.tenancy.actorOf(principal.id));
  }

  @Get('bank-files')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'listBankFiles', summary: 'The latest bank files imported (20), newest first, and how far each import went' })
  @ApiOkResponse({ type: BankFileListResponse })
  async listBankFiles(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<BankFileListResponse> {
    return { items: await this.reconciliation.latestFiles(scope) };
  }

  @Get('bank-files/:bankFileId')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({ operationId: 'getBankFile', summary: 'A bank file: its import’s stage and progress (entries stored of total, how many were new)' })
  @ApiOkResponse({ type: BankFileResponse })
  @ApiProblems(PaymentsProblems.BANK_FILE_NOT_FOUND)
  getBankFile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('bankFileId', UuidPipe) bankFileId: string,
  ): Promise<BankFileResponse> {
    return this.reconciliation.getFile(scope, bankFileId);
  }

  @Get('bank-entries')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'listBankEntries',
    summary:
      'Bank entries, newest import first, each with the order it was matched to (by reference, or only suggested), what that order still owes, ' +
      'whether the entry pays it exactly, partly or over, and whether it is preselected for validation',
  })
  @ApiOkResponse({ type: BankEntryListResponse })
  listBankEntries(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: ListBankEntriesQuery,
  ): Promise<BankEntryListResponse> {
    return this.reconciliation.listEntries(scope, query);
  }

  @Post('bank-entries/validations')
  @HttpCode(200)
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'validateBankEntries',
    summary:
      'Validate the selected transactions, in one write: each entry becomes a bank-transfer payment of its order; an order covered by what it received ' +
      '(or named through `complete`: a partial payment validated as settling it, your decision) becomes paid and its tickets are sent. ' +
      'A partial payment otherwise leaves the order reserved with what is still due. Entries booked before are skipped.',
  })
  @ApiOkResponse({ type: ValidateBankEntriesResponse })
  @ApiProblems(
    PaymentsProblems.BANK_ENTRY_NOT_FOUND,
    PaymentsProblems.BANK_ENTRY_NOT_PAYABLE,
    PaymentsProblems.BANK_ENTRY_ALREADY_BOOKED,
    OrdersProblems.ORDER_NOT_AWAITING_PAYMENT,
    OrdersProblems.ORDER_CHANGED,
  )
  async validateBankEntries(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: ValidateBankEntriesRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ValidateBankEntriesResponse> {
    return this.reconciliation.validate(scope, body, await this.tenancy.actorOf(principal.id));
  }
}
