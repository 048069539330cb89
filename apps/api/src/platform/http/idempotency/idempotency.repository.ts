import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database } from '../../database/database';
import { TenantScope } from '../../tenancy/tenant-scope';

/** Whose key it is: the ticketing and the caller in it. */
export interface KeyOwner {
  scope: TenantScope;
  caller: string;
}

/** What the key is used for: another method, path or body under the same key is refused. */
export interface KeyedRequest {
  method: string;
  path: string;
  fingerprint: string;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** The attempt that holds a key: only it stores (or releases) the answer. */
export interface Claim {
  owner: KeyOwner;
  key: string;
  claim: string;
}

export type ClaimOutcome = { kind: 'claimed'; claim: Claim } | { kind: 'replay'; response: StoredResponse } | { kind: 'reused' } | { kind: 'in-flight' };

interface KeyRow {
  method: string;
  path: string;
  fingerprint: string;
  expiresAt: Date;
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: Buffer | null;
}

/** The `idempotency_keys` table (ADR 0023). */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: Database) {}

  /**
   * Takes the key for this request, or says what to do instead. One upsert decides between
   * concurrent requests: a new key, an expired one, or one whose request died mid-way (in flight
   * since before `staleBefore`, same request) is taken; anything else is read and answered.
   */
  async claim(owner: KeyOwner, key: string, request: KeyedRequest, now: Date, expiresAt: Date, staleBefore: Date): Promise<ClaimOutcome> {
    // A key swept or expired between the two statements is taken on the next pass.
    for (let pass = 0; pass < 3; pass++) {
      const claim = randomUUID();
      const taken = await this.db.tenantQuery(
        owner.scope,
        `INSERT INTO idempotency_keys (ticketing_id, caller, key, method, path, fingerprint, claim, locked_at, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
         ON CONFLICT (ticketing_id, caller, key) DO UPDATE SET
           method = EXCLUDED.method, path = EXCLUDED.path, fingerprint = EXCLUDED.fingerprint, claim = EXCLUDED.claim,
           locked_at = EXCLUDED.locked_at, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
           response_status = NULL, response_headers = NULL, response_body = NULL
         WHERE idempotency_keys.expires_at <= EXCLUDED.locked_at
            OR (idempotency_keys.response_status IS NULL AND idempotency_keys.locked_at <= $10
                AND idempotency_keys.method = EXCLUDED.method AND idempotency_keys.path = EXCLUDED.path
                AND idempotency_keys.fingerprint = EXCLUDED.fingerprint)
         RETURNING claim`,
        [owner.caller, key, request.method, request.path, request.fingerprint, claim, now, expiresAt, staleBefore],
      );
      if (taken.length > 0) return { kind: 'claimed', claim: { owner, key, claim } };
      const [row] = await this.db.tenantQuery<KeyRow>(
        owner.scope,
        `SELECT method, path, fingerprint, expires_at AS "expiresAt", response_status AS "responseStatus",
                response_headers AS "responseHeaders", response_body AS "responseBody"
         FROM idempotency_keys WHERE ticketing_id = $1 AND caller = $2 AND key = $3`,
        [owner.caller, key],
      );
      if (!row || row.expiresAt <= now) continue;
      if (row.method !== request.method || row.path !== request.path || row.fingerprint !== request.fingerprint) return { kind: 'reused' };
      if (row.responseStatus === null) return { kind: 'in-flight' };
      return { kind: 'replay', response: { status: row.responseStatus, headers: row.responseHeaders ?? {}, body: row.responseBody } };
    }
    return { kind: 'in-flight' };
  }

  /** Stores the answer, if this attempt still holds the key. */
  async complete(claim: Claim, response: StoredResponse): Promise<void> {
    await this.db.tenantQuery(
      claim.owner.scope,
      `UPDATE idempotency_keys SET response_status = $5, response_headers = $6, response_body = $7
       WHERE ticketing_id = $1 AND caller = $2 AND key = $3 AND claim = $4`,
      [claim.owner.caller, claim.key, claim.claim, response.status, JSON.stringify(response.headers), response.body],
    );
  }

  /** Lets the key go (a server error: the client may retry with the same key). */
  async release(claim: Claim): Promise<void> {
    await this.db.tenantQuery(claim.owner.scope, `DELETE FROM idempotency_keys WHERE ticketing_id = $1 AND caller = $2 AND key = $3 AND claim = $4`, [
      claim.owner.caller,
      claim.key,
      claim.claim,
    ]);
  }

  /** Deletes up to `limit` expired keys, every ticketing's; returns how many. */
  async deleteExpired(now: Date, limit = 1000): Promise<number> {
    const [{ n }] = await this.db.platformQuery<{ n: number }>(
      `WITH gone AS (
         DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at <= $1 LIMIT $2) RETURNING 1
       ) SELECT count(*)::int AS n FROM gone`,
      [now, limit],
    );
    return n;
  }
}
