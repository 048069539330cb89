import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

/** How the ticket office can receive what a reserved order owes. */
export const COUNTER_PAYMENT_METHODS = ['cash', 'card', 'bank_transfer', 'other'] as const;
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number];

export class RecordPaymentRequest {
  @ApiProperty({ enum: COUNTER_PAYMENT_METHODS, description: 'How the amount due was received' })
  @IsIn(COUNTER_PAYMENT_METHODS)
  method: CounterPaymentMethod;
}
