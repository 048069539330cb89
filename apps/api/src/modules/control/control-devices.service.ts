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
import { LoginCodeResponse } from './dto/control-profile.dto';
import { ControlDeviceListResponse, ControlSessionResponse, DeviceLoginRequest, DeviceResponse, RegisterDeviceRequest } from './dto/control.dto';
import { loginCodeHash, newLoginCode } from './login-code';

/** CTL-1: door devices — registered by a member, or logged in with a profile code or the organizer code; listed and revoked. */
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

  /** A logged-in admin, manager or control member registers a device, with a profile or none. */
  async registerDevice(scope: TenantScope, request: RegisterDeviceRequest): Promise<DeviceResponse> {
    if (request.profileId) await this.profiles.requireProfile(scope, request.profileId);
    return this.issueDevice(scope, { name: request.name, profileId: request.profileId?.toLowerCase() ?? null, gate: request.gate ?? null });
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
    const device = { name: request.deviceName, profileId: code.profileId, gate: request.gate ?? null };
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

  private async issueDevice(scope: TenantScope, input: { name: string; profileId: string | null; gate: string | null }): Promise<DeviceResponse> {
    const device = {
      id: randomUUID(),
      name: input.name.trim(),
      profileId: input.profileId,
      gate: input.gate?.trim() || null,
      revokedAt: null,
      lastSeenAt: null,
      createdAt: this.clock.now(),
    };
    await this.repo.insertDevice(scope, device);
    const token = await this.jwt.signAsync({ sub: device.id, typ: 'device', tid: scope.ticketingId }, { expiresIn: '365d' });
    return { id: device.id, name: device.name, token, profileId: device.profileId, gate: device.gate, createdAt: device.createdAt.toISOString() };
  }
}
