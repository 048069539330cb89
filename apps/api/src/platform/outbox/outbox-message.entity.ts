import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A side effect (mail, document, deadline, webhook) recorded in the same transaction as the
 * change that causes it; the relay hands it to BullMQ afterwards, so a crash loses nothing.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Null for a platform message that belongs to no ticketing (an organizer user's password reset). */
  @Column('uuid', { nullable: true })
  ticketingId: string | null;

  @Column('text')
  queue: string;

  @Column('text')
  name: string;

  /** Deterministic BullMQ job id: relaying twice enqueues once. */
  @Index({ unique: true })
  @Column('text')
  jobId: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  /** Delay for deadline jobs, in ms from relay time (bigint: an invoice's deadline is months away, ADR 0052). */
  @Column('bigint', { default: 0 })
  delayMs: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  relayedAt: Date | null;
}
