import { ApiProperty } from '@nestjs/swagger';

export class CardPaymentStartedResponse {
  @ApiProperty({ format: 'uuid', description: 'The attempt (see the order’s transactions)' }) transactionId: string;
  @ApiProperty({ description: 'Send the customer’s browser here: the provider’s payment page. It comes back to the order page in the shop.' })
  redirectUrl: string;
}
