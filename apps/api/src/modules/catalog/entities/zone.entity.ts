import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A part of the venue sold as one pool: general admission with a capacity (seated zones come later). */
@Entity('zones')
@Index(['ticketingId', 'eventId'])
@Check('zones_kind_check', `kind IN ('general_admission')`)
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
  kind: 'general_admission';

  /** Default capacity given to each date of the event. */
  @Column('integer')
  capacity: number;
}
