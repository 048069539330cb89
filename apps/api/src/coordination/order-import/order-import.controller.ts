import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { DomainError } from '../../platform/http/problem';
import { readUploadedFile } from '../../platform/http/upload';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrderImportListResponse, OrderImportQuery, OrderImportReportResponse, OrderImportResponse } from '../dto/order-import.dto';
import { MAX_IMPORT_BYTES } from './order-import-file';
import { OrderImporter } from './order-import.service';
import { OrderImportProblems } from './order-import.errors';

const FILE_PROBLEMS = [
  OrderImportProblems.ORDER_IMPORT_FILE_TOO_LARGE,
  OrderImportProblems.ORDER_IMPORT_FILE_NOT_UTF8,
  OrderImportProblems.ORDER_IMPORT_FILE_MALFORMED,
  OrderImportProblems.ORDER_IMPORT_COLUMNS,
  OrderImportProblems.ORDER_IMPORT_FILE_EMPTY,
];

/** ORD-13: orders imported from a CSV file — a dry run, then the import as a background job with its progress. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/order-imports')
export class OrderImportController {
  constructor(
    private readonly importer: OrderImporter,
    private readonly tenancy: TenancyService,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'importOrders',
    summary:
      'Import orders from a CSV file (multipart/form-data, field `file`, UTF-8, comma or semicolon separated, at most 10 MB). ' +
      'Columns: reference, email, first_name, last_name, event, price (required); phone, date, zone, quantity, amount, payment. ' +
      'Lines sharing a reference are one order; a reference already imported is left as it is. ' +
      '`dryRun=true` reports every error with its line and column and writes nothing (200); otherwise a file without errors is accepted (202) and its orders are placed by a background job — poll the import for its progress.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: OrderImportReportResponse, description: 'The dry run’s report' })
  @ApiAcceptedResponse({ type: OrderImportResponse, description: 'The import, queued' })
  @ApiProblems(...FILE_PROBLEMS, OrderImportProblems.ORDER_IMPORT_FILE_HAS_ERRORS)
  async importOrders(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Query() query: OrderImportQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderImportReportResponse | OrderImportResponse> {
    const file = await readUploadedFile(request, {
      field: 'file',
      maxBytes: MAX_IMPORT_BYTES,
      what: 'CSV',
      tooLarge: () =>
        new DomainError(OrderImportProblems.ORDER_IMPORT_FILE_TOO_LARGE, 'The file is larger than 10 MB: split it', [
          { field: 'file', message: 'must be at most 10 MB' },
        ]),
    });
    if (query.dryRun) {
      void reply.status(200);
      return this.importer.dryRun(scope, file);
    }
    return this.importer.accept(scope, file, query.notify ?? false, await this.tenancy.actorOf(principal.id));
  }

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'listOrderImports', summary: 'The latest order imports and how far each went' })
  @ApiOkResponse({ type: OrderImportListResponse })
  async listOrderImports(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<OrderImportListResponse> {
    return { items: await this.importer.latest(scope) };
  }

  @Get(':importId')
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'getOrderImport',
    summary: 'An order import: its status and progress (created, skipped, failed of total) and why orders failed',
  })
  @ApiOkResponse({ type: OrderImportResponse })
  @ApiProblems(OrderImportProblems.ORDER_IMPORT_NOT_FOUND)
  getOrderImport(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('importId', UuidPipe) importId: string,
  ): Promise<OrderImportResponse> {
    return this.importer.get(scope, importId);
  }
}
