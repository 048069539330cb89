import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { RecordPaymentRequest } from './record-payment.dto';

export class SplitReservationRequest {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: 500,
    description: 'The valid tickets of the reservation to validate now, in a new paid order — at least one, not all of them (all: recordOrderPayment)',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ticketIds: string[];

  @ApiProperty({ type: RecordPaymentRequest, description: 'How the new order’s total was received at the counter (as recordOrderPayment)' })
  @ValidateNested()
  @Type(() => RecordPaymentRequest)
  payment: RecordPaymentRequest;
}

export class SplitReservationResponse {
  @ApiProperty({ format: 'uuid', description: 'The new order, paid, with the selected tickets' }) id: string;
  @ApiProperty({ description: 'Its number' }) number: string;
}
