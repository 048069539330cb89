import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A gift voucher bought with an order, as a line of that order: what was sold, for how much. The
 * voucher itself — its code, validity, balance and whether it can pay — is sales' (one truth).
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

  @Column('integer')
  amount: number;

  @Column('integer')
  position: number;
}
