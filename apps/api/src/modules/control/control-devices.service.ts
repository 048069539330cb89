import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { UnauthenticatedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { OrdersService } from '../orders';
import { ControlProfiles, profileResponse } from './control-profiles.service';
import { ControlDeviceNotFoundError, LoginCodeInvalidError, LoginCodeSpentError } from './control.errors';
import { ControlRepository, DeviceWithProfile } from './control.repository';
import { DoorRole } from './entities/control-device.entity';
import { Role } from '../../platform/tenancy/entities/membership.entity';
import { LoginCodeResponse } from './dto/control-profile.dto';
import {
  ControlDeviceListResponse,
  ControlSessionResponse,
  DeviceLoginRequest,
  DeviceResponse,
  DoorOrderListResponse,
  RegisterDeviceRequest,
} from './dto/control.dto';
import { loginCodeHash, newLoginCode } from './login-code';

/** A phone's list, not a backoffice page: who is at the door is among the first few. */
const DOOR_SEARCH_LIMIT = 20;

/** CTL-1: door devices — registered by a member, or logged in with a profile code or the organizer code; listed and revoked. */
const SEEN_RESOLUTION_MS = 60_000;

@Injectable()
export class ControlDevices {
  constructor(
    private readonly db: Database,
    private readonly repo: ControlRepository,
    private readonly profiles: ControlProfiles,
    private readonly catalog: CatalogService,
    private readonly orders: OrdersService,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  /**
   * A logged-in admin, manager or control member registers a device, with a profile or none. The
   * device is a supervisor when an admin or manager registers it, a steward for the control role
   * (ADR 0045): a device holds no more than the member who set it up.
   */
  async registerDevice(scope: TenantScope, request: RegisterDeviceRequest, memberRole: Role): Promise<DeviceResponse> {
    if (request.profileId) await this.profiles.requireProfile(scope, request.profileId);
    const doorRole: DoorRole = memberRole === 'admin' || memberRole === 'manager' ? 'supervisor' : 'steward';
    return this.issueDevice(scope, { name: request.name, profileId: request.profileId?.toLowerCase() ?? null, gate: request.gate ?? null, doorRole });
  }

  /**
   * A device logs in with a code, no user account: a profile code once (a conditional UPDATE spends
   * it, so of two devices racing on it one gets a token), the organizer code as long as it is not
   * rotated. The code names its ticketing: login comes before any tenant is known.
   */
  async login(request: DeviceLoginRequest): Promise<DeviceResponse> {
    const codeHash = loginCodeHash(request.code);
    const code = await this.repo.findLoginCode(codeHash);
    if (!code) throw new LoginCodeInvalidError();
    const scope = TenantScope.of(code.ticketingId);
    // The organizer code is the organizer's own (admins rotate it): its devices supervise. A profile code is handed to door staff.
    const doorRole: DoorRole = code.kind === 'organizer' ? 'supervisor' : 'steward';
    const device = { name: request.deviceName, profileId: code.profileId, gate: request.gate ?? null, doorRole };
    if (code.kind === 'organizer') return this.issueDevice(scope, device);
    return this.db.transaction(async () => {
      if (!(await this.repo.spendLoginCode(scope, codeHash, this.clock.now()))) throw new LoginCodeSpentError();
      return this.issueDevice(scope, device);
    });
  }

  /** A new organizer code for the ticketing; the previous one stops working at once (devices already in keep their tokens). */
  async rotateOrganizerCode(scope: TenantScope): Promise<LoginCodeResponse> {
    const code = newLoginCode();
    await this.db.transaction(() => this.repo.replaceOrganizerCode(scope, loginCodeHash(code), this.clock.now()));
    return { code, expiresAt: null };
  }

  async listDevices(scope: TenantScope): Promise<ControlDeviceListResponse> {
    const devices = await this.repo.listDevices(scope);
    return {
      items: devices.map((d) => ({
        id: d.id,
        name: d.name,
        profileId: d.profileId,
        profileName: d.profileName,
        gate: d.gate,
        doorRole: d.doorRole,
        createdAt: d.createdAt.toISOString(),
        lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
        revokedAt: d.revokedAt?.toISOString() ?? null,
      })),
    };
  }

  /** Its token is refused from now on. */
  async revokeDevice(scope: TenantScope, deviceId: string): Promise<void> {
    if (!(await this.repo.findDevice(scope, deviceId))) throw new ControlDeviceNotFoundError();
    await this.repo.revokeDevice(scope, deviceId, this.clock.now());
  }

  /** A device's token is good while its device is registered and not revoked. */
  async requireDevice(scope: TenantScope, deviceId: string): Promise<DeviceWithProfile> {
    const device = await this.repo.deviceWithProfile(scope, deviceId);
    if (!device || device.revokedAt) throw new UnauthenticatedError('This device is not registered');
    return device;
  }

  /**
   * The device was active at `at`: last_seen_at is kept to the minute — a device scanning all evening
   * writes it once a minute, not once a scan. The dashboard calls a device online when seen lately.
   */
  async seen(scope: TenantScope, device: { id: string; lastSeenAt: Date | null }, at: Date): Promise<void> {
    if (!device.lastSeenAt || at.getTime() - device.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) await this.repo.markSeen(scope, device.id, at);
  }

  /** What the scanner page offers: the device's profile and the dates (events, zones) it may scan, with who is inside now. */
  async session(scope: TenantScope, deviceId: string): Promise<ControlSessionResponse> {
    const device = await this.requireDevice(scope, deviceId);
    const profile = device.profile;
    const zoneAllowed = (id: string) => !profile?.zoneIds.length || profile.zoneIds.includes(id);
    // A date none of whose zones the profile scans is nothing to choose.
    const dates = (await this.catalog.doorDates(scope, profile?.dateIds.length ? profile.dateIds : null))
      .map((d) => ({ ...d, zones: d.zones.filter((z) => zoneAllowed(z.id)) }))
      .filter((d) => d.zones.length > 0);
    const inside = await this.orders.insideNow(
      scope,
      dates.map((d) => d.dateId),
    );
    return {
      deviceId: device.id,
      deviceName: device.name,
      gate: device.gate,
      doorRole: device.doorRole,
      ticketingId: scope.ticketingId,
      profile: profile ? profileResponse(profile) : null,
      dates: dates.map((d) => ({
        dateId: d.dateId,
        eventId: d.eventId,
        eventName: d.eventName,
        startsAt: new Date(d.startsAt).toISOString(),
        zones: d.zones,
        insideNow: inside.get(d.dateId) ?? 0,
      })),
    };
  }

  /** CTL-5: the order search from the scanner, limited to orders with tickets of the device's dates. */
  async searchOrders(scope: TenantScope, deviceId: string, q: string): Promise<DoorOrderListResponse> {
    const device = await this.requireDevice(scope, deviceId);
    const dateIds = device.profile?.dateIds.length ? device.profile.dateIds : null;
    const orders = await this.orders.doorOrderSearch(scope, q, dateIds, DOOR_SEARCH_LIMIT);
    return {
      items: orders.map((o) => ({
        ...o,
        tickets: o.tickets.map((t) => ({ ...t, startsAt: t.startsAt.toISOString(), firstScannedAt: t.firstScannedAt?.toISOString() ?? null })),
      })),
    };
  }

  private async issueDevice(
    scope: TenantScope,
    input: { name: string; profileId: string | null; gate: string | null; doorRole: DoorRole },
  ): Promise<DeviceResponse> {
    const device = {
      id: randomUUID(),
      name: input.name.trim(),
      profileId: input.profileId,
      gate: input.gate?.trim() || null,
      doorRole: input.doorRole,
      revokedAt: null,
      lastSeenAt: null,
      createdAt: this.clock.now(),
    };
    await this.repo.insertDevice(scope, device);
    const token = await this.jwt.signAsync({ sub: device.id, typ: 'device', tid: scope.ticketingId }, { expiresIn: '365d' });
    return {
      id: device.id,
      name: device.name,
      token,
      profileId: device.profileId,
      gate: device.gate,
      doorRole: device.doorRole,
      createdAt: device.createdAt.toISOString(),
    };
  }
}
