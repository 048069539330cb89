import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ScanResult } from './entities/scan.entity';

/** The SQL of offline scans uploaded later (ADR 0043). */
@Injectable()
export class OfflineSyncRepository {
  constructor(private readonly db: Database) {}

  /** Records an offline scan once per device and nonce: null when this nonce was uploaded before. */
  async recordOfflineScan(
    scope: TenantScope,
    scan: {
      deviceId: string;
      ticketId: string | null;
      dateId: string | null;
      code: string;
      result: ScanResult;
      direction: 'in' | 'out';
      at: Date;
      nonce: string;
    },
  ): Promise<string | null> {
    const [row] = await this.db.tenantQuery<{ id: string }>(
      scope,
      `INSERT INTO scans (ticketing_id, device_id, ticket_id, date_id, code, result, direction, at, nonce, offline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true)
       ON CONFLICT (ticketing_id, device_id, nonce) WHERE nonce IS NOT NULL DO NOTHING RETURNING id`,
      [scan.deviceId, scan.ticketId, scan.dateId, scan.code.slice(0, 512), scan.result, scan.direction, scan.at, scan.nonce],
    );
    return row?.id ?? null;
  }

  async flagConflict(scope: TenantScope, scanId: string): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE scans SET conflict = true WHERE ticketing_id = $1 AND id = $2`, [scanId]);
  }
}
