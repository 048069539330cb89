import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';

export class OpenCounterSessionRequest {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Cash in the drawer at opening (minor units of the ticketing’s currency)', example: 20000 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  openingFloat: number;
}

export class CloseCounterSessionRequest {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Cash counted in the drawer at closing (minor units)', example: 45500 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  countedCash: number;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why the count differs, if it does' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CounterSessionsQuery {
  @ApiProperty({ format: 'date-time', description: 'Shifts opened from (inclusive)', example: '2027-03-01T00:00:00+01:00' })
  @IsDateString()
  from: string;

  @ApiProperty({ format: 'date-time', description: 'Shifts opened until (exclusive)', example: '2027-03-02T00:00:00+01:00' })
  @IsDateString()
  to: string;
}

/** What a shift received and gave back through one means of payment, in one currency. */
export class CounterTotalDto {
  @ApiProperty({ enum: ['cash', 'card', 'bank_transfer', 'gift_voucher', 'other'] }) method: string;
  @ApiProperty({ type: MoneyDto }) received: MoneyDto;
  @ApiProperty({ type: MoneyDto }) refunded: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'received − refunded' }) net: MoneyDto;
}

export class CounterSessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() userLabel: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) closedAt: string | null;
  @ApiProperty({ type: MoneyDto }) openingFloat: MoneyDto;
  @ApiProperty({ type: [CounterTotalDto], description: 'Every means of payment the user received or refunded through during the shift (the ledger)' })
  totals: CounterTotalDto[];
  @ApiProperty({ type: MoneyDto, description: 'What the drawer should hold: the float plus the cash received minus the cash refunded' })
  expectedCash: MoneyDto;
  @ApiProperty({ type: MoneyDto, nullable: true, description: 'Counted at closing' }) countedCash: MoneyDto | null;
  @ApiProperty({ type: MoneyDto, nullable: true, description: 'counted − expected (negative: missing)' }) difference: MoneyDto | null;
  @ApiProperty({ nullable: true, type: 'string' }) closingNote: string | null;
}

export class CounterReportResponse {
  @ApiProperty({ type: [CounterSessionResponse] }) sessions: CounterSessionResponse[];
  @ApiProperty({ type: [CounterTotalDto], description: 'All the shifts together, per means of payment and currency' }) totals: CounterTotalDto[];
}
