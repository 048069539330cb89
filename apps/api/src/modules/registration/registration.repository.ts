import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { RegistrationFormRow } from './entities/registration-form.entity';
import { RegistrationUpload } from './entities/registration-upload.entity';

@Injectable()
export class RegistrationRepository {
  constructor(private readonly db: Database) {}

  form(scope: TenantScope): Promise<RegistrationFormRow | null> {
    return this.db.scoped(RegistrationFormRow, scope).findOne({});
  }

  async saveForm(scope: TenantScope, f: Omit<RegistrationFormRow, 'ticketingId'>): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO registration_forms (ticketing_id, standard, custom_fields, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ticketing_id) DO UPDATE SET standard = $2, custom_fields = $3, updated_at = $4, updated_by = $5`,
      [JSON.stringify(f.standard), JSON.stringify(f.customFields), f.updatedAt, f.updatedBy],
    );
  }

  async insertUpload(scope: TenantScope, u: Omit<RegistrationUpload, 'ticketingId'>): Promise<void> {
    await this.db.scoped(RegistrationUpload, scope).insert(u);
  }

  /** The cart's uploads among `ids` not yet tied to an order. */
  uploadsOfCart(scope: TenantScope, cartId: string, ids: string[]): Promise<RegistrationUpload[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.scoped(RegistrationUpload, scope).find({ cartId, id: In(ids), orderId: IsNull() });
  }

  /** Part of the sale's write: the answered files now belong to the order (and are no orphans to sweep). */
  async attachUploads(scope: TenantScope, cartId: string, orderId: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.db.deferWrite(
      scope,
      `UPDATE registration_uploads SET order_id = $2 WHERE ticketing_id = $1 AND cart_id = $3 AND id = ANY($4::uuid[]) AND order_id IS NULL`,
      [orderId, cartId, ids],
    );
  }

  orderUpload(scope: TenantScope, orderId: string, uploadId: string): Promise<RegistrationUpload | null> {
    return this.db.scoped(RegistrationUpload, scope).findOne({ orderId, id: uploadId });
  }

  /**
   * Across tenants (a platform sweep): deletes a batch of uploads never tied to an order and older
   * than `before`; says how many, and the storage keys no remaining upload shares (the same bytes
   * may answer another order).
   */
  async deleteOrphans(before: Date, batch: number): Promise<{ deleted: number; keys: string[] }> {
    // The statement sees the rows as they were before its DELETE: the deleted ones are left out by id.
    const rows = await this.db.platformQuery<{ key: string | null }>(
      `WITH gone AS (
         DELETE FROM registration_uploads WHERE id IN (
           SELECT id FROM registration_uploads WHERE order_id IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id, ticketing_id, sha256)
       SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM registration_uploads u
                                     WHERE u.ticketing_id = g.ticketing_id AND u.sha256 = g.sha256 AND u.id NOT IN (SELECT id FROM gone))
                   THEN g.ticketing_id || '/registration/' || g.sha256 END AS key
         FROM gone g`,
      [before, batch],
    );
    return { deleted: rows.length, keys: [...new Set(rows.flatMap((r) => (r.key ? [r.key] : [])))] };
  }
}
