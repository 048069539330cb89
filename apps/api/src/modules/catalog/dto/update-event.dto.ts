import { AttendeeFieldDto } from '../attendee-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { ScopeIds } from '../../../platform/http/validation';
import { EVENT_KINDS, EVENT_STATUSES, EventKind, EventStatus } from '../entities/event.entity';
import { PRICE_VISIBILITIES, PriceVisibility } from '../entities/price.entity';
import { EventDateRequest, SalesMoment } from './create-event.dto';

export class UpdateEventRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: 'string' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @ApiPropertyOptional({ maxLength: 300, nullable: true, type: 'string', description: 'The venue’s address; null removes it' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venueAddress?: string | null;

  @ApiPropertyOptional({ enum: EVENT_STATUSES })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  subjectToEntertainmentTax?: boolean;

  @ApiPropertyOptional({ enum: EVENT_KINDS, description: 'A single-date event becomes multi-date to get more dates (back to single only with one date)' })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @SalesMoment('Sales open then; null: as soon as published')
  salesStartAt?: string | null;

  @SalesMoment('Sales close then; null: they stay open until the dates')
  salesEndAt?: string | null;
}

export class AddDatesRequest {
  @ApiProperty({ type: [EventDateRequest], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventDateRequest)
  dates: EventDateRequest[];
}

export class UpdateDateRequest {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string | null;

  @ApiPropertyOptional({ enum: ['scheduled', 'cancelled'] })
  @IsOptional()
  @IsIn(['scheduled', 'cancelled'])
  status?: 'scheduled' | 'cancelled';

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string', description: 'When the doors open (not after startsAt); null removes it' })
  @IsOptional()
  @IsISO8601({ strict: true })
  doorsAt?: string | null;
}

export class UpdateZoneRequest {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1000000, description: 'Capacity given to dates added from now on' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  capacity?: number;
}

export class SetCapacityRequest {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000000, example: 300 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  capacity: number;
}

export class UpdatePriceRequest {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ type: [MoneyDto], description: 'Replaces all amounts (see PriceRequest.amounts)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => MoneyDto)
  amounts?: MoneyDto[];

  @ApiPropertyOptional({ enum: PRICE_VISIBILITIES })
  @IsOptional()
  @IsIn(PRICE_VISIBILITIES)
  visibility?: PriceVisibility;

  @ScopeIds('null = all dates', 500)
  dateIds?: string[] | null;

  @ScopeIds('null = all zones', 50)
  zoneIds?: string[] | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;

  @SalesMoment('On sale from then (within the event’s window); null: whenever the event is')
  salesStartAt?: string | null;

  @SalesMoment('On sale until then (within the event’s window); null: whenever the event is')
  salesEndAt?: string | null;

  @ApiPropertyOptional({ type: [AttendeeFieldDto], maxItems: 20, description: 'Attendee data each ticket of this price asks for (ORD-5); omitted: none' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttendeeFieldDto)
  attendeeFields?: AttendeeFieldDto[];
}
