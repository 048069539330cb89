import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an order took from a voucher (positive), or what a refund gave back to it (negative): appended, never edited. */
@Entity('gift_voucher_redemptions')
@Index(['ticketingId', 'voucherId'])
@Check('gift_voucher_redemptions_amount_check', `amount <> 0`)
export class GiftVoucherRedemption {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  voucherId: string;

  @Column('uuid')
  orderId: string;

  @Column('integer')
  amount: number;

  @Column('timestamptz')
  at: Date;
}
