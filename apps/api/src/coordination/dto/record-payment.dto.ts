import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** How the ticket office can receive what a reserved order owes. */
export const COUNTER_PAYMENT_METHODS = ['cash', 'card', 'bank_transfer', 'other'] as const;
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number];

/**
 * What the counter received: the means, the cash handed over, a reference. For a reserved order's
 * amount due as it is; a counter sale's tenders add the amount each pays (CounterTenderRequest).
 */
export class RecordPaymentRequest {
  @ApiProperty({ enum: COUNTER_PAYMENT_METHODS, description: 'How it was received; `card` is the counter’s card terminal' })
  @IsIn(COUNTER_PAYMENT_METHODS)
  method: CounterPaymentMethod;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description:
      'Cash only: what the customer handed over (at least what it pays), in minor units; kept on the payment, the receipt prints it with the change to give back',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  given?: number;

  @ApiPropertyOptional({ maxLength: 100, description: 'The card terminal’s receipt number, a transfer’s reference…' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;
}
