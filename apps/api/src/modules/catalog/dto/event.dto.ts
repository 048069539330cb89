import { AttendeeFieldDto } from '../attendee-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { PageQuery } from '../../../platform/http/pagination';
import { EVENT_KINDS, EVENT_STATUSES, EventKind, EventStatus } from '../entities/event.entity';
import { PRICE_KINDS, PRICE_VISIBILITIES, PriceKind, PriceVisibility } from '../entities/price.entity';

export class AvailabilityResponse {
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer' }) sold: number;
  @ApiProperty({ type: 'integer', description: 'Places held by open carts' }) held: number;
  @ApiProperty({ type: 'integer', description: 'Seats blocked for this date (house seats, press): not sellable; 0 in general admission' }) blocked: number;
  @ApiProperty({ type: 'integer', description: 'capacity − sold − held − blocked' }) remaining: number;
}

export class EventDateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) endsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'When the doors open; null when not said' }) doorsAt: string | null;
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
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'On sale from (within the event’s window); null: whenever the event is' })
  salesStartAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'On sale until (within the event’s window); null: whenever the event is' })
  salesEndAt: string | null;
  @ApiProperty({ type: [AttendeeFieldDto], description: 'Attendee data each ticket of this price asks for (ORD-5)' }) attendeeFields: AttendeeFieldDto[];
}

/** An event's image: where to read its crops (relative to the API's origin); `version` changes with the image. */
export class EventImageResponse {
  @ApiProperty({ example: '3f2a9c0d5b7e1a44' }) version: string;
  @ApiProperty({ example: '/api/v1/shop/remparts/events/…/image/card?v=3f2a9c0d5b7e1a44', description: 'The shop card crop (16:9, WebP, 1200×675)' })
  cardUrl: string;
  @ApiProperty({ description: 'The ticket crop (4:1, JPEG, 1000×250), as printed on the tickets' }) ticketUrl: string;
}

export class EventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'The venue’s address' }) venueAddress: string | null;
  @ApiProperty({
    type: EventImageResponse,
    nullable: true,
    description: 'Its image (backoffice URLs need the bearer token: load them as blobs); null without one',
  })
  image: EventImageResponse | null;
  @ApiProperty({ enum: EVENT_STATUSES }) status: EventStatus;
  @ApiProperty({ enum: EVENT_KINDS }) kind: EventKind;
  @ApiProperty() subjectToEntertainmentTax: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'Sales open then; null: as soon as published' })
  salesStartAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'Sales close then; null: open until the dates' })
  salesEndAt: string | null;
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
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'The next scheduled date to come; null when none' })
  nextStartsAt: string | null;
  @ApiProperty({ type: EventImageResponse, nullable: true, description: 'Its image (backoffice URLs: load them with the bearer token)' })
  image: EventImageResponse | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'Sales open then; null: as soon as published' }) salesStartAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'Sales close then; null: open until the dates' }) salesEndAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) firstStartsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) lastStartsAt: string | null;
  @ApiProperty({ type: 'integer' }) dateCount: number;
  @ApiProperty({ type: 'integer', description: 'Places across the dates: general-admission capacity and the seats of seated zones' }) capacity: number;
  @ApiProperty({ type: 'integer' }) sold: number;
  @ApiProperty({ type: 'integer', description: 'Held by open carts' }) held: number;
  @ApiProperty({ type: 'integer', description: 'Seats blocked per date (house seats, press)' }) blocked: number;
  @ApiProperty({ type: 'integer', description: 'capacity − sold − held − blocked' }) remaining: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const EVENT_LIST_WHEN = ['upcoming', 'past', 'all'] as const;
export type EventListWhen = (typeof EVENT_LIST_WHEN)[number];

export class ListEventsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: EVENT_LIST_WHEN,
    default: 'all',
    description: 'upcoming: events with a date to come, or no date yet; past: events whose dates are all past; all: both, upcoming first',
  })
  @IsOptional()
  @IsIn(EVENT_LIST_WHEN)
  when?: EventListWhen;
}

export class EventPage {
  @ApiProperty({ type: [EventSummaryResponse] }) items: EventSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}
