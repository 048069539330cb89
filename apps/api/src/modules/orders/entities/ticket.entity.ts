import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const TICKET_STATUSES = ['valid', 'cancelled', 'blacklisted', 'replaced'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const SCAN_STATES = ['unscanned', 'in', 'out'] as const;
export type ScanState = (typeof SCAN_STATES)[number];

/** One admission. Labels (event, date, zone, price) are what was sold, kept as sold. */
@Entity('tickets')
@Index(['ticketingId', 'orderId'])
@Index(['ticketingId', 'dateId'])
@Index('tickets_barcode', ['ticketingId', 'barcode'], { unique: true })
// The last line of defence for numbered seats: one valid ticket per seat and date.
@Index('tickets_one_valid_per_seat', ['dateId', 'seatId'], { unique: true, where: `seat_id IS NOT NULL AND status = 'valid'` })
@Check('tickets_status_check', `status IN ('valid','cancelled','blacklisted','replaced')`)
@Check('tickets_scan_state_check', `scan_state IN ('unscanned','in','out')`)
@Check('tickets_discount_check', `amount <= list_amount`)
export class Ticket {
  /** Generated before insert: the signed code embeds it. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  /** Order of the ticket within its order (lines, then seats), as the customer sees them. */
  @Column('integer', { default: 0 })
  position: number;

  @Index({ unique: true })
  @Column('text')
  code: string;

  /** ADR 0041: 18 random digits, printed as a Code 128 where no QR code is read; the door looks it up. */
  @Column('text')
  barcode: string;

  @Column('uuid')
  eventId: string;

  @Column('uuid')
  dateId: string;

  @Column('uuid')
  zoneId: string;

  @Column('uuid')
  priceId: string;

  @Column('text')
  eventName: string;

  @Column('text', { nullable: true })
  venue: string | null;

  @Column('timestamptz')
  startsAt: Date;

  @Column('text')
  zoneName: string;

  @Column('uuid', { nullable: true })
  seatId: string | null;

  /** "Parterre, rang C, place 12" as printed on the ticket. */
  @Column('text', { nullable: true })
  seatLabel: string | null;

  /** The numbered seat by its parts, as sold (null without a seat). */
  @Column('text', { nullable: true })
  seatSection: string | null;

  @Column('text', { nullable: true })
  seatRow: string | null;

  @Column('text', { nullable: true })
  seatNumber: string | null;

  @Column('text')
  priceName: string;

  /** What the ticket was sold for, after any discount. */
  @Column('integer')
  amount: number;

  /** Its price before any discount (the price's amount, or what the buyer chose to pay). */
  @Column('integer')
  listAmount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { default: 'valid' })
  status: TicketStatus;

  @Column('text', { default: 'unscanned' })
  scanState: ScanState;

  @Column('timestamptz', { nullable: true })
  firstScannedAt: Date | null;

  /** ORD-5: the holder's answers to its price's attendee fields, by field key (null: none given yet). */
  @Column('jsonb', { nullable: true })
  attendee: AttendeeAnswers | null;
}

export type AttendeeAnswers = Record<string, string | number | boolean>;

/** A ticket as the door sees it: what decides its admission and what the scanner shows. */
export type DoorTicket = Pick<
  Ticket,
  'id' | 'status' | 'dateId' | 'zoneId' | 'scanState' | 'firstScannedAt' | 'eventName' | 'startsAt' | 'zoneName' | 'priceName'
>;
