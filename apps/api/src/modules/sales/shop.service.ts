import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Page } from '../../platform/http/pagination';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService, DateSeatMapResponse } from '../catalog';
import { ShopEventResponse, ShopEventSummaryResponse, ShopResponse } from './dto/shop.dto';
import { SalesService } from './sales.service';

/** What the public shop shows of a ticketing's catalog: published events, public prices, places left. */
@Injectable()
export class ShopService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly catalog: CatalogService,
    private readonly sales: SalesService,
    private readonly clock: Clock,
  ) {}

  async resolve(slug: string): Promise<{ scope: TenantScope; defaultCurrency: string }> {
    const t = await this.tenancy.shopBySlug(slug);
    return { scope: t.scope, defaultCurrency: t.defaultCurrency };
  }

  async describe(slug: string): Promise<ShopResponse> {
    const t = await this.tenancy.shopBySlug(slug);
    return { slug: t.slug, name: t.name, defaultCurrency: t.defaultCurrency, display: await this.sales.getShopSettings(t.scope) };
  }

  async listEvents(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<ShopEventSummaryResponse>> {
    const page = await this.catalog.listEvents(scope, query, true);
    return {
      items: page.items.map((e) => ({
        id: e.id,
        name: e.name,
        venue: e.venue,
        kind: e.kind,
        firstStartsAt: e.firstStartsAt,
        lastStartsAt: e.lastStartsAt,
        dateCount: e.dateCount,
        available: e.capacity > e.sold,
      })),
      nextCursor: page.nextCursor,
    };
  }

  seatMap(scope: TenantScope, eventId: string, dateId: string): Promise<DateSeatMapResponse> {
    return this.catalog.seatMap(scope, eventId, dateId, true);
  }

  async getEvent(scope: TenantScope, eventId: string): Promise<ShopEventResponse> {
    const [e, settings] = await Promise.all([this.catalog.getEvent(scope, eventId, true), this.sales.getShopSettings(scope)]);
    return {
      id: e.id,
      name: e.name,
      description: e.description,
      venue: e.venue,
      kind: e.kind,
      dates: e.dates
        .filter((d) => d.status === 'scheduled' && new Date(d.startsAt) >= this.clock.now())
        .map((d) => ({
          id: d.id,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          zones: d.availability.map((a) => ({
            zoneId: a.zoneId,
            zoneName: e.zones.find((z) => z.id === a.zoneId)?.name ?? '',
            kind: e.zones.find((z) => z.id === a.zoneId)?.kind ?? 'general_admission',
            available: a.remaining > 0,
            remaining: settings.showRemaining ? a.remaining : null,
          })),
        })),
      prices: e.prices
        .filter((p) => p.visibility === 'public')
        .map((p) => ({ id: p.id, name: p.name, kind: p.kind, amounts: p.amounts, dateIds: p.dateIds, zoneIds: p.zoneIds })),
    };
  }
}
