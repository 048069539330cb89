import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { ValidationFailedError } from '../../platform/http/problem';
import { TicketSigner } from '../../platform/signing/ticket-signer';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { OrdersService } from '../orders';
import { ControlDevices } from './control-devices.service';
import { DoorListResponse, OfflineScan, OfflineScanReceipt } from './dto/offline-sync.dto';
import { OfflineSyncRepository } from './offline-sync.repository';
import { ScannedCodes } from './scanned-codes';

/** A device's clock may run a little ahead; a scan further in the future than this is refused. */
const CLOCK_SLACK_MS = 5 * 60 * 1000;

/**
 * ADR 0043, offline-first scanning: what a device keeps to answer without the server (the keys,
 * every ticket of its dates with its status and barcode), and the scans it made meanwhile, uploaded
 * later — each counted once by its nonce, admissions applied, and an admission of a ticket already
 * admitted elsewhere reported as a conflict.
 */
@Injectable()
export class OfflineSync {
  constructor(
    private readonly db: Database,
    private readonly devices: ControlDevices,
    private readonly repo: OfflineSyncRepository,
    private readonly signer: TicketSigner,
    private readonly codes: ScannedCodes,
    private readonly orders: OrdersService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async doorList(scope: TenantScope, deviceId: string, dateIds: string[]): Promise<DoorListResponse> {
    const device = await this.devices.requireDevice(scope, deviceId);
    const wanted = [...new Set(dateIds.map((id) => id.toLowerCase()))];
    const unknown = await this.catalog.foreignDateIds(scope, wanted);
    if (unknown.length) throw new ValidationFailedError(unknown.map((id) => ({ field: 'dateIds', message: `no such date in this ticketing: ${id}` })));
    const generatedAt = this.clock.now();
    // The page refreshes its list every minute or so while online: that is its sign of life.
    await this.devices.seen(scope, device, generatedAt);
    const [keys, tickets] = await Promise.all([this.signer.publicKeys(scope), this.orders.doorList(scope, wanted)]);
    return { generatedAt: generatedAt.toISOString(), keys, tickets };
  }

  async upload(scope: TenantScope, deviceId: string, scans: OfflineScan[]): Promise<OfflineScanReceipt[]> {
    const device = await this.devices.requireDevice(scope, deviceId);
    await this.devices.seen(scope, device, this.clock.now());
    const latest = this.clock.now().getTime() + CLOCK_SLACK_MS;
    const late = scans.flatMap((s, i) => (new Date(s.at).getTime() > latest ? [{ field: `scans[${i}].at`, message: 'is in the future' }] : []));
    if (late.length) throw new ValidationFailedError(late);
    // Ticket ids first (signatures, barcode look-ups), then one transaction for the batch.
    const ticketIds = await Promise.all(scans.map((s) => this.codes.ticketIdOf(scope, s.code)));
    const dates = await this.orders.datesOfTickets(
      scope,
      ticketIds.filter((id): id is string => !!id),
    );
    return this.db.transaction(async () => {
      const receipts: OfflineScanReceipt[] = [];
      for (const [i, scan] of scans.entries()) {
        const at = new Date(scan.at);
        const direction = scan.direction ?? 'in';
        const scanId = await this.repo.recordOfflineScan(scope, {
          deviceId,
          ticketId: ticketIds[i],
          dateId: dates.get(ticketIds[i] ?? '') ?? null,
          code: scan.code,
          direction,
          result: scan.result,
          at,
          nonce: scan.nonce,
        });
        if (!scanId) {
          receipts.push({ nonce: scan.nonce, status: 'duplicate', conflict: false });
          continue;
        }
        // The device let someone in (or out): the server records it, and reports it when it should not
        // have been — a ticket unknown here or no longer valid, or, in normal mode, one already admitted.
        let conflict = false;
        if (scan.result === 'accepted') {
          const ticketId = ticketIds[i];
          const moved = ticketId ? await this.orders.admitOffline(scope, ticketId, at, direction) : null;
          conflict = !moved || !moved.valid || ((scan.mode ?? 'normal') === 'normal' && moved.alreadyAdmitted);
          if (conflict) await this.repo.flagConflict(scope, scanId);
        }
        receipts.push({ nonce: scan.nonce, status: 'recorded', conflict });
      }
      return receipts;
    });
  }
}
