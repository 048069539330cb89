import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export const CURRENCIES = ['CHF', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An amount of money: integer minor units (centimes, cents) and an ISO 4217 currency. */
export class MoneyDto {
  @ApiProperty({ type: 'integer', description: 'Minor units (e.g. 2500 = 25.00)', example: 2500, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  amount: number;

  @ApiProperty({ enum: CURRENCIES, example: 'CHF' })
  @IsIn(CURRENCIES)
  currency: Currency;
}

export const money = (amount: number, currency: string): MoneyDto => ({ amount, currency: currency as Currency });
