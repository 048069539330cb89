import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiImageVersion, sendImage } from '../../platform/http/image-reply';
import { Images } from '../../platform/images/images';
import { ImageProblems } from '../../platform/images/images.errors';
import { EVENT_IMAGE_CONTENT_TYPE, EVENT_IMAGE_VARIANTS, EventImageVariant } from './event-images.service';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { OneOfPipe, UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from './catalog.service';
import { CreateEventRequest, PriceRequest, ZoneRequest } from './dto/create-event.dto';
import { DuplicateEventRequest, DuplicateEventResponse } from './dto/duplicate-event.dto';
import { EventPage, EventResponse, ListEventsQuery } from './dto/event.dto';
import { AddDatesRequest, SetCapacityRequest, UpdateDateRequest, UpdateEventRequest, UpdatePriceRequest, UpdateZoneRequest } from './dto/update-event.dto';
import { CatalogProblems } from './catalog.errors';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/events')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly images: Images,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listEvents',
    summary: 'List the events of a ticketing by next date: upcoming soonest first, then those without a date, then past ones (latest first)',
  })
  @ApiOkResponse({ type: EventPage })
  listEvents(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListEventsQuery): Promise<EventPage> {
    return this.catalog.listEvents(scope, query);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'createEvent', summary: 'Create an event with its dates, zones and prices (a draft unless `status` says otherwise)' })
  @ApiCreatedResponse({ type: EventResponse })
  @ApiProblems(
    CatalogProblems.PAY_WHAT_YOU_WANT_NOT_ALLOWED,
    CatalogProblems.PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW,
    CatalogProblems.SEATING_PLAN_NOT_FOUND,
    CatalogProblems.EVENT_NOT_PUBLISHABLE,
  )
  createEvent(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: CreateEventRequest): Promise<EventResponse> {
    return this.catalog.createEvent(scope, body);
  }

  @Get(':eventId')
  @ApiOperation({ operationId: 'getEvent', summary: 'An event with its dates, zones, prices and availability' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND)
  getEvent(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('eventId', UuidPipe) eventId: string): Promise<EventResponse> {
    return this.catalog.getEvent(scope, eventId);
  }

  @Patch(':eventId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'updateEvent', summary: 'Change an event’s name, description, venue, status or entertainment-tax flag' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(
    CatalogProblems.EVENT_NOT_FOUND,
    CatalogProblems.TOO_MANY_DATES_FOR_SINGLE,
    CatalogProblems.PAY_WHAT_YOU_WANT_NOT_ALLOWED,
    CatalogProblems.EVENT_NOT_PUBLISHABLE,
  )
  updateEvent(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Body() body: UpdateEventRequest,
  ): Promise<EventResponse> {
    return this.catalog.updateEvent(scope, eventId, body);
  }

  @Put(':eventId/image')
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'uploadEventImage',
    summary: 'Set the event’s image (multipart/form-data, field `image`: JPEG, PNG or WebP, at most 8 MB), cropped for the shop’s card and the ticket',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['image'], properties: { image: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, ImageProblems.IMAGE_TYPE_NOT_ALLOWED, ImageProblems.IMAGE_TOO_LARGE)
  async uploadEventImage(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Req() request: FastifyRequest,
  ): Promise<EventResponse> {
    // The event first: another ticketing's (or no) event is a 404 before any byte is read.
    await this.catalog.requireEventForUpload(scope, eventId);
    return this.catalog.uploadEventImage(scope, eventId, await this.images.readUpload(request, 'image'));
  }

  @Delete(':eventId/image')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'removeEventImage', summary: 'Remove the event’s image' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND)
  removeEventImage(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
  ): Promise<EventResponse> {
    return this.catalog.removeEventImage(scope, eventId);
  }

  @Get(':eventId/image/:variant')
  @ApiOperation({ operationId: 'getEventImage', summary: 'A crop of the event’s image (drafts included): card (16:9, WebP) or ticket (4:1, JPEG)' })
  @ApiParam({ name: 'variant', enum: EVENT_IMAGE_VARIANTS })
  @ApiImageVersion()
  @ApiProduces('image/webp', 'image/jpeg')
  @ApiOkResponse({
    description: 'The image',
    content: { 'image/webp': { schema: { type: 'string', format: 'binary' } }, 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.EVENT_IMAGE_NOT_FOUND)
  async getEventImage(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('variant', new OneOfPipe(EVENT_IMAGE_VARIANTS)) variant: EventImageVariant,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const image = await this.catalog.eventImage(scope, eventId, variant);
    await sendImage(
      request,
      reply,
      { data: image.data, version: image.hash.slice(0, 16), name: variant, contentType: EVENT_IMAGE_CONTENT_TYPE[variant] },
      'private',
    );
  }

  @Post(':eventId/publish')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'publishEvent', summary: 'Publish an event: it appears in the shop (needs a scheduled date, a zone and a price)' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.EVENT_NOT_PUBLISHABLE)
  publishEvent(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('eventId', UuidPipe) eventId: string): Promise<EventResponse> {
    return this.catalog.publishEvent(scope, eventId);
  }

  @Post(':eventId/unpublish')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'unpublishEvent', summary: 'Take an event out of the shop (back to draft); its orders and tickets stay valid' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND)
  unpublishEvent(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Param('eventId', UuidPipe) eventId: string): Promise<EventResponse> {
    return this.catalog.unpublishEvent(scope, eventId);
  }

  @Post(':eventId/dates')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'addEventDates', summary: 'Add performances or timeslots (each zone gets its default capacity)' })
  @ApiOkResponse({ type: EventResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.SINGLE_DATE_EVENT)
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
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.DATE_NOT_FOUND)
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
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND)
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
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.ZONE_NOT_FOUND, CatalogProblems.SEATED_ZONE_CAPACITY)
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
  @ApiProblems(
    CatalogProblems.EVENT_NOT_FOUND,
    CatalogProblems.DATE_NOT_FOUND,
    CatalogProblems.ZONE_NOT_FOUND,
    CatalogProblems.CAPACITY_BELOW_TAKEN,
    CatalogProblems.SEATED_ZONE_CAPACITY,
  )
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
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.PAY_WHAT_YOU_WANT_NOT_ALLOWED, CatalogProblems.PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW)
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
  @ApiProblems(
    CatalogProblems.EVENT_NOT_FOUND,
    CatalogProblems.PRICE_NOT_FOUND,
    CatalogProblems.PAY_WHAT_YOU_WANT_NOT_ALLOWED,
    CatalogProblems.PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW,
  )
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
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, TenancyProblems.TICKETING_NOT_FOUND)
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
