import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * CAT-10: a gift voucher the shop sells like an item — a fixed value, or a value the buyer
 * chooses between a minimum and a maximum; each one sold becomes a voucher valid `validityMonths`.
 */
@Entity('gift_voucher_offers')
@Index(['ticketingId', 'position'])
@Check('gift_voucher_offers_value_check', `(amount IS NULL) = (min_amount IS NOT NULL AND max_amount IS NOT NULL)`)
@Check('gift_voucher_offers_amount_check', `amount IS NULL OR amount > 0`)
@Check('gift_voucher_offers_range_check', `min_amount IS NULL OR (min_amount > 0 AND min_amount <= max_amount)`)
@Check('gift_voucher_offers_validity_check', `validity_months BETWEEN 1 AND 60`)
export class GiftVoucherOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  name: string;

  @Column('char', { length: 3 })
  currency: string;

  /** Fixed value; null when the buyer chooses it between minAmount and maxAmount. */
  @Column('integer', { nullable: true })
  amount: number | null;

  @Column('integer', { nullable: true })
  minAmount: number | null;

  @Column('integer', { nullable: true })
  maxAmount: number | null;

  @Column('integer')
  validityMonths: number;

  @Column('boolean', { default: true })
  onSale: boolean;

  @Column('integer', { default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
