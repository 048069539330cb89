import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A write's `Idempotency-Key` and, once it was answered, the answer to replay (ADR 0023). Keyed by
 * the ticketing and the caller, so two callers or two tenants never share a key; `responseStatus`
 * is null while the first request is still running.
 */
@Entity('idempotency_keys')
@Index('idempotency_keys_expires_at_idx', ['expiresAt'])
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  ticketingId: string;

  /** Who called: `user:<id>`, `device:<id>`, or `shop` for the anonymous shop of the ticketing. */
  @PrimaryColumn('text')
  caller: string;

  @PrimaryColumn('text')
  key: string;

  @Column('text')
  method: string;

  /** The request target (path and query) the key was first used with. */
  @Column('text')
  path: string;

  /** SHA-256 of the request body (canonical JSON). */
  @Column('text')
  fingerprint: string;

  /** Which attempt holds the key: only it may store the answer (a stale attempt may have been taken over). */
  @Column('uuid')
  claim: string;

  @Column('timestamptz')
  lockedAt: Date;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('integer', { nullable: true })
  responseStatus: number | null;

  @Column('jsonb', { nullable: true })
  responseHeaders: Record<string, string> | null;

  @Column('bytea', { nullable: true })
  responseBody: Buffer | null;
}
