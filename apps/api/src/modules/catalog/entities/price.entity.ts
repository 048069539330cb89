import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PRICE_KINDS = ['fixed', 'free'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

/** A price of an event; amounts are integer minor units of an ISO currency. */
@Entity('prices')
@Index(['ticketingId', 'eventId'])
@Check('prices_amount_check', `(kind = 'free' AND amount = 0) OR (kind = 'fixed' AND amount > 0)`)
export class Price {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  eventId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: PriceKind;

  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('integer', { default: 0 })
  position: number;
}
