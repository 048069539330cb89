import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsISO8601, IsNotEmptyObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { EVENT_STATUSES, EventStatus } from '../entities/event.entity';
import { PRICE_KINDS, PriceKind } from '../entities/price.entity';

export class CreateEventDateRequest {
  @ApiProperty({ format: 'date-time', example: '2026-12-12T20:00:00+01:00' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-12T22:00:00+01:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string;
}

export class CreateZoneRequest {
  @ApiProperty({ example: 'Parterre', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000000, example: 250 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  capacity: number;
}

export class CreatePriceRequest {
  @ApiProperty({ example: 'Plein tarif', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: PRICE_KINDS })
  @IsIn(PRICE_KINDS)
  kind: PriceKind;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Required for a fixed price; omitted for a free one' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;
}

/** A single-date event with one general-admission zone and one price. */
export class CreateEventRequest {
  @ApiProperty({ example: 'Le Misanthrope', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: 'Grande salle', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, default: 'published' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiProperty({ type: CreateEventDateRequest })
  @IsDefined()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => CreateEventDateRequest)
  date: CreateEventDateRequest;

  @ApiProperty({ type: CreateZoneRequest })
  @IsDefined()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => CreateZoneRequest)
  zone: CreateZoneRequest;

  @ApiProperty({ type: CreatePriceRequest })
  @IsDefined()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => CreatePriceRequest)
  price: CreatePriceRequest;
}
