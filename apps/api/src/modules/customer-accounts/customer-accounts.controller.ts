import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../platform/auth/access.decorators';
import { LoginRequest } from '../../platform/auth/auth.dto';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { OrdersProblems } from '../orders';
import { CustomerAccountsProblems as P } from './customer-accounts.errors';
import { CustomerAccountsService, CustomerPrincipal } from './customer-accounts.service';
import { CurrentCustomer, CustomerOnly } from './customer-session.guard';
import {
  AccountEmailRequest,
  AccountLinkRequest,
  AccountOrdersPage,
  AccountOrdersQuery,
  ClaimOrderRequest,
  CustomerAccountResponse,
  CustomerSessionResponse,
  ResetPasswordRequest,
  SignUpRequest,
  SignUpResponse,
} from './dto/customer-account.dto';

const LINK_PROBLEMS = [P.ACCOUNT_LINK_NOT_FOUND, P.ACCOUNT_LINK_EXPIRED, P.ACCOUNT_LINK_USED];

/** A shop's customer accounts (ADR 0029): each account belongs to the shop of the slug, and opens nothing elsewhere. */
@ApiTags('shop')
@Controller('shop/:slug/account')
export class CustomerAccountsController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly accounts: CustomerAccountsService,
  ) {}

  @Post('sign-up')
  @Public()
  @HttpCode(201)
  @ApiOperation({ operationId: 'signUpCustomer', summary: 'Open a customer account; a link to confirm its email is sent to it' })
  @ApiCreatedResponse({ type: SignUpResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, P.ACCOUNT_ALREADY_EXISTS)
  async signUpCustomer(@Param('slug') slug: string, @Body() body: SignUpRequest): Promise<SignUpResponse> {
    return this.accounts.signUp(await this.scopeOf(slug), body);
  }

  @Post('confirm')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'confirmCustomerEmail', summary: 'Confirm the account’s email with the link’s token, and log in' })
  @ApiOkResponse({ type: CustomerSessionResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...LINK_PROBLEMS)
  async confirmCustomerEmail(@Param('slug') slug: string, @Body() body: AccountLinkRequest): Promise<CustomerSessionResponse> {
    return this.accounts.confirmEmail(await this.scopeOf(slug), body.token);
  }

  @Post('confirmation-email')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'resendCustomerConfirmation',
    summary: 'Send a new confirmation link to an unconfirmed account (the same answer for any email)',
  })
  @ApiAcceptedResponse()
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async resendCustomerConfirmation(@Param('slug') slug: string, @Body() body: AccountEmailRequest): Promise<void> {
    await this.accounts.resendConfirmation(await this.scopeOf(slug), body.email);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'logInCustomer', summary: 'Log a customer in to this shop and get a session token' })
  @ApiOkResponse({ type: CustomerSessionResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, TenancyProblems.INVALID_CREDENTIALS, P.ACCOUNT_NOT_CONFIRMED, P.TOO_MANY_LOGIN_ATTEMPTS)
  async logInCustomer(@Param('slug') slug: string, @Body() body: LoginRequest): Promise<CustomerSessionResponse> {
    return this.accounts.logIn(await this.scopeOf(slug), body);
  }

  @Post('logout')
  @CustomerOnly()
  @HttpCode(204)
  @ApiOperation({ operationId: 'logOutCustomer', summary: 'End the session: its token stops working at once' })
  @ApiNoContentResponse()
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async logOutCustomer(@Param('slug') slug: string, @CurrentCustomer() customer: CustomerPrincipal): Promise<void> {
    await this.accounts.logOut(await this.scopeOf(slug), customer);
  }

  @Post('forgot-password')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'forgotCustomerPassword',
    summary: 'Email a link to choose a new password, if the shop has this account (the same answer either way)',
  })
  @ApiAcceptedResponse()
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async forgotCustomerPassword(@Param('slug') slug: string, @Body() body: AccountEmailRequest): Promise<void> {
    await this.accounts.forgotPassword(await this.scopeOf(slug), body.email);
  }

  @Post('reset-password')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'resetCustomerPassword', summary: 'Choose a new password with the link’s token: other sessions end, this one starts' })
  @ApiOkResponse({ type: CustomerSessionResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, ...LINK_PROBLEMS)
  async resetCustomerPassword(@Param('slug') slug: string, @Body() body: ResetPasswordRequest): Promise<CustomerSessionResponse> {
    return this.accounts.resetPassword(await this.scopeOf(slug), body);
  }

  @Get()
  @CustomerOnly()
  @ApiOperation({ operationId: 'getCustomerAccount', summary: 'The logged-in customer’s account' })
  @ApiOkResponse({ type: CustomerAccountResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async getCustomerAccount(@Param('slug') slug: string, @CurrentCustomer() customer: CustomerPrincipal): Promise<CustomerAccountResponse> {
    return this.accounts.me(await this.scopeOf(slug), customer);
  }

  @Get('orders')
  @CustomerOnly()
  @ApiOperation({ operationId: 'listCustomerOrders', summary: 'My orders: placed while logged in, or claimed; newest first' })
  @ApiOkResponse({ type: AccountOrdersPage })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async listCustomerOrders(
    @Param('slug') slug: string,
    @CurrentCustomer() customer: CustomerPrincipal,
    @Query() query: AccountOrdersQuery,
  ): Promise<AccountOrdersPage> {
    return this.accounts.listOrders(await this.scopeOf(slug), customer, query);
  }

  @Post('orders/:orderId/claim')
  @CustomerOnly()
  @HttpCode(204)
  @ApiOperation({ operationId: 'claimCustomerOrder', summary: 'Add a guest order to my orders, with the secret of its link (same email only)' })
  @ApiNoContentResponse()
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, OrdersProblems.ORDER_NOT_FOUND, P.ORDER_EMAIL_MISMATCH, P.ORDER_CLAIMED_BY_ANOTHER_ACCOUNT)
  async claimCustomerOrder(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @CurrentCustomer() customer: CustomerPrincipal,
    @Body() body: ClaimOrderRequest,
  ): Promise<void> {
    await this.accounts.claimOrder(await this.scopeOf(slug), customer, orderId, body.token);
  }

  private async scopeOf(slug: string) {
    return (await this.tenancy.shopBySlug(slug)).scope;
  }
}
