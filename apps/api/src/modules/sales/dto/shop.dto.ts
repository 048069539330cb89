import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { DISPLAY_MODES, DisplayMode } from '../entities/shop-settings.entity';
import { ShopBrandingResponse } from './shop-branding.dto';
import { EventImageResponse, SALES_STATUSES, SalesStatus } from '../../catalog';

/** When something is on sale, as the shop tells it ("en vente dès …", "vente terminée"). */
class ShopSalesWindow {
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'On sale from then; null: already' }) salesStartAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'On sale until then; null: until the dates' }) salesEndAt: string | null;
  @ApiProperty({ enum: SALES_STATUSES, description: 'not_open_yet: show "en vente dès salesStartAt"; closed: sales are over' }) salesStatus: SalesStatus;
}

export class ShopSettingsResponse {
  @ApiProperty({ enum: DISPLAY_MODES, isArray: true, description: 'How buyers may view the dates of a multi-date event' }) displayModes: DisplayMode[];
  @ApiProperty({ enum: DISPLAY_MODES }) defaultDisplayMode: DisplayMode;
  @ApiProperty({ description: 'Show buyers how many places remain' }) showRemaining: boolean;
}

export class UpdateShopSettingsRequest {
  @ApiProperty({ enum: DISPLAY_MODES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DISPLAY_MODES, { each: true })
  displayModes: DisplayMode[];

  @ApiProperty({ enum: DISPLAY_MODES, description: 'Must be one of displayModes' })
  @IsIn(DISPLAY_MODES)
  defaultDisplayMode: DisplayMode;

  @ApiProperty()
  @IsBoolean()
  showRemaining: boolean;
}

export class ShopResponse {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'CHF' }) defaultCurrency: string;
  @ApiProperty({ type: ShopSettingsResponse }) display: ShopSettingsResponse;
  @ApiProperty({ type: ShopBrandingResponse, description: 'Logo, main colour, contact details, terms and privacy links' }) branding: ShopBrandingResponse;
}

export class ShopEventSummaryResponse extends ShopSalesWindow {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: EventImageResponse, nullable: true, description: 'Its image: cardUrl for the event card' }) image: EventImageResponse | null;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ enum: ['single', 'multi'] }) kind: 'single' | 'multi';
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'The next date to come (what the list is ordered by)' })
  nextStartsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'First date to come' }) firstStartsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'Last date to come' }) lastStartsAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Dates to come' }) dateCount: number;
  @ApiProperty({ description: 'At least one place (or seat) left on a date to come; false once every place is sold, held or blocked' })
  available: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Places left over the dates to come, seats included; null when the organizer hides it' })
  remaining: number | null;
}

export class ShopEventPage {
  @ApiProperty({ type: [ShopEventSummaryResponse] }) items: ShopEventSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class ShopZoneAvailability {
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ enum: ['general_admission', 'seated'], description: 'Seated: choose seats on the seat map, or get the best available' }) kind:
    'general_admission' | 'seated';
  @ApiProperty({ description: 'At least one place left' }) available: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Places left; null when the organizer hides it' }) remaining: number | null;
}

export class ShopDateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) endsAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'When the doors open; null when not said' }) doorsAt: string | null;
  @ApiProperty({ type: [ShopZoneAvailability] }) zones: ShopZoneAvailability[];
}

/** A public price; its window is the overlap of its own and its event's. */
export class ShopPriceResponse extends ShopSalesWindow {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['fixed', 'free', 'pay_what_you_want'] }) kind: 'fixed' | 'free' | 'pay_what_you_want';
  @ApiProperty({ type: [MoneyDto], description: 'Amount (fixed) or minimum (pay what you want) per currency; empty when free' }) amounts: MoneyDto[];
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'Dates it is sold on; null = all' }) dateIds: string[] | null;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'Zones it is sold in; null = all' }) zoneIds: string[] | null;
}

export class ShopEventResponse extends ShopSalesWindow {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'The venue’s address' }) venueAddress: string | null;
  @ApiProperty({ type: EventImageResponse, nullable: true }) image: EventImageResponse | null;
  @ApiProperty({ enum: ['single', 'multi'] }) kind: 'single' | 'multi';
  @ApiProperty({ type: [ShopDateResponse] }) dates: ShopDateResponse[];
  @ApiProperty({ type: [ShopPriceResponse], description: 'Public prices only' }) prices: ShopPriceResponse[];
}
