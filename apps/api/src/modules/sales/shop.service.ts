import { Injectable } from '@nestjs/common';
import { Page } from '../../platform/http/pagination';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { ShopEventResponse, ShopEventSummaryResponse, ShopResponse } from './dto/shop.dto';

/** What the public shop shows of a ticketing's catalog: published events, remaining places. */
@Injectable()
export class ShopService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly catalog: CatalogService,
  ) {}

  async resolve(slug: string): Promise<{ scope: TenantScope; shop: ShopResponse }> {
    const t = await this.tenancy.shopBySlug(slug);
    return { scope: t.scope, shop: { slug: t.slug, name: t.name, defaultCurrency: t.defaultCurrency } };
  }

  async listEvents(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<ShopEventSummaryResponse>> {
    const page = await this.catalog.listEvents(scope, query, true);
    return {
      items: page.items.map((e) => ({
        id: e.id,
        name: e.name,
        venue: e.venue,
        firstStartsAt: e.firstStartsAt,
        dateCount: e.dateCount,
        available: e.capacity > e.sold,
      })),
      nextCursor: page.nextCursor,
    };
  }

  async getEvent(scope: TenantScope, eventId: string): Promise<ShopEventResponse> {
    const e = await this.catalog.getEvent(scope, eventId, true);
    return {
      id: e.id,
      name: e.name,
      description: e.description,
      venue: e.venue,
      dates: e.dates
        .filter((d) => d.status === 'scheduled')
        .map((d) => ({
          id: d.id,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          zones: d.availability.map((a) => ({ zoneId: a.zoneId, zoneName: e.zones.find((z) => z.id === a.zoneId)?.name ?? '', remaining: a.remaining })),
        })),
      prices: e.prices.map((p) => ({ id: p.id, name: p.name, kind: p.kind, amount: p.amount })),
    };
  }
}
