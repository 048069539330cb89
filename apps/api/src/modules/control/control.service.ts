import { Injectable } from '@nestjs/common';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { FieldError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { AdmitMove, AdmitResult, OrdersService } from '../orders';
import { ControlDevices } from './control-devices.service';
import { DoorSupervisorOnlyError, QuickCancellationCodeUnknownError, ScanSelectionInvalidError } from './control.errors';
import { ControlRepository, DeviceWithProfile } from './control.repository';
import { ScanDirection, ScanRequest, ScanResponse } from './dto/control.dto';
import { ScanMode } from './entities/control-profile.entity';
import { ScannedCodes } from './scanned-codes';
import { ScanResult } from './entities/scan.entity';

const MESSAGES: Record<ScanResult, string> = {
  accepted: 'Billet valide',
  already_used: 'Billet déjà utilisé',
  already_inside: 'Déjà entré : scannez la sortie d’abord',
  not_inside: 'Pas entré : scannez l’entrée d’abord',
  wrong_date: 'Billet pour une autre date',
  wrong_zone: 'Billet pour une autre zone',
  unknown: 'Billet inconnu',
  forged: 'Billet falsifié',
  cancelled: 'Billet annulé',
  blacklisted: 'Billet sur liste noire',
  replaced: 'Billet remplacé (réédité ou reprogrammé)',
  not_paid: 'Commande non payée : à régler au guichet',
};

/** Why the door refuses a ticket that is not valid: its status says. */
const NOT_VALID: Record<string, ScanResult> = { cancelled: 'cancelled', blacklisted: 'blacklisted', replaced: 'replaced' };

/** What one scan may do: the mode and direction, and the dates and zones it admits (null: any). */
interface Selection {
  mode: ScanMode;
  direction: ScanDirection;
  dateIds: string[] | null;
  zoneIds: string[] | null;
}

/** Control façade: the door check (CTL-2, CTL-3, CTL-7). */
@Injectable()
export class ControlService {
  constructor(
    private readonly db: Database,
    private readonly repo: ControlRepository,
    private readonly devices: ControlDevices,
    private readonly codes: ScannedCodes,
    private readonly orders: OrdersService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks a ticket at the door. A signed code's signature is checked first (a forged code never
   * reaches the ticket table); a barcode (ADR 0041) is looked up among this ticketing's tickets.
   * The decision is one conditional UPDATE (see OrdersService.admitTicket), so of devices scanning
   * the same ticket at the same moment exactly one is accepted. Every attempt is recorded.
   */
  async scanTicket(scope: TenantScope, deviceId: string, request: ScanRequest): Promise<ScanResponse> {
    const device = await this.devices.requireDevice(scope, deviceId);
    const selection = await this.selection(scope, device, request);
    const at = this.clock.now();
    await this.devices.seen(scope, device, at);
    const check = await this.codes.check(scope, request.code);

    return this.db.transaction(async () => {
      const admission = check.status === 'genuine' ? await this.orders.admitTicket(scope, check.ticketId, at, moveOf(selection)) : null;
      const result: ScanResult = check.status === 'forged' ? 'forged' : admission ? resultOf(admission, selection) : 'unknown';
      const t = admission && admission.outcome !== 'unknown' ? admission.ticket : null;
      const scanId = await this.repo.recordScan(scope, {
        deviceId,
        ticketId: t?.id ?? null,
        dateId: t?.dateId ?? null,
        code: request.code,
        result,
        direction: selection.direction,
        at,
      });
      return {
        scanId,
        result,
        valid: result === 'accepted',
        message: MESSAGES[result],
        mode: selection.mode,
        direction: selection.direction,
        ticket: t ? { id: t.id, eventName: t.eventName, startsAt: t.startsAt.toISOString(), zoneName: t.zoneName, priceName: t.priceName } : null,
        firstScannedAt: t?.firstScannedAt ? t.firstScannedAt.toISOString() : null,
        firstScannedBy: t && (result === 'already_used' || result === 'already_inside') ? await this.repo.firstAdmittedBy(scope, t.id) : null,
        scannedAt: at.toISOString(),
      };
    });
  }

  /**
   * CTL-4 quick cancellation, control's part: the device must be a supervisor, and the code (signed
   * or barcode) must name a ticket of this ticketing. Gives the ticket and the device as the actor of
   * its cancellation; the cancellation itself is the coordination layer's.
   */
  async ticketToCancelAtDoor(scope: TenantScope, deviceId: string, code: string): Promise<{ ticketId: string; actor: Actor }> {
    const device = await this.devices.requireDevice(scope, deviceId);
    if (device.doorRole !== 'supervisor') throw new DoorSupervisorOnlyError();
    const check = await this.codes.check(scope, code);
    if (check.status !== 'genuine') throw new QuickCancellationCodeUnknownError();
    return { ticketId: check.ticketId, actor: { kind: 'device', id: device.id, label: device.name } };
  }

  /**
   * The device's choice, within its profile: the profile's mode wins (another one is refused, not
   * ignored, so a page out of step says so), chosen dates and zones must be among the profile's —
   * or, without a profile, this ticketing's.
   */
  private async selection(scope: TenantScope, device: DeviceWithProfile, request: ScanRequest): Promise<Selection> {
    const profile = device.profile;
    const errors: FieldError[] = [];
    if (profile && request.mode && request.mode !== profile.mode)
      errors.push({ field: 'mode', message: `this device scans in its profile’s mode (${profile.mode})` });
    const mode = profile?.mode ?? request.mode ?? 'normal';
    const direction = request.direction ?? 'in';
    if (direction === 'out' && mode !== 'entry_exit') errors.push({ field: 'direction', message: 'an exit is scanned in entry/exit mode only' });
    const dateIds = await this.within(scope, 'dateIds', request.dateIds, profile?.dateIds ?? [], errors);
    const zoneIds = await this.within(scope, 'zoneIds', request.zoneIds, profile?.zoneIds ?? [], errors);
    if (errors.length) throw new ScanSelectionInvalidError(errors);
    return { mode, direction, dateIds, zoneIds };
  }

  /** The ids a scan admits: the chosen ones (each within what is allowed), else what is allowed; null: any. */
  private async within(
    scope: TenantScope,
    field: 'dateIds' | 'zoneIds',
    chosen: string[] | undefined,
    allowed: string[],
    errors: FieldError[],
  ): Promise<string[] | null> {
    const ids = [...new Set((chosen ?? []).map((id) => id.toLowerCase()))];
    if (!ids.length) return allowed.length ? allowed : null;
    const outside = allowed.length
      ? ids.filter((id) => !allowed.includes(id))
      : field === 'dateIds'
        ? await this.catalog.foreignDateIds(scope, ids)
        : await this.catalog.foreignZoneIds(scope, ids);
    if (outside.length) errors.push({ field, message: `not ${allowed.length ? 'in this device’s profile' : 'of this ticketing'}: ${outside.join(', ')}` });
    return ids;
  }
}

/**
 * The scan states each mode moves a ticket between. Normal: in once (a ticket scanned out at an
 * entry/exit door may come back); entry/exit: in and out alternate; multiple: in whatever its state.
 */
function moveOf(s: Selection): AdmitMove {
  const where = { dateIds: s.dateIds, zoneIds: s.zoneIds };
  if (s.mode === 'multiple') return { from: ['unscanned', 'in', 'out'], to: 'in', ...where };
  if (s.direction === 'out') return { from: ['in'], to: 'out', ...where };
  return { from: ['unscanned', 'out'], to: 'in', ...where };
}

function resultOf(admission: AdmitResult, s: Selection): ScanResult {
  switch (admission.outcome) {
    case 'admitted':
      return 'accepted';
    case 'wrong_state':
      return s.mode === 'entry_exit' ? (s.direction === 'out' ? 'not_inside' : 'already_inside') : 'already_used';
    case 'not_valid':
      return NOT_VALID[admission.ticket.status];
    case 'wrong_date':
    case 'wrong_zone':
    case 'not_paid':
    case 'unknown':
      return admission.outcome;
  }
}
