import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CounterSession } from './entities/counter-session.entity';

/** What a user received (or gave back) through one means of payment during a shift. */
export interface CounterMovement {
  sessionId: string;
  method: string;
  currency: string;
  received: number;
  refunded: number;
}

@Injectable()
export class CounterSessionsRepository {
  constructor(private readonly db: Database) {}

  async insert(scope: TenantScope, s: Omit<CounterSession, 'ticketingId'>): Promise<void> {
    await this.db.scoped(CounterSession, scope).insert(s);
  }

  byId(scope: TenantScope, id: string): Promise<CounterSession | null> {
    return this.db.scoped(CounterSession, scope).findOne({ id });
  }

  async openOf(scope: TenantScope, userId: string): Promise<CounterSession | null> {
    const rows = await this.db.tenantQuery<CounterSession>(scope, `${SELECT} WHERE ticketing_id = $1 AND user_id = $2 AND closed_at IS NULL`, [userId]);
    return rows[0] ?? null;
  }

  /** Shifts opened in [from, to), oldest first; `userId` narrows to one user's. */
  between(scope: TenantScope, from: Date, to: Date, userId: string | null): Promise<CounterSession[]> {
    return this.db.tenantQuery<CounterSession>(
      scope,
      `${SELECT} WHERE ticketing_id = $1 AND opened_at >= $2 AND opened_at < $3 AND ($4::uuid IS NULL OR user_id = $4::uuid) ORDER BY opened_at, id`,
      [from, to, userId],
    );
  }

  /** Closes an open shift; false when it was closed already (by another request). */
  async close(scope: TenantScope, id: string, c: { at: Date; countedCash: number; note: string | null }): Promise<boolean> {
    const rows = await this.db.tenantQuery(
      scope,
      `UPDATE counter_sessions SET closed_at = $3, counted_cash = $4, closing_note = $5 WHERE ticketing_id = $1 AND id = $2 AND closed_at IS NULL RETURNING id`,
      [id, c.at, c.countedCash, c.note],
    );
    return rows.length === 1;
  }

  /**
   * The ledger's succeeded payments and refunds by each shift's user within the shift — from its
   * opening to its closing (excluded), or so far — per means of payment and currency.
   */
  movements(scope: TenantScope, sessionIds: string[]): Promise<CounterMovement[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return this.db.tenantQuery<CounterMovement>(
      scope,
      `WITH s AS (SELECT id, user_id::text AS user_id, opened_at, closed_at
                    FROM counter_sessions WHERE ticketing_id = $1 AND id = ANY($2::uuid[])),
            l AS (SELECT actor_id, at, method, currency, amount AS received, 0 AS refunded FROM payments
                   WHERE ticketing_id = $1 AND actor_kind = 'user' AND status = 'succeeded' AND actor_id IN (SELECT user_id FROM s)
                     AND at >= (SELECT min(opened_at) FROM s)
                  UNION ALL
                  SELECT actor_id, at, method, currency, 0, amount FROM refunds
                   WHERE ticketing_id = $1 AND actor_kind = 'user' AND status = 'succeeded' AND actor_id IN (SELECT user_id FROM s)
                     AND at >= (SELECT min(opened_at) FROM s))
       SELECT s.id AS "sessionId", l.method, l.currency, sum(l.received)::int AS received, sum(l.refunded)::int AS refunded
         FROM s JOIN l ON l.actor_id = s.user_id AND l.at >= s.opened_at AND (s.closed_at IS NULL OR l.at < s.closed_at)
        GROUP BY s.id, l.method, l.currency ORDER BY s.id, l.method, l.currency`,
      [sessionIds],
    );
  }
}

const SELECT = `SELECT id, ticketing_id AS "ticketingId", user_id AS "userId", user_label AS "userLabel", currency, opening_float AS "openingFloat",
                       opened_at AS "openedAt", closed_at AS "closedAt", counted_cash AS "countedCash", closing_note AS "closingNote"
                  FROM counter_sessions`;
