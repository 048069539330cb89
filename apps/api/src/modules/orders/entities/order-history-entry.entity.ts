import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';

/** Append-only timeline of an order: who did what, when, with which data. */
@Entity('order_history')
@Index(['ticketingId', 'orderId', 'id'])
export class OrderHistoryEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  orderId: string;

  /** Dotted action name, e.g. `orders.order.placed`. */
  @Column('text')
  action: string;

  @Column('text')
  actorKind: ActorKind;

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('text')
  actorLabel: string;

  @Column('jsonb', { default: {} })
  data: Record<string, unknown>;

  @Column('timestamptz')
  at: Date;
}
