import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/** ORD-15: what the platform takes per ticket sold in this ticketing. */
export class CommissionTermsRequest {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100000, description: 'Fixed part per ticket, in minor units of the sale’s currency', example: 50 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  fixedAmount: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 5000, description: 'Share of the ticket’s price, in basis points (250 = 2.5 %)', example: 250 })
  @IsInt()
  @Min(0)
  @Max(5000)
  rateBp: number;

  @ApiPropertyOptional({ description: 'Charge free tickets the fixed part too (default: no)' })
  @IsOptional()
  @IsBoolean()
  freeTickets?: boolean;
}

export class CommissionTermsResponse {
  @ApiProperty({ type: 'integer' }) fixedAmount: number;
  @ApiProperty({ type: 'integer' }) rateBp: number;
  @ApiProperty() freeTickets: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'When the terms were last set; null: never (no commission)' })
  updatedAt: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'Who set them' }) updatedBy: string | null;
}
