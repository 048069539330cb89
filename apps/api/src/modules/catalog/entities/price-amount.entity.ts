import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a price costs in one currency, in minor units: the amount of a fixed price, or the minimum
 * of a pay-what-you-want price. A price is sold in the currencies it has amounts for.
 */
@Entity('price_amounts')
@Check('price_amounts_amount_check', `amount >= 0`)
@Check('price_amounts_currency_check', `currency IN ('CHF','EUR')`)
export class PriceAmount {
  @PrimaryColumn('uuid')
  priceId: string;

  @PrimaryColumn('char', { length: 3 })
  currency: string;

  @Column('uuid')
  ticketingId: string;

  @Column('integer')
  amount: number;
}
