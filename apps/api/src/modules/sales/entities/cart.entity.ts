import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CART_STATUSES = ['open', 'checked_out', 'expired', 'released'] as const;
export type CartStatus = (typeof CART_STATUSES)[number];

/** What a cart line remembers of the catalog at the moment the places were held. */
export interface CartLine {
  /** Names the line for its removal (absent on lines written before lines could be removed: see `lineIdOf`). */
  id?: string;
  eventId: string;
  dateId: string;
  zoneId: string;
  priceId: string;
  eventName: string;
  venue: string | null;
  startsAt: string;
  zoneName: string;
  priceName: string;
  unitAmount: number;
  quantity: number;
  /** Seated lines hold seats; general-admission lines draw on the zone's capacity. */
  seated?: boolean;
  /** Seats chosen on the plan (one per ticket) and their printed labels; best-available seats are found by cart. */
  seatIds?: string[];
  seatLabels?: string[];
  /** The same seats by their parts (absent on lines written before seats had them). */
  seats?: CartSeat[];
}

/** A seat of a cart line: section, row and number, never the zone's name. */
export interface CartSeat {
  seatId: string;
  section: string;
  row: string;
  number: string;
  label: string;
}

/** A gift voucher in the cart: what each one is worth, and how long it will be valid once sold. */
export interface CartGiftVoucherLine {
  offerId: string;
  name: string;
  unitAmount: number;
  quantity: number;
  validityMonths: number;
}

/** Places held for one buyer until `expiresAt`; checkout turns them into an order. */
@Entity('carts')
@Index('carts_open_expiry_idx', ['expiresAt'], { where: `status = 'open'` })
@Check('carts_status_check', `status IN ('open','checked_out','expired','released')`)
export class Cart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text', { default: 'open' })
  status: CartStatus;

  @Column('char', { length: 3 })
  currency: string;

  @Column('jsonb')
  lines: CartLine[];

  /** Gift vouchers bought with the tickets (CAT-10); they hold nothing. */
  @Column('jsonb', { default: () => "'[]'" })
  giftVoucherLines: CartGiftVoucherLine[];

  /** Sum of the lines (tickets and gift vouchers) before any discount. */
  @Column('integer')
  totalAmount: number;

  /** The promo code applied to this cart, as typed (upper-cased); checked again at checkout. */
  @Column('text', { nullable: true })
  promoCode: string | null;

  /** The discount the promo code gave when applied (shown to the buyer; recomputed at checkout). */
  @Column('integer', { default: 0 })
  discountAmount: number;

  /** Gift voucher to spend on this cart (checked and spent at checkout). */
  @Column('text', { nullable: true })
  voucherCode: string | null;

  /** What the voucher would pay when applied (recomputed at checkout against its balance then). */
  @Column('integer', { default: 0 })
  voucherAmount: number;

  @Column('timestamptz')
  expiresAt: Date;

  /** Counts the changes of the cart's lines: a write computed from an older read (a checkout, another change) fails. */
  @Column('integer', { default: 0 })
  revision: number;

  @Column('uuid', { nullable: true })
  orderId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
