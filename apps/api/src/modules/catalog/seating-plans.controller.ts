import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from './catalog.service';
import {
  BlockSeatsRequest,
  DateSeatMapResponse,
  ListSeatingPlansQuery,
  ReleaseSeatsRequest,
  SeatingPlanPage,
  SeatingPlanRequest,
  SeatingPlanResponse,
} from './dto/seating-plan.dto';
import { CatalogProblems } from './catalog.errors';

@ApiTags('seating plans')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId')
export class SeatingPlansController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('seating-plans')
  @ApiOperation({ operationId: 'listSeatingPlans', summary: 'Seating plans of the ticketing, with their seat categories' })
  @ApiOkResponse({ type: SeatingPlanPage })
  listSeatingPlans(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListSeatingPlansQuery): Promise<SeatingPlanPage> {
    return this.catalog.listSeatingPlans(scope, query);
  }

  @Post('seating-plans')
  @HttpCode(201)
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'createSeatingPlan', summary: 'Draw a seating plan: sections, rows, seats with coordinates, kinds, blocked seats, categories' })
  @ApiCreatedResponse({ type: SeatingPlanResponse })
  createSeatingPlan(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Body() body: SeatingPlanRequest): Promise<SeatingPlanResponse> {
    return this.catalog.createSeatingPlan(scope, body);
  }

  @Get('seating-plans/:planId')
  @ApiOperation({ operationId: 'getSeatingPlan', summary: 'A seating plan with all its seats' })
  @ApiOkResponse({ type: SeatingPlanResponse })
  @ApiProblems(CatalogProblems.SEATING_PLAN_NOT_FOUND)
  getSeatingPlan(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('planId', UuidPipe) planId: string,
  ): Promise<SeatingPlanResponse> {
    return this.catalog.getSeatingPlan(scope, planId);
  }

  @Put('seating-plans/:planId')
  @Roles('admin', 'manager')
  @ApiOperation({ operationId: 'replaceSeatingPlan', summary: 'Replace a plan’s layout (only while no event uses it)' })
  @ApiOkResponse({ type: SeatingPlanResponse })
  @ApiProblems(CatalogProblems.SEATING_PLAN_NOT_FOUND, CatalogProblems.PLAN_IN_USE)
  replaceSeatingPlan(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('planId', UuidPipe) planId: string,
    @Body() body: SeatingPlanRequest,
  ): Promise<SeatingPlanResponse> {
    return this.catalog.replaceSeatingPlan(scope, planId, body);
  }

  @Get('events/:eventId/dates/:dateId/seat-map')
  @ApiOperation({ operationId: 'getEventSeatMap', summary: 'Seats of an event’s seated zones on one date, free or taken' })
  @ApiOkResponse({ type: DateSeatMapResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.DATE_NOT_FOUND)
  getEventSeatMap(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
  ): Promise<DateSeatMapResponse> {
    return this.catalog.seatMap(scope, eventId, dateId);
  }

  @Post('events/:eventId/dates/:dateId/blocked-seats')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'blockDateSeats',
    summary: 'Block seats for one date (house seats, press), even after sales opened: off the seat map, best available and places left; the plan is untouched',
  })
  @ApiOkResponse({ type: DateSeatMapResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.DATE_NOT_FOUND, CatalogProblems.SEATS_NOT_BLOCKABLE)
  blockDateSeats(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
    @Body() body: BlockSeatsRequest,
  ): Promise<DateSeatMapResponse> {
    return this.catalog.blockDateSeats(scope, eventId, dateId, body);
  }

  @Post('events/:eventId/dates/:dateId/blocked-seats/release')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'releaseDateSeats', summary: 'Put seats blocked for one date back on sale' })
  @ApiOkResponse({ type: DateSeatMapResponse })
  @ApiProblems(CatalogProblems.EVENT_NOT_FOUND, CatalogProblems.DATE_NOT_FOUND)
  releaseDateSeats(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('eventId', UuidPipe) eventId: string,
    @Param('dateId', UuidPipe) dateId: string,
    @Body() body: ReleaseSeatsRequest,
  ): Promise<DateSeatMapResponse> {
    return this.catalog.releaseDateSeats(scope, eventId, dateId, body);
  }
}
