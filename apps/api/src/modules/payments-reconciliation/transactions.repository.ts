import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PaymentTransaction } from './entities/payment-transaction.entity';

export type NewTransaction = Omit<PaymentTransaction, 'ticketingId' | 'status' | 'note' | 'brand' | 'last4' | 'finishedAt'>;

/** PAY-2: the online payment attempts of orders. */
@Injectable()
export class TransactionsRepository {
  constructor(private readonly db: Database) {}

  async insert(scope: TenantScope, t: NewTransaction): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO payment_transactions (ticketing_id, id, order_id, provider, provider_session, method, amount, currency, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'started', $9)`,
      [t.id, t.orderId, t.provider, t.providerSession, t.method, t.amount, t.currency, t.createdAt],
    );
  }

  ofOrder(scope: TenantScope, orderId: string): Promise<PaymentTransaction[]> {
    return this.db.scoped(PaymentTransaction, scope).find({ orderId }, { createdAt: 'ASC' });
  }

  /** The attempt a provider's outcome names (its session), whatever its ticketing. */
  async bySession(provider: string, session: string): Promise<PaymentTransaction | null> {
    const rows = await this.db.platformQuery<PaymentTransaction>(
      `SELECT id, ticketing_id AS "ticketingId", order_id AS "orderId", provider, provider_session AS "providerSession", method, amount, currency,
              status, note, brand, last4, created_at AS "createdAt", finished_at AS "finishedAt"
         FROM payment_transactions WHERE provider = $1 AND provider_session = $2`,
      [provider, session],
    );
    return rows[0] ?? null;
  }

  /** started → succeeded/failed as part of the caller's write; fails it (`TRANSACTION_FINISHED`) if another outcome came first. */
  async finish(
    scope: TenantScope,
    f: { id: string; status: 'succeeded' | 'failed'; note: string; brand: string | null; last4: string | null; at: Date },
    explainers: Explainers,
  ): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH f AS (UPDATE payment_transactions SET status = $3, note = $4, brand = $5, last4 = $6, finished_at = $7
                   WHERE ticketing_id = $1 AND id = $2 AND status = 'started' RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'TRANSACTION_FINISHED') FROM f`,
      [f.id, f.status, f.note, f.brand, f.last4, f.at],
      explainers,
    );
  }
}
