import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ScanResult } from './entities/scan.entity';

/**
 * The door's scans of some dates, read for the dashboard: a scan counts for the dates when its
 * ticket is on one of them; a code that named no ticket (unknown, forged) counts when it was read
 * since `since` — it was refused at this evening's doors all the same. An annulled admission (ADR
 * 0045) did not happen.
 */
const OF_DATES = `s.annulled_at IS NULL AND (s.ticket_id IN (SELECT id FROM tickets WHERE ticketing_id = $1 AND date_id = ANY($2::uuid[])) OR (s.ticket_id IS NULL AND s.at >= $3))`;

@Injectable()
export class DoorDashboardRepository {
  constructor(private readonly db: Database) {}

  scansPerMinute(scope: TenantScope, dateIds: string[], since: Date): Promise<{ minute: Date; accepted: number; refused: number }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT date_trunc('minute', s.at) AS minute, count(*) FILTER (WHERE s.result = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE s.result <> 'accepted')::int AS refused
         FROM scans s WHERE s.ticketing_id = $1 AND s.at >= $3 AND ${OF_DATES}
        GROUP BY 1 ORDER BY 1`,
      [dateIds, since],
    );
  }

  refusals(scope: TenantScope, dateIds: string[], since: Date): Promise<{ result: ScanResult; count: number }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT s.result, count(*)::int AS count FROM scans s
        WHERE s.ticketing_id = $1 AND s.result <> 'accepted' AND ${OF_DATES}
        GROUP BY s.result ORDER BY count(*) DESC, s.result`,
      [dateIds, since],
    );
  }

  /** Every device of the ticketing not revoked, with what it scanned of these dates. */
  devices(
    scope: TenantScope,
    dateIds: string[],
    since: Date,
  ): Promise<{ id: string; name: string; gate: string | null; lastSeenAt: Date | null; accepted: number; refused: number; lastScanAt: Date | null }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT d.id, d.name, d.gate, d.last_seen_at AS "lastSeenAt",
              count(s.id) FILTER (WHERE s.result = 'accepted')::int AS accepted, count(s.id) FILTER (WHERE s.result <> 'accepted')::int AS refused,
              max(s.at) AS "lastScanAt"
         FROM control_devices d
         LEFT JOIN scans s ON s.ticketing_id = d.ticketing_id AND s.device_id = d.id AND ${OF_DATES}
        WHERE d.ticketing_id = $1 AND d.revoked_at IS NULL
        GROUP BY d.id ORDER BY d.gate NULLS LAST, d.name`,
      [dateIds, since],
    );
  }

  /** Offline admissions reported as conflicts (ADR 0043), with every admission of their ticket. */
  conflicts(
    scope: TenantScope,
    dateIds: string[],
  ): Promise<{ ticketId: string; scans: { deviceName: string; at: string; offline: boolean; conflict: boolean }[] }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT s.ticket_id AS "ticketId",
              json_agg(json_build_object('deviceName', d.name, 'at', s.at, 'offline', s.offline, 'conflict', s.conflict) ORDER BY s.at) AS scans
         FROM scans s JOIN control_devices d ON d.ticketing_id = s.ticketing_id AND d.id = s.device_id
        WHERE s.ticketing_id = $1 AND s.result = 'accepted' AND s.annulled_at IS NULL
          AND s.ticket_id IN (SELECT c.ticket_id FROM scans c WHERE c.ticketing_id = $1 AND c.conflict
                                 AND c.ticket_id IN (SELECT id FROM tickets WHERE ticketing_id = $1 AND date_id = ANY($2::uuid[])))
        GROUP BY s.ticket_id ORDER BY min(s.at)`,
      [dateIds],
    );
  }
}
