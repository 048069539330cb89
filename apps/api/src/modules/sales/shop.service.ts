import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Page } from '../../platform/http/pagination';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService, DateSeatMapResponse, effectiveWindow, eventImageUrls, EventImageVariant, salesStatus, SalesWindow } from '../catalog';

const shopEventPath = (slug: string, eventId: string) => `/api/v1/shop/${encodeURIComponent(slug)}/events/${eventId}`;

const windowOf = (x: { salesStartAt: string | null; salesEndAt: string | null }): SalesWindow => ({
  startAt: x.salesStartAt ? new Date(x.salesStartAt) : null,
  endAt: x.salesEndAt ? new Date(x.salesEndAt) : null,
});
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
    const [display, branding] = await Promise.all([this.sales.getShopSettings(t.scope), this.sales.getShopBranding(t.scope, t.slug)]);
    return { slug: t.slug, name: t.name, defaultCurrency: t.defaultCurrency, display, branding };
  }

  /** Events with a date to come, soonest first; places counted over those dates, seats included. */
  async listEvents(scope: TenantScope, slug: string, query: { limit?: number; cursor?: string }): Promise<Page<ShopEventSummaryResponse>> {
    const [page, settings] = await Promise.all([this.catalog.listEvents(scope, query, true), this.sales.getShopSettings(scope)]);
    const now = this.clock.now();
    return {
      items: page.items.map((e) => ({
        id: e.id,
        name: e.name,
        venue: e.venue,
        kind: e.kind,
        image: e.image && eventImageUrls(shopEventPath(slug, e.id), e.image.version),
        nextStartsAt: e.nextStartsAt,
        firstStartsAt: e.firstStartsAt,
        lastStartsAt: e.lastStartsAt,
        dateCount: e.dateCount,
        salesStartAt: e.salesStartAt,
        salesEndAt: e.salesEndAt,
        salesStatus: salesStatus(windowOf(e), now),
        available: e.remaining > 0,
        remaining: settings.showRemaining ? e.remaining : null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** A crop of a published event's image. */
  eventImage(scope: TenantScope, eventId: string, variant: EventImageVariant) {
    return this.catalog.eventImage(scope, eventId, variant, true);
  }

  seatMap(scope: TenantScope, eventId: string, dateId: string): Promise<DateSeatMapResponse> {
    return this.catalog.seatMap(scope, eventId, dateId, true);
  }

  async getEvent(scope: TenantScope, slug: string, eventId: string): Promise<ShopEventResponse> {
    const [e, settings] = await Promise.all([this.catalog.getEvent(scope, eventId, true), this.sales.getShopSettings(scope)]);
    const now = this.clock.now();
    const eventWindow = windowOf(e);
    return {
      id: e.id,
      name: e.name,
      description: e.description,
      venue: e.venue,
      venueAddress: e.venueAddress,
      image: e.image && eventImageUrls(shopEventPath(slug, e.id), e.image.version),
      kind: e.kind,
      salesStartAt: e.salesStartAt,
      salesEndAt: e.salesEndAt,
      salesStatus: salesStatus(eventWindow, now),
      dates: e.dates
        .filter((d) => d.status === 'scheduled' && new Date(d.startsAt) >= this.clock.now())
        .map((d) => ({
          id: d.id,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          doorsAt: d.doorsAt,
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
        .map((p) => {
          const w = effectiveWindow(eventWindow, windowOf(p));
          return {
            id: p.id,
            name: p.name,
            kind: p.kind,
            amounts: p.amounts,
            dateIds: p.dateIds,
            zoneIds: p.zoneIds,
            salesStartAt: w.startAt?.toISOString() ?? null,
            salesEndAt: w.endAt?.toISOString() ?? null,
            salesStatus: salesStatus(w, now),
          };
        }),
    };
  }
}
