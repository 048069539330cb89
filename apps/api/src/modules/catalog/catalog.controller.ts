import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { PageQuery } from '../../platform/http/pagination';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from './catalog.service';
import { CreateEventRequest, PriceRequest, ZoneRequest } from './dto/create-event.dto';
import { DuplicateEventRequest, DuplicateEventResponse } from './dto/duplicate-event.dto';
import { EventPage, EventResponse } from './dto/event.dto';
import { AddDatesRequest, SetCapacityRequest, UpdateDateRequest, UpdateEventRequest, UpdatePriceRequest, UpdateZoneRequest } from './dto/update-event.dto';

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
  @ApiOperation({ operationId: 'createEvent', summary: 'Create an event with its dates, zones and prices' })
  @ApiCreatedResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404, 422)
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

  @Patch(':eventId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateEvent', summary: 'Change an event’s name, description, venue, status or entertainment-tax flag' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404, 422)
  updateEvent(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Body() body: UpdateEventRequest,
  ): Promise<EventResponse> {
    return this.catalog.updateEvent(scope, eventId, body);
  }

  @Post(':eventId/dates')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'addEventDates', summary: 'Add performances or timeslots (each zone gets its default capacity)' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404, 409)
  @HttpCode(200)
  addEventDates(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Body() body: AddDatesRequest,
  ): Promise<EventResponse> {
    return this.catalog.addDates(scope, eventId, body);
  }

  @Patch(':eventId/dates/:dateId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateEventDate', summary: 'Move a date, or cancel it' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404)
  updateEventDate(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
    @Body() body: UpdateDateRequest,
  ): Promise<EventResponse> {
    return this.catalog.updateDate(scope, eventId, dateId, body);
  }

  @Post(':eventId/zones')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiOperation({ operationId: 'addEventZone', summary: 'Add a general-admission zone with a capacity on every date' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404)
  addEventZone(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Body() body: ZoneRequest,
  ): Promise<EventResponse> {
    return this.catalog.addZone(scope, eventId, body);
  }

  @Patch(':eventId/zones/:zoneId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateEventZone', summary: 'Rename a zone or change the capacity new dates get' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404)
  updateEventZone(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('zoneId', UuidPipe) zoneId: string,
    @Body() body: UpdateZoneRequest,
  ): Promise<EventResponse> {
    return this.catalog.updateZone(scope, eventId, zoneId, body);
  }

  @Put(':eventId/dates/:dateId/zones/:zoneId/capacity')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'setZoneCapacity', summary: 'Set the capacity of one zone on one date (never below sold + held)' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404, 409)
  setZoneCapacity(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
    @Param('zoneId', UuidPipe) zoneId: string,
    @Body() body: SetCapacityRequest,
  ): Promise<EventResponse> {
    return this.catalog.setCapacity(scope, eventId, dateId, zoneId, body);
  }

  @Post(':eventId/prices')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiOperation({ operationId: 'addEventPrice', summary: 'Add a fixed, free or pay-what-you-want price' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404, 422)
  addEventPrice(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Body() body: PriceRequest,
  ): Promise<EventResponse> {
    return this.catalog.addPrice(scope, eventId, body);
  }

  @Patch(':eventId/prices/:priceId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateEventPrice', summary: 'Change a price’s name, amounts, visibility, dates or zones' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(400, 401, 403, 404, 422)
  updateEventPrice(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('priceId', UuidPipe) priceId: string,
    @Body() body: UpdatePriceRequest,
  ): Promise<EventResponse> {
    return this.catalog.updatePrice(scope, eventId, priceId, body);
  }

  @Post(':eventId/duplicates')
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'duplicateEvent',
    summary: 'Copy an event once or as a recurring series, here or to another ticketing of the same organizer (new dates, everything else kept)',
  })
  @ApiCreatedResponse({ type: DuplicateEventResponse })
  @ApiProblems(400, 401, 403, 404, 422)
  duplicateEvent(
    @Scope() scope: TenantScope,
    @CurrentPrincipal() user: Principal,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Body() body: DuplicateEventRequest,
  ): Promise<DuplicateEventResponse> {
    return this.catalog.duplicateEvent(scope, user.id, eventId, body);
  }
}
