import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** How money can be given back; a refund to a gift voucher credits the voucher that paid. */
export const REFUND_METHODS = ['cash', 'card', 'bank_transfer', 'gift_voucher', 'other'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

export class RefundRequest {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Minor units, in the order’s currency; at most what was paid and not yet refunded', example: 3030 })
  @IsInt()
  @Min(1)
  amount: number;

  @ApiProperty({ enum: REFUND_METHODS, description: 'How the money goes back (for revenue reporting)' })
  @IsIn(REFUND_METHODS)
  method: RefundMethod;

  @ApiPropertyOptional({ maxLength: 500, example: 'Spectacle annulé pour maladie' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CancelOrderRequest {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why, for the history', example: 'Demande du client' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: 'Tell the customer by email (default: no)' })
  @IsOptional()
  @IsBoolean()
  notify?: boolean;

  @ApiPropertyOptional({ type: RefundRequest, description: 'A refund recorded with the cancellation; cancelling alone refunds nothing' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RefundRequest)
  refund?: RefundRequest;
}

export class CancelOrderTicketsRequest extends CancelOrderRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500, description: 'The tickets to cancel (valid tickets of this order)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ticketIds: string[];
}
