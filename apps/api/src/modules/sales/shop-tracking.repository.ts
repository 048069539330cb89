import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ShopTracking } from './entities/shop-tracking.entity';

@Injectable()
export class ShopTrackingRepository {
  constructor(private readonly db: Database) {}

  find(scope: TenantScope) {
    return this.db.scoped(ShopTracking, scope).findOne({});
  }

  async save(scope: TenantScope, t: Omit<ShopTracking, 'ticketingId'>): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO shop_tracking (ticketing_id, head_snippet, script_src, img_src, connect_src) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ticketing_id) DO UPDATE SET head_snippet = $2, script_src = $3, img_src = $4, connect_src = $5`,
      [t.headSnippet, t.scriptSrc, t.imgSrc, t.connectSrc],
    );
  }
}
