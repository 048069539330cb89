import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { Cart, CartGiftVoucherLine, CartLine } from './entities/cart.entity';
import { ShopSettings } from './entities/shop-settings.entity';
import { ShopBranding } from './entities/shop-branding.entity';

export interface ExpiredCart {
  id: string;
  ticketingId: string;
  lines: CartLine[];
}

/** A cart's new lines and what they are priced with, written if its lines are still at `revision`. */
export interface CartLinesWrite {
  cartId: string;
  revision: number;
  now: Date;
  /** `released`: the change took the last thing out, the cart is given back. */
  status: 'open' | 'released';
  lines: CartLine[];
  totalAmount: number;
  promoCode: string | null;
  discountAmount: number;
  voucherCode: string | null;
  voucherAmount: number;
}

@Injectable()
export class SalesRepository {
  constructor(private readonly db: Database) {}

  async insertCart(
    scope: TenantScope,
    cart: { id: string; currency: string; lines: CartLine[]; giftVoucherLines: CartGiftVoucherLine[]; totalAmount: number; expiresAt: Date; createdAt: Date },
  ): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO carts (ticketing_id, id, status, currency, lines, gift_voucher_lines, total_amount, expires_at, created_at)
       VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8)`,
      [cart.id, cart.currency, JSON.stringify(cart.lines), JSON.stringify(cart.giftVoucherLines), cart.totalAmount, cart.expiresAt, cart.createdAt],
    );
  }

  /** Raw SQL: read on every checkout. */
  async findCart(scope: TenantScope, id: string): Promise<Cart | null> {
    const [row] = await this.db.tenantQuery<Cart>(
      scope,
      `SELECT id, ticketing_id AS "ticketingId", status, currency, lines, gift_voucher_lines AS "giftVoucherLines", total_amount AS "totalAmount", expires_at AS "expiresAt",
              promo_code AS "promoCode", discount_amount AS "discountAmount", voucher_code AS "voucherCode", voucher_amount AS "voucherAmount", order_id AS "orderId", created_at AS "createdAt",
              revision
         FROM carts WHERE ticketing_id = $1 AND id = $2`,
      [id],
    );
    return row ?? null;
  }

  /** Checks out an open, unexpired cart as part of the caller's write, else fails it (`CART_NOT_OPEN`). */
  async closeForCheckout(scope: TenantScope, id: string, now: Date, orderId: string, revision: number, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH closed AS (UPDATE carts SET status = 'checked_out', order_id = $4
                        WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3 AND revision = $5 RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'CART_NOT_OPEN') FROM closed`,
      [id, now, orderId, revision],
      explainers,
    );
  }

  /** Releases an open, unexpired cart; null if it was not open (or already expired) at that instant. */
  async releaseOpenCart(scope: TenantScope, id: string, now: Date): Promise<Pick<Cart, 'lines'> | null> {
    const [row] = await this.db.tenantQuery<Pick<Cart, 'lines'>>(
      scope,
      `UPDATE carts SET status = 'released' WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3 RETURNING lines`,
      [id, now],
    );
    return row ?? null;
  }

  /** Records (or clears) the promo code of an open, unexpired cart; false when the cart is not open. */
  async setPromoCode(scope: TenantScope, id: string, now: Date, promoCode: string | null, discountAmount: number): Promise<boolean> {
    const rows = await this.db.tenantQuery(
      scope,
      `UPDATE carts SET promo_code = $4, discount_amount = $5 WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3 RETURNING 1`,
      [id, now, promoCode, discountAmount],
    );
    return rows.length === 1;
  }

  /** Replaces the gift vouchers an open, unexpired cart buys (the total follows); false when the cart is not open or its lines changed. */
  async setGiftVoucherLines(scope: TenantScope, id: string, now: Date, revision: number, lines: CartGiftVoucherLine[], totalAmount: number): Promise<boolean> {
    const rows = await this.db.tenantQuery(
      scope,
      `UPDATE carts SET gift_voucher_lines = $5, total_amount = $6, revision = revision + 1
        WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3 AND revision = $4 RETURNING 1`,
      [id, now, revision, JSON.stringify(lines), totalAmount],
    );
    return rows.length === 1;
  }

  /** Records (or clears) the gift voucher of an open, unexpired cart; false when the cart is not open. */
  async setVoucher(scope: TenantScope, id: string, now: Date, code: string | null, amount: number): Promise<boolean> {
    const rows = await this.db.tenantQuery(
      scope,
      `UPDATE carts SET voucher_code = $4, voucher_amount = $5 WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3 RETURNING 1`,
      [id, now, code, amount],
    );
    return rows.length === 1;
  }

  /**
   * Rewrites an open, unexpired cart's lines and what they are priced with, as part of the caller's
   * write, if nothing changed them since `revision` was read; else fails the write (`CART_NOT_OPEN`).
   * `released`: the change took the last thing out, the cart is given back.
   */
  async changeLines(scope: TenantScope, change: CartLinesWrite, explainers: Explainers): Promise<void> {
    const c = change;
    await this.db.deferWrite(
      scope,
      `WITH changed AS (UPDATE carts SET lines = $5, total_amount = $6, promo_code = $7, discount_amount = $8, voucher_code = $9, voucher_amount = $10,
                                         status = $11, revision = revision + 1
                         WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3 AND revision = $4 RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'CART_NOT_OPEN') FROM changed`,
      [c.cartId, c.now, c.revision, JSON.stringify(c.lines), c.totalAmount, c.promoCode, c.discountAmount, c.voucherCode, c.voucherAmount, c.status],
      explainers,
    );
  }

  findShopBranding(scope: TenantScope) {
    return this.db.scoped(ShopBranding, scope).findOne({});
  }

  /** Writes the given branding fields (creating the row the first time); the others stay. */
  async saveShopBranding(scope: TenantScope, patch: Partial<Omit<ShopBranding, 'ticketingId'>>): Promise<void> {
    const columns: Record<keyof Omit<ShopBranding, 'ticketingId'>, string> = {
      logoHash: 'logo_hash',
      mainColor: 'main_color',
      contactEmail: 'contact_email',
      contactPhone: 'contact_phone',
      contactAddress: 'contact_address',
      termsUrl: 'terms_url',
      privacyUrl: 'privacy_url',
    };
    const entries = (Object.keys(patch) as (keyof typeof columns)[]).map((k) => [columns[k], patch[k] ?? null] as const);
    if (!entries.length) return;
    const names = entries.map(([c]) => c);
    await this.db.tenantQuery(
      scope,
      `INSERT INTO shop_branding (ticketing_id, ${names.join(', ')}) VALUES ($1, ${names.map((_, i) => `$${i + 2}`).join(', ')})
       ON CONFLICT (ticketing_id) DO UPDATE SET ${names.map((c, i) => `${c} = $${i + 2}`).join(', ')}`,
      entries.map(([, v]) => v),
    );
  }

  findShopSettings(scope: TenantScope) {
    return this.db.scoped(ShopSettings, scope).findOne({});
  }

  async saveShopSettings(scope: TenantScope, settings: Omit<ShopSettings, 'ticketingId'>): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO shop_settings (ticketing_id, display_modes, default_display_mode, show_remaining) VALUES ($1, $2, $3, $4)
       ON CONFLICT (ticketing_id) DO UPDATE SET display_modes = $2, default_display_mode = $3, show_remaining = $4`,
      [settings.displayModes, settings.defaultDisplayMode, settings.showRemaining],
    );
  }

  /** Marks a batch of overdue carts expired, across tenants (the sweep is a platform job). */
  async expireOverdue(now: Date, batch: number): Promise<ExpiredCart[]> {
    return this.db.platformQuery<ExpiredCart>(
      `UPDATE carts SET status = 'expired'
        WHERE id IN (SELECT id FROM carts WHERE status = 'open' AND expires_at <= $1
                      ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id, ticketing_id AS "ticketingId", lines`,
      [now, batch],
    );
  }
}
