import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CURRENCIES, Currency, MoneyDto } from '../../../platform/http/money.dto';

const AMOUNT = { type: 'integer', minimum: 100, maximum: 10_000_000 } as const;

export class CreateGiftVoucherOfferRequest {
  @ApiProperty({ example: 'Bon cadeau 50 francs', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiProperty({ enum: CURRENCIES })
  @IsIn(CURRENCIES)
  currency: Currency;

  @ApiPropertyOptional({
    ...AMOUNT,
    nullable: true,
    description: 'Fixed value in minor units; omit (or null) to let the buyer choose between minAmount and maxAmount',
  })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  amount?: number | null;

  @ApiPropertyOptional({ ...AMOUNT, nullable: true, description: 'Buyer-chosen value: the least they may choose' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  minAmount?: number | null;

  @ApiPropertyOptional({ ...AMOUNT, nullable: true, description: 'Buyer-chosen value: the most they may choose' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  maxAmount?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60, default: 12, description: 'How long a voucher sold is valid' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  validityMonths?: number;

  @ApiPropertyOptional({ default: true, description: 'Offered in the shop' })
  @IsOptional()
  @IsBoolean()
  onSale?: boolean;
}

export class UpdateGiftVoucherOfferRequest {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ ...AMOUNT, nullable: true, description: 'Fixed value; null to let the buyer choose (then give minAmount and maxAmount)' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  amount?: number | null;

  @ApiPropertyOptional({ ...AMOUNT, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  minAmount?: number | null;

  @ApiPropertyOptional({ ...AMOUNT, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  maxAmount?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  validityMonths?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  onSale?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}

export class GiftVoucherOfferResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ type: MoneyDto, nullable: true, description: 'Fixed value; null when the buyer chooses' }) amount: MoneyDto | null;
  @ApiProperty({ type: MoneyDto, nullable: true }) minAmount: MoneyDto | null;
  @ApiProperty({ type: MoneyDto, nullable: true }) maxAmount: MoneyDto | null;
  @ApiProperty({ type: 'integer' }) validityMonths: number;
  @ApiProperty() onSale: boolean;
  @ApiProperty({ type: 'integer' }) position: number;
}

export class GiftVoucherOfferList {
  @ApiProperty({ type: [GiftVoucherOfferResponse] }) items: GiftVoucherOfferResponse[];
}
