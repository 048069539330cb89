import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const EVENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const EVENT_KINDS = ['single', 'multi'] as const;
/** A single-date event has exactly one date; a multi-date event (performances, timeslots) any number. */
export type EventKind = (typeof EVENT_KINDS)[number];

@Entity('events')
@Index(['ticketingId', 'createdAt'])
@Check('events_status_check', `status IN ('draft','published','archived')`)
@Check('events_kind_check', `kind IN ('single','multi')`)
@Check('events_sales_window_check', `sales_start_at IS NULL OR sales_end_at IS NULL OR sales_end_at > sales_start_at`)
export class CatalogEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  @Column('text', { nullable: true })
  venue: string | null;

  /** Where the venue is ("Rue du Château 3, 1510 Moudon"), printed on the tickets and in the email. */
  @Column('text', { nullable: true })
  venueAddress: string | null;

  @Column('text', { default: 'single' })
  kind: EventKind;

  /** Events in Lausanne pay the entertainment tax: pay-what-you-want prices are not allowed there. */
  @Column('boolean', { default: false })
  subjectToEntertainmentTax: boolean;

  /** Only published events are visible in the shop; a new event starts as a draft. */
  @Column('text', { default: 'draft' })
  status: EventStatus;

  /** SHA-256 of the uploaded image (its files are named by it, see EventImages); null without one. */
  @Column('text', { nullable: true })
  imageHash: string | null;

  /** Sales open at this moment (null: as soon as published) … */
  @Column('timestamptz', { nullable: true })
  salesStartAt: Date | null;

  /** … and close at this one (null: never before the dates). A price may narrow the window. */
  @Column('timestamptz', { nullable: true })
  salesEndAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
