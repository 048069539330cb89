import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PersonalisationLinkResponse, PersonalisationQuery, PersonalisationResponse, SavePersonalisationRequest } from './dto/personalisation.dto';
import { OrdersProblems } from './orders.errors';
import { OrdersService } from './orders.service';

/** ORD-5: the organizer opens an order's personalisation. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId')
export class PersonalisationController {
  constructor(
    private readonly orders: OrdersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('personalisation-link')
  @HttpCode(200)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'openOrderPersonalisation',
    summary:
      'Open personalisation: a link (unguessable, valid 30 days) where the customer completes or corrects the attendee data its tickets ask for. Only when a valid ticket asks for some.',
  })
  @ApiOkResponse({ type: PersonalisationLinkResponse })
  @ApiProblems(OrdersProblems.ORDER_NOT_FOUND, OrdersProblems.ORDER_ALREADY_CANCELLED, OrdersProblems.NO_PERSONAL_DATA)
  async openOrderPersonalisation(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonalisationLinkResponse> {
    return this.orders.openPersonalisation(scope, orderId, await this.tenancy.actorOf(principal.id));
  }
}

const SHOP_PROBLEMS = [
  TenancyProblems.SHOP_NOT_FOUND,
  OrdersProblems.ORDER_NOT_FOUND,
  OrdersProblems.PERSONALISATION_LINK_EXPIRED,
  OrdersProblems.ORDER_ALREADY_CANCELLED,
];

/** ORD-5: the customer completes or corrects attendee data with the personalisation link. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/orders/:orderId/personalisation')
export class ShopPersonalisationController {
  constructor(
    private readonly orders: OrdersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getShopPersonalisation', summary: 'The tickets of the order that ask for attendee data, with the answers so far' })
  @ApiOkResponse({ type: PersonalisationResponse })
  @ApiProblems(...SHOP_PROBLEMS)
  async getShopPersonalisation(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: PersonalisationQuery,
  ): Promise<PersonalisationResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.orders.getPersonalisation(scope, orderId, query.token);
  }

  @Put()
  @ApiOperation({
    operationId: 'saveShopPersonalisation',
    summary: 'Save attendee answers of some tickets: each checked against its price’s fields (kinds, choices, required ones), all or nothing',
  })
  @ApiOkResponse({ type: PersonalisationResponse })
  @ApiProblems(...SHOP_PROBLEMS, OrdersProblems.TICKET_NOT_IN_ORDER, OrdersProblems.ATTENDEE_ANSWERS_INVALID)
  async saveShopPersonalisation(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: PersonalisationQuery,
    @Body() body: SavePersonalisationRequest,
  ): Promise<PersonalisationResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.orders.savePersonalisation(scope, orderId, query.token, body);
  }
}
