import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { FieldError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { ControlProfileInvalidError, ControlProfileNotFoundError } from './control.errors';
import { ControlRepository } from './control.repository';
import { ControlProfileListResponse, ControlProfileRequest, ControlProfileResponse, LoginCodeResponse } from './dto/control-profile.dto';
import { ControlProfile } from './entities/control-profile.entity';
import { loginCodeHash, newLoginCode } from './login-code';

/** How long a profile code may wait for its device (it is spent by its first use anyway). */
const PROFILE_CODE_LIFETIME_MS = 24 * 3600_000;

/** CTL-1: control profiles — which dates and zones a group of devices scans, and in which mode. */
@Injectable()
export class ControlProfiles {
  constructor(
    private readonly db: Database,
    private readonly repo: ControlRepository,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async createProfile(scope: TenantScope, request: ControlProfileRequest): Promise<ControlProfileResponse> {
    const values = await this.checked(scope, request);
    const profile = { id: randomUUID(), ...values, createdAt: this.clock.now() };
    await this.repo.insertProfile(scope, profile);
    return profileResponse(profile);
  }

  async listProfiles(scope: TenantScope): Promise<ControlProfileListResponse> {
    return { items: (await this.repo.listProfiles(scope)).map(profileResponse) };
  }

  async getProfile(scope: TenantScope, profileId: string): Promise<ControlProfileResponse> {
    return profileResponse(await this.requireProfile(scope, profileId));
  }

  /** Replaces the profile; its devices scan by the new rules from their next scan. */
  async updateProfile(scope: TenantScope, profileId: string, request: ControlProfileRequest): Promise<ControlProfileResponse> {
    const profile = await this.requireProfile(scope, profileId);
    const values = await this.checked(scope, request);
    await this.repo.updateProfile(scope, profileId, values);
    return profileResponse({ ...profile, ...values });
  }

  /** Deletes the profile and revokes its devices (a device must not fall back to scanning everything). */
  async deleteProfile(scope: TenantScope, profileId: string): Promise<void> {
    await this.requireProfile(scope, profileId);
    await this.db.transaction(() => this.repo.deleteProfile(scope, profileId, this.clock.now()));
  }

  /** A one-time code a device logs in with, bound to this profile; only its hash is kept. */
  async createLoginCode(scope: TenantScope, profileId: string): Promise<LoginCodeResponse> {
    await this.requireProfile(scope, profileId);
    const code = newLoginCode();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + PROFILE_CODE_LIFETIME_MS);
    await this.repo.insertLoginCode(scope, { codeHash: loginCodeHash(code), kind: 'profile', profileId, expiresAt, createdAt: now });
    return { code, expiresAt: expiresAt.toISOString() };
  }

  async requireProfile(scope: TenantScope, profileId: string): Promise<ControlProfile> {
    const profile = await this.repo.findProfile(scope, profileId);
    if (!profile) throw new ControlProfileNotFoundError();
    return profile;
  }

  /** The request's values, once every date and zone named is one of this ticketing's. */
  private async checked(scope: TenantScope, request: ControlProfileRequest): Promise<Pick<ControlProfile, 'name' | 'dateIds' | 'zoneIds' | 'mode'>> {
    const dateIds = [...new Set(request.dateIds.map((id) => id.toLowerCase()))];
    const zoneIds = [...new Set(request.zoneIds.map((id) => id.toLowerCase()))];
    const errors: FieldError[] = [];
    const foreignDates = await this.catalog.foreignDateIds(scope, dateIds);
    if (foreignDates.length) errors.push({ field: 'dateIds', message: `not dates of this ticketing: ${foreignDates.join(', ')}` });
    const foreignZones = await this.catalog.foreignZoneIds(scope, zoneIds);
    if (foreignZones.length) errors.push({ field: 'zoneIds', message: `not zones of this ticketing: ${foreignZones.join(', ')}` });
    if (errors.length) throw new ControlProfileInvalidError(errors);
    return { name: request.name.trim(), dateIds, zoneIds, mode: request.mode };
  }
}

export function profileResponse(p: Omit<ControlProfile, 'ticketingId'>): ControlProfileResponse {
  return { id: p.id, name: p.name, dateIds: p.dateIds, zoneIds: p.zoneIds, mode: p.mode, createdAt: p.createdAt.toISOString() };
}
