import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A performance or timeslot of an event. */
@Entity('event_dates')
@Index(['ticketingId', 'eventId', 'startsAt'])
@Check('event_dates_status_check', `status IN ('scheduled','cancelled')`)
@Check('event_dates_period_check', `ends_at IS NULL OR ends_at > starts_at`)
@Check('event_dates_doors_check', `doors_at IS NULL OR doors_at <= starts_at`)
export class EventDate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  eventId: string;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz', { nullable: true })
  endsAt: Date | null;

  /** When the doors open, if the organizer says (printed on the tickets). */
  @Column('timestamptz', { nullable: true })
  doorsAt: Date | null;

  @Column('text', { default: 'scheduled' })
  status: 'scheduled' | 'cancelled';
}
