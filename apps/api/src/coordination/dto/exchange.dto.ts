import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CounterTenderRequest } from './counter-sale.dto';
import { COUNTER_PAYMENT_METHODS, CounterPaymentMethod } from './record-payment.dto';

export class ExchangeRefundRequest {
  @ApiProperty({ enum: COUNTER_PAYMENT_METHODS, description: 'How the difference is given back' })
  @IsIn(COUNTER_PAYMENT_METHODS)
  method: CounterPaymentMethod;
}

export class ExchangeTicketsRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500, description: 'The valid tickets of the order given back' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ticketIds: string[];

  @ApiProperty({ format: 'uuid', description: 'A counter cart holding the new tickets (openCounterCart): another date, zone or price' })
  @IsUUID()
  cartId: string;

  @ApiPropertyOptional({
    type: [CounterTenderRequest],
    maxItems: 10,
    description: 'When the new tickets cost more: what was received, paying exactly the difference',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CounterTenderRequest)
  tenders?: CounterTenderRequest[];

  @ApiPropertyOptional({ type: ExchangeRefundRequest, description: 'When the new tickets cost less: how the difference is given back' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExchangeRefundRequest)
  refund?: ExchangeRefundRequest;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ExchangeTicketsResponse {
  @ApiProperty({ type: 'integer', description: 'New tickets’ price minus the given-back tickets’ (minor units): paid when positive, refunded when negative' })
  difference: number;
  @ApiProperty({ type: 'integer', description: 'Cash to give back beyond the difference (cash handed over)' }) change: number;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The new tickets' }) ticketIds: string[];
}
