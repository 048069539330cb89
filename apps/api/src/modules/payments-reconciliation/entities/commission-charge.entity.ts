import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The commission one ticket was charged when it was sold: appended with the sale, never changed or
 * removed — a cancelled ticket's commission stays due (seed 000: "tickets are always subject to the commission").
 */
@Entity('commission_charges')
@Index(['ticketingId', 'eventId'])
@Index(['ticketingId', 'ticketId'], { unique: true })
@Check('commission_charges_amount_check', `amount >= 0`)
export class CommissionCharge {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  @Column('uuid')
  ticketId: string;

  /** Kept with the charge so the report sums commission per event without reading the orders. */
  @Column('uuid')
  eventId: string;

  /** Minor units. */
  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('timestamptz')
  at: Date;
}
