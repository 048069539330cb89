import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '../../../platform/http/money.dto';
import { EVENT_KINDS, EVENT_STATUSES, EventKind, EventStatus } from '../entities/event.entity';
import { PRICE_KINDS, PRICE_VISIBILITIES, PriceKind, PriceVisibility } from '../entities/price.entity';

export class AvailabilityResponse {
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer' }) sold: number;
  @ApiProperty({ type: 'integer', description: 'Places held by open carts' }) held: number;
  @ApiProperty({ type: 'integer' }) remaining: number;
}

export class EventDateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) endsAt: string | null;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: 'scheduled' | 'cancelled';
  @ApiProperty({ type: [AvailabilityResponse] }) availability: AvailabilityResponse[];
}

export class ZoneResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['general_admission', 'seated'] }) kind: 'general_admission' | 'seated';
  @ApiProperty({ type: 'integer', description: 'General admission: default places per date. Seated: sellable seats' }) capacity: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string' }) planId: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) category: string | null;
}

export class PriceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PRICE_KINDS }) kind: PriceKind;
  @ApiProperty({ enum: PRICE_VISIBILITIES }) visibility: PriceVisibility;
  @ApiProperty({ type: [MoneyDto], description: 'Amount (fixed) or minimum (pay what you want) per currency; empty when free' }) amounts: MoneyDto[];
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'null = all dates' }) dateIds: string[] | null;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'null = all zones' }) zoneIds: string[] | null;
  @ApiProperty({ type: 'integer' }) position: number;
}

export class EventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ enum: EVENT_STATUSES }) status: EventStatus;
  @ApiProperty({ enum: EVENT_KINDS }) kind: EventKind;
  @ApiProperty() subjectToEntertainmentTax: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [EventDateResponse] }) dates: EventDateResponse[];
  @ApiProperty({ type: [ZoneResponse] }) zones: ZoneResponse[];
  @ApiProperty({ type: [PriceResponse] }) prices: PriceResponse[];
}

export class EventSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ enum: EVENT_STATUSES }) status: EventStatus;
  @ApiProperty({ enum: EVENT_KINDS }) kind: EventKind;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) firstStartsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) lastStartsAt: string | null;
  @ApiProperty({ type: 'integer' }) dateCount: number;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer' }) sold: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EventPage {
  @ApiProperty({ type: [EventSummaryResponse] }) items: EventSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}
