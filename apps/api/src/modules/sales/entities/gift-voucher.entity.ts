import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const GIFT_VOUCHER_STATUSES = ['active', 'awaiting_payment', 'cancelled'] as const;
export type GiftVoucherStatus = (typeof GIFT_VOUCHER_STATUSES)[number];

/** CAT-10: a code with a balance, spent (partly) on later orders until it is empty or expires. */
@Entity('gift_vouchers')
@Index(['ticketingId', 'code'], { unique: true })
@Index(['ticketingId', 'createdAt'])
@Index('gift_vouchers_order_idx', ['ticketingId', 'orderId'], { where: 'order_id IS NOT NULL' })
@Check('gift_vouchers_balance_check', `balance >= 0 AND balance <= initial_amount`)
@Check('gift_vouchers_status_check', `status IN ('awaiting_payment','active','cancelled')`)
export class GiftVoucher {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  /** Printed and typed by the customer: 12 unambiguous characters, stored without dashes. */
  @Column('text')
  code: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('integer')
  initialAmount: number;

  @Column('integer')
  balance: number;

  @Column('timestamptz')
  expiresAt: Date;

  /** The one truth about whether it can pay: awaiting its order's payment, active, or cancelled. */
  @Column('text', { default: 'active' })
  status: GiftVoucherStatus;

  @Column('text', { nullable: true })
  note: string | null;

  /** The order that bought it (null: issued by the organizer); it becomes active when that order is paid. */
  @Column('uuid', { nullable: true })
  orderId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
