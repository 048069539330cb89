import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { SalesReportQuery, SalesReportResponse } from './dto/sales-report.dto';
import { ReportingService } from './reporting.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/reports')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @Get('sales-by-event')
  @Roles('admin', 'manager', 'accounting')
  @ApiOperation({
    operationId: 'getSalesReport',
    summary: 'Sales by event for a period: tickets sold and cancelled, revenue, refunds and the platform commission (ORD-15)',
  })
  @ApiOkResponse({ type: SalesReportResponse })
  getSalesReport(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: SalesReportQuery): Promise<SalesReportResponse> {
    return this.reporting.salesReport(scope, query);
  }
}
