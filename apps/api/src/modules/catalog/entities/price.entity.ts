import type { AttendeeField } from '../attendee-fields';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PRICE_KINDS = ['fixed', 'free', 'pay_what_you_want'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];
export const PRICE_VISIBILITIES = ['public', 'pass_only'] as const;
/** Public prices are sold in the shop; pass-only prices only to pass holders. */
export type PriceVisibility = (typeof PRICE_VISIBILITIES)[number];

/** A price of an event. Its amounts (one per currency) live in `price_amounts`. */
@Entity('prices')
@Index(['ticketingId', 'eventId'])
@Check('prices_kind_check', `kind IN ('fixed','free','pay_what_you_want')`)
@Check('prices_visibility_check', `visibility IN ('public','pass_only')`)
@Check('prices_sales_window_check', `sales_start_at IS NULL OR sales_end_at IS NULL OR sales_end_at > sales_start_at`)
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

  @Column('text', { default: 'public' })
  visibility: PriceVisibility;

  /** Dates the price applies to; null = every date of the event, present and future. */
  @Column('uuid', { array: true, nullable: true })
  dateIds: string[] | null;

  /** Zones the price applies to; null = every zone. */
  @Column('uuid', { array: true, nullable: true })
  zoneIds: string[] | null;

  @Column('integer', { default: 0 })
  position: number;

  /** This price is sold from (null: whenever the event is) … */
  @Column('timestamptz', { nullable: true })
  salesStartAt: Date | null;

  /** … until (null: whenever the event is); it is on sale where its window and the event's overlap. */
  @Column('timestamptz', { nullable: true })
  salesEndAt: Date | null;

  /** ORD-5: the attendee data each ticket of this price asks for (empty: none). */
  @Column('jsonb', { default: () => "'[]'" })
  attendeeFields: AttendeeField[];
}
