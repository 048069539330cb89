import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';

export const BANK_MATCHES = ['qrr', 'scor', 'suggestion'] as const;
/** How an entry was tied to an order: by its QR reference, its SCOR reference, or suggested by amount and name (never booked by itself). */
export type BankMatch = (typeof BANK_MATCHES)[number];

/**
 * PAY-5: one movement on the organizer's account — an entry of a bank file, or one transaction of a
 * batch entry — stored once per ticketing whichever files report it (its checksum, ADR 0051), with
 * the order it was matched to and, once validated, the ledger payment it became.
 */
@Entity('bank_entries')
@Index(['ticketingId', 'checksum'], { unique: true })
@Index(['ticketingId', 'bankFileId'])
@Index(['ticketingId', 'importedAt', 'id'])
@Index(['ticketingId', 'orderId'])
@Check('bank_entries_amount_check', `amount >= 0`)
@Check('bank_entries_match_check', `(match IS NULL) = (order_id IS NULL) AND (match IS NULL OR match IN ('qrr','scor','suggestion'))`)
@Check(
  'bank_entries_booked_check',
  `(payment_id IS NULL) = (booked_at IS NULL) AND (payment_id IS NULL OR (booked_complete IS NOT NULL AND actor_kind IS NOT NULL))`,
)
export class BankEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  /** The file it was first read from. */
  @Column('uuid')
  bankFileId: string;

  /** SHA-256 (hex) of the movement's identity. */
  @Column('text')
  checksum: string;

  /** When its file was imported (the list's order, newest first). */
  @Column('timestamptz')
  importedAt: Date;

  /** 1-based line of its `Ntry` or `TxDtls` in that file. */
  @Column('integer')
  line: number;

  @Column('text')
  account: string;

  @Column('date', { nullable: true })
  bookingDate: string | null;

  @Column('date', { nullable: true })
  valueDate: string | null;

  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  /** Money in, not a reversal. Only a booked credit can pay an order. */
  @Column('boolean')
  credit: boolean;

  /** The bank's status of the entry: BOOK, PDNG, INFO… */
  @Column('text', { nullable: true })
  bankStatus: string | null;

  @Column('text', { nullable: true })
  referenceKind: 'QRR' | 'SCOR' | null;

  @Column('text', { nullable: true })
  reference: string | null;

  @Column('text', { nullable: true })
  message: string | null;

  @Column('text', { nullable: true })
  debtorName: string | null;

  @Column('text', { nullable: true })
  bankReference: string | null;

  @Column('text', { nullable: true })
  endToEndId: string | null;

  @Column('uuid', { nullable: true })
  orderId: string | null;

  @Column('text', { nullable: true })
  match: BankMatch | null;

  /** The ledger payment it was booked as. */
  @Column('uuid', { nullable: true })
  paymentId: string | null;

  @Column('timestamptz', { nullable: true })
  bookedAt: Date | null;

  /** The organizer validated it as settling its order although it paid less than due (a decision, with its actor below). */
  @Column('boolean', { nullable: true })
  bookedComplete: boolean | null;

  /** Who validated it. */
  @Column('text', { nullable: true })
  actorKind: ActorKind | null;

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('text', { nullable: true })
  actorLabel: string | null;
}
