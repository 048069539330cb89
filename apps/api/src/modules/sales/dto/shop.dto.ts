import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '../../../platform/http/money.dto';

export class ShopResponse {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'CHF' }) defaultCurrency: string;
}

export class ShopEventSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) firstStartsAt: string | null;
  @ApiProperty({ type: 'integer' }) dateCount: number;
  @ApiProperty({ description: 'False once every place is sold or held' }) available: boolean;
}

export class ShopEventPage {
  @ApiProperty({ type: [ShopEventSummaryResponse] }) items: ShopEventSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class ShopZoneAvailability {
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ type: 'integer' }) remaining: number;
}

export class ShopDateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) endsAt: string | null;
  @ApiProperty({ type: [ShopZoneAvailability] }) zones: ShopZoneAvailability[];
}

export class ShopPriceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['fixed', 'free'] }) kind: 'fixed' | 'free';
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
}

export class ShopEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ type: [ShopDateResponse] }) dates: ShopDateResponse[];
  @ApiProperty({ type: [ShopPriceResponse] }) prices: ShopPriceResponse[];
}
