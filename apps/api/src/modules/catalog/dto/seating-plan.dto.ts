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
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../platform/http/pagination';
import { SEAT_KINDS, SeatKind } from '../entities/plan-seat.entity';
import { DATE_SEAT_STATUSES, DateSeatStatus } from '../entities/date-seat.entity';

export class SeatInput {
  @ApiProperty({ example: 'Parterre', maxLength: 40 }) @IsString() @MinLength(1) @MaxLength(40) section: string;
  @ApiProperty({ example: 'C', maxLength: 20 }) @IsString() @MinLength(1) @MaxLength(20) row: string;
  @ApiProperty({ example: '12', maxLength: 20 }) @IsString() @MinLength(1) @MaxLength(20) number: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100000 }) @IsInt() @Min(0) @Max(100_000) x: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100000, description: 'Distance from the stage (top of the plan)' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  y: number;
  @ApiPropertyOptional({ enum: SEAT_KINDS, default: 'standard' }) @IsOptional() @IsIn(SEAT_KINDS) kind?: SeatKind;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() blocked?: boolean;
  @ApiProperty({ example: 'Catégorie 1', maxLength: 40, description: 'Price category; a seated zone sells one category' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  category: string;
}

export class SeatingPlanRequest {
  @ApiProperty({ example: 'Grande salle', maxLength: 100 }) @IsString() @MinLength(1) @MaxLength(100) name: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100000 }) @IsInt() @Min(1) @Max(100_000) width: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100000 }) @IsInt() @Min(1) @Max(100_000) height: number;

  @ApiProperty({ type: [SeatInput], minItems: 1, maxItems: 30000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30_000)
  @ValidateNested({ each: true })
  @Type(() => SeatInput)
  seats: SeatInput[];
}

export class SeatResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() section: string;
  @ApiProperty() row: string;
  @ApiProperty() number: string;
  @ApiProperty({ type: 'integer' }) x: number;
  @ApiProperty({ type: 'integer' }) y: number;
  @ApiProperty({ enum: SEAT_KINDS }) kind: SeatKind;
  @ApiProperty({ description: 'Never sold (on the plan); on a date’s seat map, also a seat blocked for that date' }) blocked: boolean;
  @ApiProperty() category: string;
}

export class SeatCategoryCount {
  @ApiProperty() category: string;
  @ApiProperty({ type: 'integer', description: 'Sellable (not blocked) seats' }) seats: number;
}

export class SeatingPlanSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) width: number;
  @ApiProperty({ type: 'integer' }) height: number;
  @ApiProperty({ type: 'integer' }) seatCount: number;
  @ApiProperty({ type: [SeatCategoryCount] }) categories: SeatCategoryCount[];
  @ApiProperty({ description: 'Used by a seated zone of an event (its layout can then no longer be replaced)' }) inUse: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SeatingPlanResponse extends SeatingPlanSummaryResponse {
  @ApiProperty({ type: [SeatResponse] }) seats: SeatResponse[];
}

export class SeatingPlanPage {
  @ApiProperty({ type: [SeatingPlanSummaryResponse] }) items: SeatingPlanSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class ListSeatingPlansQuery extends PageQuery {}

export class MapSeatResponse extends SeatResponse {
  @ApiProperty({ example: 'Parterre, rang C, place 12', description: 'As printed on the ticket and listed in the cart' }) label: string;
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty({ description: 'Free to choose now' }) available: boolean;
  @ApiProperty({ enum: DATE_SEAT_STATUSES, description: 'On this date, now (an expired hold is free); blocked: kept off sale for this date' })
  status: DateSeatStatus;
  @ApiProperty({ nullable: true, type: 'string', description: 'Why the seat is blocked on this date (backoffice only; null in the shop)' })
  blockReason: string | null;
}

export class SeatMapResponse {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) width: number;
  @ApiProperty({ type: 'integer' }) height: number;
  @ApiProperty({ type: [MapSeatResponse], description: 'Seats of the event’s seated zones on this plan' }) seats: MapSeatResponse[];
}

export class DateSeatMapResponse {
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty({ type: [SeatMapResponse] }) plans: SeatMapResponse[];
}

export class BlockSeatsRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500, description: 'Seats of the event’s seated zones on this date' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  seatIds: string[];

  @ApiProperty({ example: 'Presse', maxLength: 200, description: 'Why they are kept off sale (shown in the backoffice only)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason: string;
}

export class ReleaseSeatsRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500, description: 'Blocked seats to put back on sale (others are left as they are)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  seatIds: string[];
}
