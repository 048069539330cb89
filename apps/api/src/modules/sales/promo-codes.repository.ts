import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PromoCode } from './entities/promo-code.entity';

@Injectable()
export class PromoCodesRepository {
  constructor(private readonly db: Database) {}

  insert(scope: TenantScope, promo: Omit<PromoCode, 'ticketingId'>) {
    return this.db.scoped(PromoCode, scope).insert(promo);
  }

  update(scope: TenantScope, id: string, patch: Partial<Omit<PromoCode, 'id' | 'ticketingId' | 'code' | 'kind' | 'usedCount' | 'createdAt'>>) {
    return this.db.scoped(PromoCode, scope).update({ id }, patch);
  }

  findById(scope: TenantScope, id: string) {
    return this.db.scoped(PromoCode, scope).findOne({ id });
  }

  findByCode(scope: TenantScope, code: string) {
    return this.db.scoped(PromoCode, scope).findOne({ code: code.trim().toUpperCase() });
  }

  async list(scope: TenantScope, after: Keyset | null, limit: number): Promise<PromoCode[]> {
    return this.db.tenantQuery<PromoCode>(
      scope,
      `SELECT id, ticketing_id AS "ticketingId", code, kind, percent, amount, currency, valid_from AS "validFrom", valid_until AS "validUntil",
              usage_limit AS "usageLimit", used_count AS "usedCount", event_ids AS "eventIds", price_ids AS "priceIds", active, created_at AS "createdAt"
         FROM promo_codes WHERE ticketing_id = $1 ${after ? 'AND (created_at, id) < ($3, $4)' : ''}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      after ? [limit + 1, after.at, after.id] : [limit + 1],
    );
  }

  /**
   * Counts one use, as part of the checkout's write: only while the code is active, inside its
   * window and under its limit — so concurrent checkouts never use it more often than allowed.
   */
  async consume(scope: TenantScope, id: string, at: Date, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH used AS (UPDATE promo_codes SET used_count = used_count + 1
                      WHERE ticketing_id = $1 AND id = $2 AND active
                        AND (usage_limit IS NULL OR used_count < usage_limit)
                        AND (valid_from IS NULL OR valid_from <= $3) AND (valid_until IS NULL OR valid_until > $3)
                      RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'PROMO_CODE_UNAVAILABLE') FROM used`,
      [id, at],
      explainers,
    );
  }

  /** A use of the code is given back (its order was cancelled whole), as part of the caller's write. */
  async release(scope: TenantScope, code: string): Promise<void> {
    await this.db.deferWrite(scope, `UPDATE promo_codes SET used_count = used_count - 1 WHERE ticketing_id = $1 AND code = $2 AND used_count > 0`, [code]);
  }
}
