import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { Cart, CartLine } from './entities/cart.entity';

export interface ExpiredCart {
  ticketingId: string;
  lines: CartLine[];
}

@Injectable()
export class SalesRepository {
  constructor(private readonly db: Database) {}

  async insertCart(
    scope: TenantScope,
    cart: { id: string; currency: string; lines: CartLine[]; totalAmount: number; expiresAt: Date; createdAt: Date },
  ): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO carts (ticketing_id, id, status, currency, lines, total_amount, expires_at, created_at)
       VALUES ($1, $2, 'open', $3, $4, $5, $6, $7)`,
      [cart.id, cart.currency, JSON.stringify(cart.lines), cart.totalAmount, cart.expiresAt, cart.createdAt],
    );
  }

  findCart(scope: TenantScope, id: string) {
    return this.db.scoped(Cart, scope).findOne({ id });
  }

  /** Closes an open, unexpired cart; null if it was not open (or already expired) at that instant. */
  async closeOpenCart(
    scope: TenantScope,
    id: string,
    now: Date,
    to: 'checked_out' | 'released',
    orderId: string | null,
  ): Promise<Pick<Cart, 'lines' | 'currency' | 'totalAmount'> | null> {
    const [row] = await this.db.tenantQuery<Pick<Cart, 'lines' | 'currency' | 'totalAmount'>>(
      scope,
      `UPDATE carts SET status = $4, order_id = $5
        WHERE ticketing_id = $1 AND id = $2 AND status = 'open' AND expires_at > $3
        RETURNING lines, currency, total_amount AS "totalAmount"`,
      [id, now, to, orderId],
    );
    return row ?? null;
  }

  /** Marks a batch of overdue carts expired, across tenants (the sweep is a platform job). */
  async expireOverdue(now: Date, batch: number): Promise<ExpiredCart[]> {
    return this.db.platformQuery<ExpiredCart>(
      `UPDATE carts SET status = 'expired'
        WHERE id IN (SELECT id FROM carts WHERE status = 'open' AND expires_at <= $1
                      ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING ticketing_id AS "ticketingId", lines`,
      [now, batch],
    );
  }
}
