import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ControlDevice } from './entities/control-device.entity';
import { ScanResult } from './entities/scan.entity';

@Injectable()
export class ControlRepository {
  constructor(private readonly db: Database) {}

  async insertDevice(scope: TenantScope, device: Omit<ControlDevice, 'ticketingId'>): Promise<void> {
    await this.db.scoped(ControlDevice, scope).insert(device);
  }

  findDevice(scope: TenantScope, id: string) {
    return this.db.scoped(ControlDevice, scope).findOne({ id });
  }

  async recordScan(scope: TenantScope, scan: { deviceId: string; ticketId: string | null; code: string; result: ScanResult; at: Date }): Promise<void> {
    await this.db.tenantQuery(scope, `INSERT INTO scans (ticketing_id, device_id, ticket_id, code, result, at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      scan.deviceId,
      scan.ticketId,
      scan.code.slice(0, 512),
      scan.result,
      scan.at,
    ]);
  }
}
