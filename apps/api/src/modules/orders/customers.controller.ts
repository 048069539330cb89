import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import {
  AddCustomerCommentRequest,
  CustomerPage,
  CustomerResponseDetail,
  ListCustomersQuery,
  OrderCommentResponse,
  UpdateCustomerRequest,
} from './dto/customer.dto';
import { CustomersService } from './customers.service';
import { OrdersProblems } from './orders.errors';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listCustomers', summary: 'List and search the buyers of the ticketing (one per email), newest first' })
  @ApiOkResponse({ type: CustomerPage })
  listCustomers(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string, @Query() query: ListCustomersQuery): Promise<CustomerPage> {
    return this.customers.listCustomers(scope, query);
  }

  @Get(':customerId')
  @ApiOperation({ operationId: 'getCustomer', summary: 'A customer with their orders and the comments on them' })
  @ApiOkResponse({ type: CustomerResponseDetail })
  @ApiProblems(OrdersProblems.CUSTOMER_NOT_FOUND)
  getCustomer(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('customerId', UuidPipe) customerId: string,
  ): Promise<CustomerResponseDetail> {
    return this.customers.getCustomer(scope, customerId);
  }

  @Patch(':customerId')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'updateCustomer', summary: 'Correct a customer’s name, email, phone or notes (their orders’ contacts stay as given)' })
  @ApiOkResponse({ type: CustomerResponseDetail })
  @ApiProblems(OrdersProblems.CUSTOMER_NOT_FOUND, OrdersProblems.CUSTOMER_EMAIL_TAKEN)
  updateCustomer(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('customerId', UuidPipe) customerId: string,
    @Body() body: UpdateCustomerRequest,
  ): Promise<CustomerResponseDetail> {
    return this.customers.updateCustomer(scope, customerId, body);
  }

  @Post(':customerId/comments')
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({ operationId: 'addCustomerComment', summary: 'Comment on a buyer: shown on every order of theirs' })
  @ApiCreatedResponse({ type: OrderCommentResponse })
  @ApiProblems(OrdersProblems.CUSTOMER_NOT_FOUND)
  async addCustomerComment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('customerId', UuidPipe) customerId: string,
    @Body() body: AddCustomerCommentRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrderCommentResponse> {
    return this.customers.addCustomerComment(scope, customerId, body.body, await this.tenancy.actorOf(principal.id));
  }
}
