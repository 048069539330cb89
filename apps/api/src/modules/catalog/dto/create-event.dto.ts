import { AttendeeFieldDto } from '../attendee-fields';
import { applyDecorators } from '@nestjs/common';
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
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { ScopeIds } from '../../../platform/http/validation';
import { EVENT_KINDS, EVENT_STATUSES, EventKind, EventStatus } from '../entities/event.entity';
import { PRICE_KINDS, PRICE_VISIBILITIES, PriceKind, PriceVisibility } from '../entities/price.entity';

/** An optional moment of a sales window; null (in an update) removes it. */
export function SalesMoment(description: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string', description }), IsOptional(), IsISO8601({ strict: true }));
}

export class EventDateRequest {
  @ApiProperty({ format: 'date-time', example: '2026-12-12T20:00:00+01:00' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-12T22:00:00+01:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-12T19:30:00+01:00', description: 'When the doors open (not after startsAt)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  doorsAt?: string;
}

export class ZoneRequest {
  @ApiProperty({ example: 'Parterre', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 1000000,
    example: 250,
    description: 'General admission: places on each date (can be changed per date)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  capacity?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Seated: the seating plan whose seats of `category` this zone sells' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: 'Catégorie 1', maxLength: 40, description: 'Seated: the category of the plan' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  category?: string;
}

export class PriceRequest {
  @ApiProperty({ example: 'Plein tarif', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: PRICE_KINDS })
  @IsIn(PRICE_KINDS)
  kind: PriceKind;

  @ApiPropertyOptional({
    type: [MoneyDto],
    description: 'Fixed: the amount per currency. Pay what you want: the minimum per currency (more than 2.00). Free: none.',
    example: [{ amount: 2500, currency: 'CHF' }],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => MoneyDto)
  amounts?: MoneyDto[];

  @ApiPropertyOptional({ enum: PRICE_VISIBILITIES, default: 'public' })
  @IsOptional()
  @IsIn(PRICE_VISIBILITIES)
  visibility?: PriceVisibility;

  @ScopeIds('Dates it applies to; omitted or null = all dates', 500)
  dateIds?: string[] | null;

  @ScopeIds('Zones it applies to; omitted or null = all zones', 50)
  zoneIds?: string[] | null;

  @SalesMoment('This price is on sale from then (within the event’s own window); omitted: whenever the event is')
  salesStartAt?: string | null;

  @SalesMoment('This price is on sale until then (within the event’s own window); omitted: whenever the event is')
  salesEndAt?: string | null;

  @ApiPropertyOptional({ type: [AttendeeFieldDto], maxItems: 20, description: 'Attendee data each ticket of this price asks for (ORD-5); omitted: none' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttendeeFieldDto)
  attendeeFields?: AttendeeFieldDto[];
}

/** An event with its dates, zones and prices; prices given here apply to every date and zone. */
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

  @ApiPropertyOptional({ example: 'Rue du Château 3, 1510 Moudon', maxLength: 300, description: 'The venue’s address, printed on the tickets' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venueAddress?: string;

  @ApiPropertyOptional({
    enum: EVENT_STATUSES,
    default: 'draft',
    description: 'A new event is a draft (not in the shop) unless `published` is asked; publishing needs a date, a zone and a price',
  })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ enum: EVENT_KINDS, description: 'Default: single with one date, multi otherwise' })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @ApiPropertyOptional({ default: false, description: 'Subject to the Lausanne entertainment tax (no pay-what-you-want prices)' })
  @IsOptional()
  @IsBoolean()
  subjectToEntertainmentTax?: boolean;

  @SalesMoment('Sales open then (the shop says "en vente dès …" before); omitted: as soon as published')
  salesStartAt?: string | null;

  @SalesMoment('Sales close then; omitted: they stay open until the dates')
  salesEndAt?: string | null;

  @ApiProperty({ type: [EventDateRequest], maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventDateRequest)
  dates: EventDateRequest[];

  @ApiProperty({ type: [ZoneRequest], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ZoneRequest)
  zones: ZoneRequest[];

  @ApiProperty({ type: [PriceRequest], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PriceRequest)
  prices: PriceRequest[];
}
