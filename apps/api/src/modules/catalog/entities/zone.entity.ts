import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A part of the venue: general admission with a capacity, or the seats of one category of a
 * seating plan (numbered seats, chosen on the plan or best available).
 */
@Entity('zones')
@Index(['ticketingId', 'eventId'])
@Check('zones_kind_check', `kind IN ('general_admission','seated')`)
@Check('zones_plan_check', `(kind = 'seated') = (plan_id IS NOT NULL AND category IS NOT NULL)`)
@Check('zones_capacity_check', `capacity >= 0`)
export class Zone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  eventId: string;

  @Column('text')
  name: string;

  @Column('text', { default: 'general_admission' })
  kind: 'general_admission' | 'seated';

  @Column('uuid', { nullable: true })
  planId: string | null;

  @Column('text', { nullable: true })
  category: string | null;

  /** Display order within the event (creation order). */
  @Column('integer', { default: 0 })
  position: number;

  /** General admission: capacity given to each date. Seated: the number of sellable seats. */
  @Column('integer')
  capacity: number;
}
