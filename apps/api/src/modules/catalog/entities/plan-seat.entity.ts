import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SEAT_KINDS = ['standard', 'wheelchair', 'companion'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** One seat of a plan: where it is, what it is called, which price category it belongs to. */
@Entity('plan_seats')
@Index(['ticketingId', 'planId'])
@Index('plan_seats_label_key', ['planId', 'section', 'row', 'number'], { unique: true })
@Check('plan_seats_kind_check', `kind IN ('standard','wheelchair','companion')`)
export class PlanSeat {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  planId: string;

  @Column('text')
  section: string;

  @Column('text')
  row: string;

  @Column('text')
  number: string;

  @Column('integer')
  x: number;

  @Column('integer')
  y: number;

  @Column('text', { default: 'standard' })
  kind: SeatKind;

  /** Never sold (a pillar, the technician's seat…). */
  @Column('boolean', { default: false })
  blocked: boolean;

  /** Price category the seat belongs to; a seated zone of an event sells one category of a plan. */
  @Column('text')
  category: string;

  /** Order within its row, left to right: adjacent seats have consecutive positions. */
  @Column('integer')
  position: number;

  /** Lower is better (closer to the stage centre); best-available picks the lowest. */
  @Column('integer')
  rank: number;
}
