import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';
import type { LedgerStatus, LedgerMethod } from './payment.entity';

/** Money given back for an order: appended, never edited (a pending one settles once). */
@Entity('refunds')
@Index(['ticketingId', 'orderId'])
@Check('refunds_amount_check', `amount > 0`)
@Check('refunds_method_check', `method IN ('cash','card','bank_transfer','gift_voucher','other')`)
@Check('refunds_status_check', `status IN ('pending','succeeded','failed')`)
export class Refund {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  /** The payment this gives back, when there is one (a card refund goes to the card it came from). */
  @Column('uuid', { nullable: true })
  paymentId: string | null;

  @Column('text')
  method: LedgerMethod;

  @Column('integer')
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  status: LedgerStatus;

  /** Why the money goes back, as the organizer wrote it (for revenue reports). */
  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { nullable: true })
  providerReference: string | null;

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
