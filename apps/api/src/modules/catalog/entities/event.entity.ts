import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const EVENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

@Entity('events')
@Index(['ticketingId', 'createdAt'])
@Check('events_status_check', `status IN ('draft','published','archived')`)
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

  /** Only published events are visible in the shop. */
  @Column('text', { default: 'published' })
  status: EventStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
