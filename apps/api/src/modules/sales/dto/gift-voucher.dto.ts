import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MoneyDto, SignedMoneyDto } from '../../../platform/http/money.dto';
import { PageQuery } from '../../../platform/http/pagination';
import { GIFT_VOUCHER_STATUSES, GiftVoucherStatus } from '../entities/gift-voucher.entity';

export class IssueGiftVoucherRequest {
  @ApiProperty({ type: MoneyDto, description: 'Value of the voucher' })
  @ValidateNested()
  @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiPropertyOptional({ format: 'date-time', description: 'Default: one year from now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'Offert au gagnant du concours de Noël' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class GiftVoucherRedemptionResponse {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ type: SignedMoneyDto, description: 'What the order took (positive), or what a refund gave back to the voucher (negative)' })
  amount: SignedMoneyDto;
  @ApiProperty({ format: 'date-time' }) at: string;
}

/** TO-4: the customer of the order that bought a voucher, suggested at the counter when the voucher is applied. */
export class GiftVoucherBuyerResponse {
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() email: string;
}

export class GiftVoucherResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'The order that bought it in the shop; null when the organizer issued it' })
  orderId: string | null;
  @ApiProperty({ example: 'K7PM-2QXD-9HWT', description: 'What the customer types (dashes optional)' }) code: string;
  @ApiProperty({ type: MoneyDto }) initialAmount: MoneyDto;
  @ApiProperty({ type: MoneyDto }) balance: MoneyDto;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ enum: GIFT_VOUCHER_STATUSES, description: 'awaiting_payment: bought with an order not paid yet' }) status: GiftVoucherStatus;
  @ApiProperty({ nullable: true, type: 'string' }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [GiftVoucherRedemptionResponse] }) redemptions: GiftVoucherRedemptionResponse[];
  @ApiProperty({
    type: GiftVoucherBuyerResponse,
    nullable: true,
    description: 'The customer of the order that bought it; null when the organizer issued it or the order has no customer',
  })
  buyer: GiftVoucherBuyerResponse | null;
}

/** A voucher as sales holds it: who bought it is the orders module's to say. */
export type GiftVoucherView = Omit<GiftVoucherResponse, 'buyer'>;

export class GiftVoucherPage {
  @ApiProperty({ type: [GiftVoucherResponse] }) items: GiftVoucherResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class ListGiftVouchersQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'k7pm 2qxd 9hwt', maxLength: 40, description: 'Only the voucher with this exact code (case, spaces and dashes ignored)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code?: string;
}

export class ApplyGiftVoucherRequest {
  @ApiProperty({ example: 'k7pm 2qxd 9hwt' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code: string;
}
