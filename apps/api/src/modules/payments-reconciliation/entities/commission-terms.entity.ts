import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the platform takes per ticket sold in a ticketing (ORD-15): a fixed part and a share of the
 * ticket's price. Terms apply to sales from when they are set; each sale keeps the commission it was
 * charged (`commission_charges`).
 */
@Entity('commission_terms')
@Check('commission_terms_fixed_check', `fixed_amount >= 0 AND fixed_amount <= 100000`)
@Check('commission_terms_rate_check', `rate_bp >= 0 AND rate_bp <= 5000`)
export class CommissionTerms {
  @PrimaryColumn('uuid')
  ticketingId: string;

  /** Minor units per ticket, in the sale's currency. */
  @Column('integer', { default: 0 })
  fixedAmount: number;

  /** Basis points of the ticket's price (250 = 2.5 %). */
  @Column('integer', { default: 0 })
  rateBp: number;

  /** Whether free tickets are charged the fixed part too. */
  @Column('boolean', { default: false })
  freeTickets: boolean;

  @Column('timestamptz')
  updatedAt: Date;

  @Column('text')
  updatedBy: string;
}
