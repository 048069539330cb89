import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { EventDateRequest } from './create-event.dto';
import { EventSummaryResponse } from './event.dto';

export class RecurrenceRequest {
  @ApiProperty({ format: 'date-time', description: 'Start of the first occurrence', example: '2027-01-08T20:00:00+01:00' })
  @IsISO8601({ strict: true })
  firstStartsAt: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1440, description: 'Length of each occurrence, in minutes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes?: number;

  @ApiProperty({ enum: ['day', 'week', 'month'] })
  @IsIn(['day', 'week', 'month'])
  every: 'day' | 'week' | 'month';

  @ApiProperty({ format: 'date', description: 'Last day an occurrence may start on (inclusive)', example: '2027-03-26' })
  @IsISO8601({ strict: true })
  until: string;
}

/** CAT-7 / CAT-8: copy an event once or as a series, on this ticketing or another of the organizer's. */
export class DuplicateEventRequest {
  @ApiProperty({ enum: ['once', 'recurring'], description: 'once: one copy with the given dates; recurring: one single-date copy per occurrence' })
  @IsIn(['once', 'recurring'])
  mode: 'once' | 'recurring';

  @ApiPropertyOptional({ maxLength: 200, description: 'Name of the copy (default: the same name)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: [EventDateRequest], description: 'mode once: the dates of the copy' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventDateRequest)
  dates?: EventDateRequest[];

  @ApiPropertyOptional({ type: RecurrenceRequest, description: 'mode recurring: the series' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceRequest)
  recurrence?: RecurrenceRequest;

  @ApiPropertyOptional({ format: 'uuid', description: 'Another ticketing of the same organizer (default: this one)' })
  @IsOptional()
  @IsUUID()
  targetTicketingId?: string;
}

export class DuplicateEventResponse {
  @ApiProperty({ format: 'uuid' }) ticketingId: string;
  @ApiProperty({ type: [EventSummaryResponse] }) events: EventSummaryResponse[];
}
