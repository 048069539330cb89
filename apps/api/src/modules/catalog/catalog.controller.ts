import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { PageQuery } from '../../platform/http/pagination';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from './catalog.service';
import { CreateEventRequest } from './dto/create-event.dto';
import { EventPage, EventResponse } from './dto/event.dto';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/events')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ApiOperation({ operationId: 'listEvents', summary: 'List the events of a ticketing, newest first' })
  @ApiOkResponse({ type: EventPage })
  @ApiProblems(400, 401, 404)
  listEvents(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: PageQuery): Promise<EventPage> {
    return this.catalog.listEvents(scope, query);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'createEvent', summary: 'Create a single-date event with one zone and one price' })
  @ApiCreatedResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404)
  createEvent(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: CreateEventRequest): Promise<EventResponse> {
    return this.catalog.createEvent(scope, body);
  }

  @Get(':eventId')
  @ApiOperation({ operationId: 'getEvent', summary: 'An event with its dates, zones, prices and availability' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 404)
  getEvent(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('eventId', UuidPipe) eventId: string): Promise<EventResponse> {
    return this.catalog.getEvent(scope, eventId);
  }
}
