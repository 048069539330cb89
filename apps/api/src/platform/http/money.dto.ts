import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { declareProblems } from './problem';

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

/** An amount that may be negative (a balance), in a response: integer minor units and a currency. */
export class SignedMoneyDto {
  @ApiProperty({ type: 'integer', description: 'Minor units; negative when owed the other way', example: -1500 }) amount: number;
  @ApiProperty({ enum: CURRENCIES, example: 'CHF' }) currency: Currency;
}

export const money = (amount: number, currency: string): MoneyDto => ({ amount, currency: currency as Currency });

/** One currency per order: something asked for in a currency it is not sold in. */
export const MoneyProblems = declareProblems('money', {
  CURRENCY_NOT_OFFERED: { status: 422, summary: 'Not sold in this currency (one currency per order)' },
});
