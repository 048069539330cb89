import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const DATE_SEAT_STATUSES = ['free', 'held', 'sold', 'blocked'] as const;
export type DateSeatStatus = (typeof DATE_SEAT_STATUSES)[number];

/**
 * One seat on one date — the unit a seated sale locks. A hold is valid until `held_until`; an
 * expired hold counts as free. A seat may be blocked for one date (house seats, press) with a
 * reason, and released again; the plan is untouched. The primary key makes a seat one row per date, and holds are
 * conditional UPDATEs on it, so exactly one buyer wins a seat.
 */
@Entity('date_seats')
// Best available walks a zone's free standard seats best first, never stepping over taken ones,
// then looks along the anchor seat's row for neighbours.
@Index('date_seats_best_free_idx', ['dateId', 'zoneId', 'rank', 'seatId'], { where: `status = 'free' AND kind = 'standard'` })
@Index('date_seats_row_idx', ['dateId', 'rowKey', 'position'])
@Index('date_seats_cart_idx', ['cartId'], { where: 'cart_id IS NOT NULL' })
@Check('date_seats_status_check', `status IN ('free','held','sold','blocked')`)
@Check('date_seats_hold_check', `(status = 'held') = (held_until IS NOT NULL)`)
@Check('date_seats_block_check', `(status = 'blocked') = (block_reason IS NOT NULL)`)
export class DateSeat {
  @PrimaryColumn('uuid')
  dateId: string;

  @PrimaryColumn('uuid')
  seatId: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  zoneId: string;

  @Column('text', { default: 'free' })
  status: DateSeatStatus;

  @Column('uuid', { nullable: true })
  cartId: string | null;

  @Column('timestamptz', { nullable: true })
  heldUntil: Date | null;

  /** Why the seat is kept off sale on this date ("Presse", "Invités de la troupe"). */
  @Column('text', { nullable: true })
  blockReason: string | null;

  // Copied from the plan so best available reads one table, in rank order.
  @Column('text')
  rowKey: string;

  @Column('integer')
  position: number;

  @Column('integer')
  rank: number;

  @Column('text')
  kind: string;
}
