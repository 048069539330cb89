import { Column, PrimaryColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';

export const LEDGER_METHODS = ['cash', 'card', 'bank_transfer', 'gift_voucher', 'other'] as const;
/** How money reached the organizer (or went back): cash or a card at the counter, a bank transfer, a gift voucher… */
export type LedgerMethod = (typeof LEDGER_METHODS)[number];
export const LEDGER_STATUSES = ['pending', 'succeeded', 'failed'] as const;
/** A row is written once; only a pending one may later become succeeded or failed (a database trigger enforces it). */
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/** What every ledger row records: a movement of money for an order, who recorded it and when. */
export abstract class LedgerEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  @Column('text')
  method: LedgerMethod;

  /** Minor units, always positive: a refund is a row of its own. */
  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  status: LedgerStatus;

  /** The provider's or terminal's reference, a gift voucher's code, a bank entry's reference. */
  @Column('text', { nullable: true })
  providerReference: string | null;

  /** What the bank or the provider said, word for word. */
  @Column('text', { nullable: true })
  note: string | null;

  @Column('text')
  actorKind: ActorKind;

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('text')
  actorLabel: string;

  @Column('timestamptz')
  at: Date;
}
