import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ControlDevice } from './entities/control-device.entity';
import { ControlLoginCode } from './entities/control-login-code.entity';
import { ControlProfile } from './entities/control-profile.entity';
import { ScanResult } from './entities/scan.entity';

/** A device with the profile it scans with (null: none). */
export type DeviceWithProfile = ControlDevice & { profile: ControlProfile | null };

/** A scan as the door operations read it (ADR 0045). */
export interface DoorScan {
  id: string;
  deviceId: string;
  ticketId: string | null;
  code: string;
  result: ScanResult;
  direction: 'in' | 'out';
  at: Date;
  annulledAt: Date | null;
  overridden: boolean;
}

@Injectable()
export class ControlRepository {
  constructor(private readonly db: Database) {}

  async insertDevice(scope: TenantScope, device: Omit<ControlDevice, 'ticketingId'>): Promise<void> {
    await this.db.scoped(ControlDevice, scope).insert(device);
  }

  findDevice(scope: TenantScope, id: string) {
    return this.db.scoped(ControlDevice, scope).findOne({ id });
  }

  /** The device and its profile in one read: the scan path's only read before the ticket's. */
  async deviceWithProfile(scope: TenantScope, id: string): Promise<DeviceWithProfile | null> {
    const [row] = await this.db.tenantQuery<ControlDevice & { profile: (Omit<ControlProfile, 'createdAt'> & { createdAt: string }) | null }>(
      scope,
      `SELECT d.id, d.ticketing_id AS "ticketingId", d.name, d.profile_id AS "profileId", d.gate, d.door_role AS "doorRole", d.revoked_at AS "revokedAt",
              d.last_seen_at AS "lastSeenAt", d.created_at AS "createdAt",
              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'ticketingId', p.ticketing_id, 'name', p.name, 'dateIds', p.date_ids,
                'zoneIds', p.zone_ids, 'mode', p.mode, 'createdAt', p.created_at) END AS profile
         FROM control_devices d LEFT JOIN control_profiles p ON p.ticketing_id = $1 AND p.id = d.profile_id
        WHERE d.ticketing_id = $1 AND d.id = $2`,
      [id],
    );
    if (!row) return null;
    return { ...row, profile: row.profile ? { ...row.profile, createdAt: new Date(row.profile.createdAt) } : null };
  }

  listDevices(scope: TenantScope): Promise<(ControlDevice & { profileName: string | null })[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT d.id, d.ticketing_id AS "ticketingId", d.name, d.profile_id AS "profileId", p.name AS "profileName", d.gate, d.door_role AS "doorRole", d.revoked_at AS "revokedAt",
              d.last_seen_at AS "lastSeenAt", d.created_at AS "createdAt"
         FROM control_devices d LEFT JOIN control_profiles p ON p.ticketing_id = $1 AND p.id = d.profile_id
        WHERE d.ticketing_id = $1 ORDER BY d.created_at DESC, d.id`,
    );
  }

  /** Revokes a device (once: a second revoke keeps the first time). */
  async revokeDevice(scope: TenantScope, id: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE control_devices SET revoked_at = COALESCE(revoked_at, $3) WHERE ticketing_id = $1 AND id = $2`, [id, at]);
  }

  /** Its last activity, to the minute: the scan path calls this only when the stored one is a minute old. */
  async markSeen(scope: TenantScope, id: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE control_devices SET last_seen_at = $3 WHERE ticketing_id = $1 AND id = $2`, [id, at]);
  }

  async insertProfile(scope: TenantScope, profile: Omit<ControlProfile, 'ticketingId'>): Promise<void> {
    await this.db.scoped(ControlProfile, scope).insert(profile);
  }

  findProfile(scope: TenantScope, id: string) {
    return this.db.scoped(ControlProfile, scope).findOne({ id });
  }

  listProfiles(scope: TenantScope) {
    return this.db.scoped(ControlProfile, scope).find({}, { name: 'ASC', id: 'ASC' });
  }

  async updateProfile(scope: TenantScope, id: string, values: Pick<ControlProfile, 'name' | 'dateIds' | 'zoneIds' | 'mode'>): Promise<void> {
    await this.db.scoped(ControlProfile, scope).update({ id }, values);
  }

  /** Deletes a profile, revoking its devices and dropping its codes: a device must never fall back to scanning everything. */
  async deleteProfile(scope: TenantScope, id: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE control_devices SET revoked_at = COALESCE(revoked_at, $3) WHERE ticketing_id = $1 AND profile_id = $2`, [id, at]);
    await this.db.tenantQuery(scope, `DELETE FROM control_login_codes WHERE ticketing_id = $1 AND profile_id = $2`, [id]);
    await this.db.tenantQuery(scope, `DELETE FROM control_profiles WHERE ticketing_id = $1 AND id = $2`, [id]);
  }

  async insertLoginCode(scope: TenantScope, code: Omit<ControlLoginCode, 'ticketingId' | 'usedAt'>): Promise<void> {
    await this.db.scoped(ControlLoginCode, scope).insert({ ...code, usedAt: null });
  }

  /** The ticketing's organizer code is replaced: the old one stops working at once. */
  async replaceOrganizerCode(scope: TenantScope, codeHash: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `DELETE FROM control_login_codes WHERE ticketing_id = $1 AND kind = 'organizer'`);
    await this.insertLoginCode(scope, { codeHash, kind: 'organizer', profileId: null, expiresAt: null, createdAt: at });
  }

  /** A login code by its hash, in any ticketing (login comes before any tenant is known). */
  async findLoginCode(codeHash: string): Promise<ControlLoginCode | null> {
    const [row] = await this.db.platformQuery<ControlLoginCode>(
      `SELECT code_hash AS "codeHash", ticketing_id AS "ticketingId", kind, profile_id AS "profileId", expires_at AS "expiresAt", used_at AS "usedAt",
              created_at AS "createdAt"
         FROM control_login_codes WHERE code_hash = $1`,
      [codeHash],
    );
    return row ?? null;
  }

  /** Spends a profile code: true for the one caller whose conditional UPDATE matched (a code logs in one device). */
  async spendLoginCode(scope: TenantScope, codeHash: string, at: Date): Promise<boolean> {
    const rows = await this.db.tenantQuery(
      scope,
      `UPDATE control_login_codes SET used_at = $3 WHERE ticketing_id = $1 AND code_hash = $2 AND used_at IS NULL AND expires_at > $3 RETURNING code_hash`,
      [codeHash, at],
    );
    return rows.length === 1;
  }

  /** The name of the device that first admitted a ticket (for `already_used`). */
  async firstAdmittedBy(scope: TenantScope, ticketId: string): Promise<string | null> {
    const [row] = await this.db.tenantQuery<{ name: string }>(
      scope,
      `SELECT d.name FROM scans s JOIN control_devices d ON d.ticketing_id = $1 AND d.id = s.device_id
        WHERE s.ticketing_id = $1 AND s.ticket_id = $2 AND s.result = 'accepted' AND s.direction = 'in' ORDER BY s.id LIMIT 1`,
      [ticketId],
    );
    return row?.name ?? null;
  }

  /** Records a scan and gives its id; an override names the refused scan it admits and why. */
  async recordScan(
    scope: TenantScope,
    scan: {
      deviceId: string;
      ticketId: string | null;
      dateId: string | null;
      code: string;
      result: ScanResult;
      direction: 'in' | 'out';
      at: Date;
      override?: { of: string; reason: string };
    },
  ): Promise<string> {
    const [row] = await this.db.tenantQuery<{ id: string }>(
      scope,
      `INSERT INTO scans (ticketing_id, device_id, ticket_id, date_id, code, result, direction, at, override_of, override_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        scan.deviceId,
        scan.ticketId,
        scan.dateId,
        scan.code.slice(0, 512),
        scan.result,
        scan.direction,
        scan.at,
        scan.override?.of ?? null,
        scan.override?.reason ?? null,
      ],
    );
    return String(row.id);
  }

  /** A scan of this ticketing, its row locked: annulments and overrides of one scan queue behind each other. */
  async lockScan(scope: TenantScope, id: string): Promise<DoorScan | null> {
    const [row] = await this.db.tenantQuery<DoorScan>(
      scope,
      `SELECT id::text, device_id AS "deviceId", ticket_id AS "ticketId", code, result, direction, at, annulled_at AS "annulledAt",
              EXISTS (SELECT 1 FROM scans o WHERE o.ticketing_id = $1 AND o.override_of = s.id) AS overridden
         FROM scans s WHERE ticketing_id = $1 AND id = $2 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Where a ticket stood before one of its scans, by its scan log: the direction of its latest earlier
   * accepted scan still standing, and whether an accepted one came after (then that scan is history).
   */
  async aroundScan(scope: TenantScope, ticketId: string, scanId: string): Promise<{ before: 'in' | 'out' | null; laterAccepted: boolean }> {
    const [row] = await this.db.tenantQuery<{ before: 'in' | 'out' | null; laterAccepted: boolean }>(
      scope,
      `SELECT (SELECT direction FROM scans WHERE ticketing_id = $1 AND ticket_id = $2 AND result = 'accepted' AND annulled_at IS NULL AND id < $3
                ORDER BY id DESC LIMIT 1) AS before,
              EXISTS (SELECT 1 FROM scans WHERE ticketing_id = $1 AND ticket_id = $2 AND result = 'accepted' AND annulled_at IS NULL AND id > $3)
                AS "laterAccepted"`,
      [ticketId, scanId],
    );
    return row;
  }

  async markAnnulled(scope: TenantScope, id: string, annulment: { at: Date; deviceId: string; reason: string }): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE scans SET annulled_at = $3, annulled_by = $4, annul_reason = $5 WHERE ticketing_id = $1 AND id = $2`, [
      id,
      annulment.at,
      annulment.deviceId,
      annulment.reason,
    ]);
  }
}
