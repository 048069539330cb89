import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { ScopeIds } from '../../../platform/http/validation';
import { PageQuery } from '../../../platform/http/pagination';
import { PROMO_CODE_KINDS, PromoCodeKind } from '../entities/promo-code.entity';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$/;

export class PromoCodeScope {
  @ScopeIds('Events it applies to; null = all', 200)
  eventIds?: string[] | null;

  @ScopeIds('Prices it applies to; null = all', 200)
  priceIds?: string[] | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validFrom?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000000, nullable: true, description: 'How many orders may use it; null = unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  usageLimit?: number | null;
}

export class CreatePromoCodeRequest extends PromoCodeScope {
  @ApiProperty({ example: 'AMIS2027', description: '3–40 letters, digits, - or _; buyers may type it in any case' })
  @IsString()
  @Matches(CODE, { message: 'code must be 3–40 letters, digits, - or _' })
  code: string;

  @ApiProperty({ enum: PROMO_CODE_KINDS })
  @IsIn(PROMO_CODE_KINDS)
  kind: PromoCodeKind;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, description: 'percentage: off each eligible ticket' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ type: MoneyDto, description: 'fixed_amount: off the order, once' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;
}

export class UpdatePromoCodeRequest extends PromoCodeScope {
  @ApiPropertyOptional({ description: 'An inactive code is refused in the shop' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class PromoCodeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: PROMO_CODE_KINDS }) kind: PromoCodeKind;
  @ApiProperty({ type: 'integer', nullable: true }) percent: number | null;
  @ApiProperty({ type: MoneyDto, nullable: true }) amount: MoneyDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) validFrom: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) validUntil: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) usageLimit: number | null;
  @ApiProperty({ type: 'integer' }) usedCount: number;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true }) eventIds: string[] | null;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true }) priceIds: string[] | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PromoCodePage {
  @ApiProperty({ type: [PromoCodeResponse] }) items: PromoCodeResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class ListPromoCodesQuery extends PageQuery {}

export class ApplyPromoCodeRequest {
  @ApiProperty({ example: 'amis2027' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code: string;
}
