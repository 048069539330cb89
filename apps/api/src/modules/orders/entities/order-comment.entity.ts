import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';

/**
 * ORD-10: a note of the team on a purchase (order_id) or on its buyer (customer_id) — a buyer
 * comment shows on every order of that buyer. Its author or an admin may edit or delete it; each
 * change is written to the history of the orders it shows on, with the text before.
 */
@Entity('order_comments')
@Index(['ticketingId', 'orderId'])
@Index(['ticketingId', 'customerId'])
@Check('order_comments_subject_check', `(order_id IS NULL) <> (customer_id IS NULL)`)
export class OrderComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid', { nullable: true })
  orderId: string | null;

  @Column('uuid', { nullable: true })
  customerId: string | null;

  @Column('text')
  body: string;

  @Column('text')
  authorKind: ActorKind;

  @Column('text', { nullable: true })
  authorId: string | null;

  @Column('text')
  authorLabel: string;

  @Column('timestamptz')
  at: Date;
}
