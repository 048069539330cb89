import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersService } from '../orders';
import { ControlDevices } from './control-devices.service';
import { DoorSupervisorOnlyError, ScanNotAnnullableError, ScanNotFoundError, ScanNotOverridableError, ScanTooOldError } from './control.errors';
import { ControlRepository, DoorScan } from './control.repository';
import { AnnulledScanResponse, AnnulScanRequest, OverrideScanRequest, ScanResponse } from './dto/control.dto';
import { ScanResult } from './entities/scan.entity';

/**
 * How long a scan may be undone or overridden at the door. An annulment fixes what just happened at
 * the turnstile, an override decides about the person standing there: a quarter of an hour covers a
 * queue and a call to the supervisor. Older entries are the backoffice's (the ticket's scan state).
 */
export const DOOR_WINDOW_MS = 15 * 60_000;

/**
 * Refusals a supervisor may admit anyway: the ticket is genuine and valid, only the door's rule said
 * no. Forged and unknown codes name no ticket; cancelled, blacklisted and replaced tickets were made
 * invalid on purpose (a cancelled place may be sold again); an exit refusal admits no one.
 */
const OVERRIDABLE: ScanResult[] = ['already_used', 'already_inside', 'wrong_date', 'wrong_zone', 'not_paid'];

/** ADR 0045: a door's corrections — annulling an entry just made, a supervisor admitting a refused ticket. */
@Injectable()
export class DoorOperations {
  constructor(
    private readonly db: Database,
    private readonly repo: ControlRepository,
    private readonly devices: ControlDevices,
    private readonly orders: OrdersService,
    private readonly clock: Clock,
  ) {}

  /**
   * Undoes an accepted scan (the turnstile did not turn, the wrong ticket was scanned): the ticket
   * goes back to its scan state before it and may enter again; the scan stays, marked annulled, by
   * whom and why. The device that made it or a supervisor, within the door window, and only while
   * the ticket was not scanned again since.
   */
  async annulScan(scope: TenantScope, deviceId: string, request: AnnulScanRequest): Promise<AnnulledScanResponse> {
    const device = await this.devices.requireDevice(scope, deviceId);
    const at = this.clock.now();
    return this.db.transaction(async () => {
      const scan = await this.requireScan(scope, request.scanId);
      if (scan.deviceId !== device.id && device.doorRole !== 'supervisor') throw new DoorSupervisorOnlyError();
      if (scan.result !== 'accepted' || !scan.ticketId) throw new ScanNotAnnullableError('Only an accepted scan can be annulled');
      if (scan.annulledAt) throw new ScanNotAnnullableError('This scan is already annulled');
      this.requireRecent(scan, at);
      const around = await this.repo.aroundScan(scope, scan.ticketId, scan.id);
      if (around.laterAccepted) throw new ScanNotAnnullableError('The ticket was scanned again since');
      // With no earlier scan and not its first admission (set from the backoffice), `out` lets it enter again without erasing that admission.
      const scanState = await this.orders.annulAdmission(scope, scan.ticketId, { at: scan.at, to: scan.direction, before: around.before ?? 'out' });
      if (!scanState) throw new ScanNotAnnullableError('The ticket is no longer where this scan put it');
      await this.repo.markAnnulled(scope, scan.id, { at, deviceId: device.id, reason: request.reason.trim() });
      return { scanId: scan.id, ticketId: scan.ticketId, scanState, annulledAt: at.toISOString() };
    });
  }

  /**
   * A supervisor admits a refused ticket anyway: it goes in, and a new accepted scan names the
   * refusal it overrides, the device and the reason. Once per refusal, within the door window.
   */
  async overrideScan(scope: TenantScope, deviceId: string, request: OverrideScanRequest): Promise<ScanResponse> {
    const device = await this.devices.requireDevice(scope, deviceId);
    if (device.doorRole !== 'supervisor') throw new DoorSupervisorOnlyError();
    const at = this.clock.now();
    return this.db.transaction(async () => {
      const scan = await this.requireScan(scope, request.scanId);
      if (!OVERRIDABLE.includes(scan.result) || !scan.ticketId) throw new ScanNotOverridableError(`A ${scan.result} scan cannot be overridden`);
      if (scan.overridden) throw new ScanNotOverridableError('This refusal is already overridden');
      this.requireRecent(scan, at);
      const ticket = await this.orders.admitByOverride(scope, scan.ticketId, at);
      if (!ticket) throw new ScanNotOverridableError('The ticket is no longer valid');
      const scanId = await this.repo.recordScan(scope, {
        deviceId: device.id,
        ticketId: ticket.id,
        dateId: ticket.dateId,
        code: scan.code,
        result: 'accepted',
        direction: 'in',
        at,
        override: { of: scan.id, reason: request.reason.trim() },
      });
      return {
        scanId,
        result: 'accepted',
        valid: true,
        message: 'Billet admis par dérogation',
        mode: device.profile?.mode ?? 'normal',
        direction: 'in',
        ticket: { id: ticket.id, eventName: ticket.eventName, startsAt: ticket.startsAt.toISOString(), zoneName: ticket.zoneName, priceName: ticket.priceName },
        firstScannedAt: ticket.firstScannedAt?.toISOString() ?? null,
        firstScannedBy: null,
        scannedAt: at.toISOString(),
      };
    });
  }

  private async requireScan(scope: TenantScope, scanId: string): Promise<DoorScan> {
    const scan = await this.repo.lockScan(scope, scanId);
    if (!scan) throw new ScanNotFoundError();
    return scan;
  }

  private requireRecent(scan: DoorScan, at: Date): void {
    if (at.getTime() - new Date(scan.at).getTime() > DOOR_WINDOW_MS) throw new ScanTooOldError();
  }
}
