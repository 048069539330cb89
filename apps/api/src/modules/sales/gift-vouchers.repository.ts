import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { GiftVoucherRedemption } from './entities/gift-voucher-redemption.entity';
import { GiftVoucher } from './entities/gift-voucher.entity';

const COLUMNS = `id, ticketing_id AS "ticketingId", code, currency, initial_amount AS "initialAmount", balance, expires_at AS "expiresAt",
                 status, note, order_id AS "orderId", created_at AS "createdAt"`;

@Injectable()
export class GiftVouchersRepository {
  constructor(private readonly db: Database) {}

  insert(scope: TenantScope, voucher: Omit<GiftVoucher, 'ticketingId'>) {
    return this.db.scoped(GiftVoucher, scope).insert(voucher);
  }

  /** Vouchers bought by an order, as part of the sale's write. */
  async insertSold(scope: TenantScope, vouchers: Omit<GiftVoucher, 'ticketingId' | 'note'>[]): Promise<void> {
    if (!vouchers.length) return;
    const col = <K extends keyof (typeof vouchers)[number]>(k: K) => vouchers.map((v) => v[k]);
    await this.db.deferWrite(
      scope,
      `INSERT INTO gift_vouchers (ticketing_id, id, code, currency, initial_amount, balance, expires_at, status, order_id, created_at)
       SELECT $1, x.* FROM unnest($2::uuid[], $3::text[], $4::char(3)[], $5::int[], $6::int[], $7::timestamptz[], $8::text[], $9::uuid[], $10::timestamptz[]) AS x`,
      [col('id'), col('code'), col('currency'), col('initialAmount'), col('balance'), col('expiresAt'), col('status'), col('orderId'), col('createdAt')],
    );
  }

  /** The vouchers an order bought become spendable, as part of the write that records its payment. */
  async activateOrderVouchers(scope: TenantScope, orderId: string): Promise<void> {
    await this.db.deferWrite(scope, `UPDATE gift_vouchers SET status = 'active' WHERE ticketing_id = $1 AND order_id = $2 AND status = 'awaiting_payment'`, [
      orderId,
    ]);
  }

  findById(scope: TenantScope, id: string) {
    return this.db.scoped(GiftVoucher, scope).findOne({ id });
  }

  findByCode(scope: TenantScope, code: string) {
    return this.db.scoped(GiftVoucher, scope).findOne({ code });
  }

  findByIds(scope: TenantScope, ids: string[]): Promise<GiftVoucher[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.tenantQuery<GiftVoucher>(scope, `SELECT ${COLUMNS} FROM gift_vouchers WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`, [ids]);
  }

  async cancel(scope: TenantScope, id: string): Promise<void> {
    await this.db.deferWrite(scope, `UPDATE gift_vouchers SET status = 'cancelled' WHERE ticketing_id = $1 AND id = $2`, [id]);
  }

  redemptionsOf(scope: TenantScope, voucherIds: string[]): Promise<Omit<GiftVoucherRedemption, 'ticketingId'>[]> {
    if (voucherIds.length === 0) return Promise.resolve([]);
    return this.db.tenantQuery(
      scope,
      `SELECT id, voucher_id AS "voucherId", order_id AS "orderId", amount, at FROM gift_voucher_redemptions
        WHERE ticketing_id = $1 AND voucher_id = ANY($2::uuid[]) ORDER BY id`,
      [voucherIds],
    );
  }

  /** Newest first; `code` (normalised) keeps only the voucher with that code. */
  list(scope: TenantScope, after: Keyset | null, limit: number, code?: string): Promise<GiftVoucher[]> {
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (after) where.push(`(created_at, id) < ($${params.push(after.at) + 1}, $${params.push(after.id) + 1})`);
    if (code !== undefined) where.push(`code = $${params.push(code) + 1}`);
    return this.db.tenantQuery<GiftVoucher>(
      scope,
      `SELECT ${COLUMNS}
         FROM gift_vouchers WHERE ticketing_id = $1 ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  /**
   * Spends `amount` of a voucher for an order, as part of the sale's write: only from an active,
   * unexpired voucher that still has that much — two orders can never spend the same balance.
   */
  async redeem(scope: TenantScope, r: { voucherId: string; orderId: string; amount: number; at: Date }, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH spent AS (UPDATE gift_vouchers SET balance = balance - $3
                       WHERE ticketing_id = $1 AND id = $2 AND status = 'active' AND expires_at > $4 AND balance >= $3 RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'GIFT_VOUCHER_UNAVAILABLE') FROM spent`,
      [r.voucherId, r.amount, r.at],
      explainers,
    );
    await this.db.deferWrite(scope, `INSERT INTO gift_voucher_redemptions (ticketing_id, voucher_id, order_id, amount, at) VALUES ($1, $2, $3, $4, $5)`, [
      r.voucherId,
      r.orderId,
      r.amount,
      r.at,
    ]);
  }

  /**
   * The vouchers an order sold are cancelled with it, as part of the caller's write — unless one was
   * spent meanwhile (`GIFT_VOUCHERS_SPENT`): then the whole write is refused.
   */
  async cancelOrderVouchers(scope: TenantScope, orderId: string, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `SELECT guichet_require(count(*) = 0, 'GIFT_VOUCHERS_SPENT')
         FROM gift_vouchers WHERE ticketing_id = $1 AND order_id = $2 AND balance < initial_amount`,
      [orderId],
      explainers,
    );
    await this.db.deferWrite(scope, `UPDATE gift_vouchers SET status = 'cancelled' WHERE ticketing_id = $1 AND order_id = $2 AND status <> 'cancelled'`, [
      orderId,
    ]);
  }

  /** Whether any voucher an order sold has been spent (then the order cannot be cancelled whole). */
  async orderVouchersSpent(scope: TenantScope, orderId: string): Promise<boolean> {
    const [row] = await this.db.tenantQuery<{ spent: boolean }>(
      scope,
      `SELECT EXISTS (SELECT 1 FROM gift_vouchers WHERE ticketing_id = $1 AND order_id = $2 AND balance < initial_amount) AS spent`,
      [orderId],
    );
    return row.spent;
  }

  /**
   * Gives back to a voucher what an order took from it (a refund to the voucher), as part of the
   * caller's write: never more than it had, recorded as a negative redemption.
   */
  async credit(scope: TenantScope, c: { code: string; orderId: string; amount: number; at: Date }, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH credited AS (UPDATE gift_vouchers SET balance = balance + $3
                          WHERE ticketing_id = $1 AND code = $2 AND balance + $3 <= initial_amount RETURNING id),
            logged AS (INSERT INTO gift_voucher_redemptions (ticketing_id, voucher_id, order_id, amount, at)
                       SELECT $1, id, $4, -($3::int), $5 FROM credited)
       SELECT guichet_require(count(*) = 1, 'GIFT_VOUCHER_CREDIT_REFUSED') FROM credited`,
      [c.code, c.amount, c.orderId, c.at],
      explainers,
    );
  }
}
