import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '../../../platform/documents/words';
import type { RegistrationSnapshot } from '../../registration';

export const ORDER_STATUSES = ['paid', 'reserved', 'cancelled'] as const;
/** paid (nothing left to pay, free orders included), reserved (awaiting payment, e.g. on site), cancelled. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const CHANNELS = ['shop', 'ticket_office', 'import', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];
/** `invitation`: given away at the counter (TO-3, ADR 0036) — total zero, paid, its tickets' list prices kept for reports. */
export const PAYMENT_METHODS = ['free', 'on_site', 'gift_voucher', 'card', 'invoice', 'invitation'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

@Entity('orders')
@Index(['ticketingId', 'number'], { unique: true })
@Index(['ticketingId', 'createdAt'])
// The sweep that cancels orders whose payment did not come in time reads only those still awaiting it.
@Index('orders_payment_due_idx', ['paymentDueAt'], { where: `status = 'reserved' AND payment_due_at IS NOT NULL AND overdue_kept_at IS NULL` })
// PAY-3: bank reconciliation finds an invoice order by the QR reference its payment carries.
@Index('orders_qr_reference', ['ticketingId', 'qrReference'], { unique: true, where: 'qr_reference IS NOT NULL' })
@Index(['ticketingId', 'customerEmail'])
@Index(['ticketingId', 'customerId'])
// "My orders" of a customer account (ADR 0029).
@Index(['ticketingId', 'accountId'])
// ORD-13: an imported order carries the reference it had in the file; importing the file again finds it.
@Index('orders_external_reference', ['ticketingId', 'externalReference'], { unique: true, where: 'external_reference IS NOT NULL' })
// Substring search of the contact's name and email: a trigram GIN index scoped by ticketing (hand-written migration).
@Index('orders_search_trgm', { synchronize: false })
@Check('orders_status_check', `status IN ('paid','reserved','cancelled')`)
@Check('orders_channel_check', `channel IN ('shop','ticket_office','import','api')`)
@Check('orders_payment_method_check', `payment_method IN ('free','on_site','gift_voucher','card','invoice','invitation')`)
@Check('orders_qr_reference_check', `qr_reference IS NULL OR qr_reference ~ '^[0-9]{27}$'`)
@Check('orders_total_check', `total_amount >= 0`)
@Check('orders_language_check', `language IN ('fr','de','it','en')`)
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  /** Short, unambiguous, random: safe to read over the phone, no hot counter row. */
  @Column('text')
  number: string;

  @Column('text')
  status: OrderStatus;

  @Column('text')
  channel: Channel;

  @Column('text')
  paymentMethod: PaymentMethod;

  @Column('char', { length: 3 })
  currency: string;

  /** What the order costs: its tickets (after any discount) and the gift vouchers it bought. What is paid is in the ledger. */
  @Column('integer')
  totalAmount: number;

  @Column('text', { nullable: true })
  promoCode: string | null;

  /** What the promo code took off, for reports. */
  @Column('integer', { default: 0 })
  discountAmount: number;

  @Column('text')
  customerFirstName: string;

  @Column('text')
  customerLastName: string;

  @Column('text')
  customerEmail: string;

  /** The customer's language (chosen in the shop): their emails and PDFs are written in it. */
  @Column('text', { default: 'fr' })
  language: Language;

  /** The contact's mobile number, when given. */
  @Column('text', { nullable: true })
  customerPhone: string | null;

  /** The buyer's record (by email, see Customer); null only for rows written before customers existed or outside the sale path. */
  @Column('uuid', { nullable: true })
  customerId: string | null;

  /** The customer account it belongs to: placed while logged in, or claimed from its link by the same email (ADR 0029). */
  @Column('uuid', { nullable: true })
  accountId: string | null;

  /** The order's reference in the system it was imported from (ORD-13); null for orders placed here. */
  @Column('text', { nullable: true })
  externalReference: string | null;

  /**
   * Pay by then: a card payment in progress or an invoice not paid is cancelled past it and its places
   * go back on sale (ADR 0052: unless part of it was paid). Null: no deadline.
   */
  @Column('timestamptz', { nullable: true })
  paymentDueAt: Date | null;

  /** ADR 0052: an invoice order's reminders, in days after the order, as its ticketing set them when it was placed; null for other methods. */
  @Column('smallint', { array: true, nullable: true })
  invoiceReminderDays: number[] | null;

  /** ADR 0052: how many of those reminders were sent (they go out in order; a missed one is not sent late after the next). */
  @Column('smallint', { default: 0 })
  invoiceRemindersSent: number;

  /**
   * ADR 0052: the deadline passed while part of the order was paid: it is not cancelled automatically
   * (the organizer decides) and the deadline sweeps no longer read it.
   */
  @Column('timestamptz', { nullable: true })
  overdueKeptAt: Date | null;

  /** An invoice order's 27-digit QR reference (see qr-reference.ts), printed on its QR-bill; null for other methods. */
  @Column('text', { nullable: true })
  qrReference: string | null;

  /** SHA-256 of the secret the customer's confirmation link carries. */
  @Column('text')
  accessTokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** SHOP-3: what the buyer gave on the shop's registration form (contact and answers, with the labels of the day); null outside the shop. */
  @Column('jsonb', { nullable: true })
  registration: RegistrationSnapshot | null;

  /** TO-2: a line printed on every ticket of the order ("Invité de la direction"), chosen at the counter; null: none. */
  @Column('text', { nullable: true })
  ticketLine: string | null;

  /** TO-2: the holder's name printed on every ticket of the order instead of the customer's; null: the customer's. */
  @Column('text', { nullable: true })
  ticketHolder: string | null;

  /** When the order became paid (at placement when nothing was due; else when its payment was recorded). */
  @Column('timestamptz', { nullable: true })
  paidAt: Date | null;
}
