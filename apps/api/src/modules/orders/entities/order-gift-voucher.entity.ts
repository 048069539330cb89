import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A gift voucher bought with an order, as the order sold it (code, value, validity): what the
 * order detail, the confirmation email and the PDF show. The voucher's balance lives in sales.
 */
@Entity('order_gift_vouchers')
@Index(['ticketingId', 'orderId'])
export class OrderGiftVoucher {
  /** The voucher's id in sales. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  @Column('text')
  name: string;

  /** As printed on the voucher (groups of four), as sales sold it. */
  @Column('text')
  code: string;

  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('integer')
  position: number;
}
