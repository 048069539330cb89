import { Controller, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiCreatedResponse, ApiExcludeEndpoint, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenancyProblems } from '../platform/tenancy/tenancy.errors';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { OrderAccessQuery, OrdersProblems } from '../modules/orders';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { CardPayments } from './card-payments.service';
import { CardPaymentStartedResponse } from './dto/card-payment.dto';

/** PAY-1: the customer pays an order by card on the provider's page; the provider posts the outcome back. */
@Public()
@Controller()
export class CardPaymentsController {
  constructor(
    private readonly cards: CardPayments,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('shop/:slug/orders/:orderId/card-payments')
  @ApiTags('shop')
  @ApiOperation({
    operationId: 'startCardPayment',
    summary:
      'Start paying an order placed with `card`: an attempt on the payment provider’s page (VISA or MasterCard, 3-D Secure). Another attempt may follow a failed one, until the payment deadline',
  })
  @ApiCreatedResponse({ type: CardPaymentStartedResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    OrdersProblems.ORDER_NOT_FOUND,
    OrdersProblems.ORDER_NOT_AWAITING_PAYMENT,
    OrdersProblems.PAYMENT_TIME_OVER,
    PaymentsProblems.PAYMENT_PROVIDER_UNAVAILABLE,
  )
  async startCardPayment(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Query() query: OrderAccessQuery,
  ): Promise<CardPaymentStartedResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.cards.start(scope, slug, orderId, query.token);
  }

  @Post('shop/:slug/orders/:orderId/card-payments/:transactionId/check')
  @HttpCode(204)
  @ApiTags('shop')
  @ApiOperation({
    operationId: 'checkCardPayment',
    summary:
      'The customer is back from the payment provider’s page: ask the provider how this attempt ended and settle the order if it is paid — whether or not the provider’s own notification has come. Safe to repeat; read the order afterwards',
  })
  @ApiNoContentResponse()
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND, OrdersProblems.ORDER_NOT_FOUND, PaymentsProblems.PAYMENT_PROVIDER_UNAVAILABLE)
  async checkCardPayment(
    @Param('slug') slug: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Param('transactionId', UuidPipe) transactionId: string,
    @Query() query: OrderAccessQuery,
  ): Promise<void> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    await this.cards.check(scope, orderId, query.token, transactionId);
  }

  /** Server to server: the provider's signed outcome (not part of the public contract). */
  @Post('payment-providers/:provider/outcomes')
  @HttpCode(204)
  @ApiExcludeEndpoint()
  async receivePaymentOutcome(
    @Param('provider') provider: string,
    @Headers('x-test-provider-signature') signature: string | undefined,
    @Req() request: RawBodyRequest<FastifyRequest>,
  ): Promise<void> {
    await this.cards.receive(provider, request.rawBody?.toString('utf8') ?? '', signature);
  }
}
