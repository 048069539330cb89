import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CardPaymentStartedResponse } from './card-payment.dto';

/** What a checkout answers: the order, and — paid by card — its first payment attempt. */
export class CheckoutResponse {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ description: 'Secret giving the customer access to the order and its tickets' }) accessToken: string;
  @ApiPropertyOptional({
    type: CardPaymentStartedResponse,
    description:
      'Paid by `card`: the first attempt, opened with the checkout — send the customer to its `redirectUrl`. Absent when the provider did not answer: open it with startCardPayment',
  })
  payment?: CardPaymentStartedResponse;
}
