import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The places of one zone on one date: the hot row every sale updates. The CHECK is the last
 * line of defence against oversell; the conditional UPDATE in the repository is the first.
 */
@Entity('availabilities')
@Index(['ticketingId', 'dateId'])
@Check('availabilities_no_oversell', `sold + held <= capacity`)
@Check('availabilities_non_negative', `sold >= 0 AND held >= 0 AND capacity >= 0`)
export class Availability {
  @PrimaryColumn('uuid')
  dateId: string;

  @PrimaryColumn('uuid')
  zoneId: string;

  @Column('uuid')
  ticketingId: string;

  @Column('integer')
  capacity: number;

  @Column('integer', { default: 0 })
  held: number;

  @Column('integer', { default: 0 })
  sold: number;
}
