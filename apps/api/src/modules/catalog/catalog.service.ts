import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database, RequirementFailed } from '../../platform/database/database';
import { money } from '../../platform/http/money.dto';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CapacityExceededError, EventNotFoundError, SaleLineInvalidError } from './catalog.errors';
import { CapacityChange, CatalogRepository, EventSummaryRow, SaleLineRow } from './catalog.repository';
import { CreateEventRequest } from './dto/create-event.dto';
import { EventResponse, EventSummaryResponse } from './dto/event.dto';
import { SaleLineCache } from './sale-line-cache';

export type SaleLine = SaleLineRow;
export type { CapacityChange };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Catalog façade: events, dates, zones, prices, and the capacity every sale draws on. */
@Injectable()
export class CatalogService {
  private readonly saleLineCache = new SaleLineCache();

  constructor(
    private readonly db: Database,
    private readonly repo: CatalogRepository,
  ) {}

  /** Creates a single-date event with one general-admission zone and one price. */
  async createEvent(scope: TenantScope, input: CreateEventRequest): Promise<EventResponse> {
    const startsAt = new Date(input.date.startsAt);
    const endsAt = input.date.endsAt ? new Date(input.date.endsAt) : null;
    const problems = [];
    if (endsAt && endsAt <= startsAt) problems.push({ field: 'date.endsAt', message: 'must be after date.startsAt' });
    if (input.price.kind === 'fixed' && !(input.price.amount && input.price.amount.amount > 0)) {
      problems.push({ field: 'price.amount', message: 'a fixed price needs an amount greater than 0' });
    }
    if (input.price.kind === 'free' && input.price.amount && input.price.amount.amount !== 0) {
      problems.push({ field: 'price.amount', message: 'a free price has no amount' });
    }
    if (problems.length) throw new ValidationFailedError(problems);

    const eventId = randomUUID();
    const dateId = randomUUID();
    const zoneId = randomUUID();
    await this.db.transaction(async () => {
      await this.repo.insertEvent(scope, {
        id: eventId,
        name: input.name.trim(),
        description: input.description ?? '',
        venue: input.venue?.trim() || null,
        status: input.status ?? 'published',
      });
      await this.repo.insertDate(scope, { id: dateId, eventId, startsAt, endsAt, status: 'scheduled' });
      await this.repo.insertZone(scope, { id: zoneId, eventId, name: input.zone.name.trim(), kind: 'general_admission', capacity: input.zone.capacity });
      await this.repo.insertAvailability(scope, { dateId, zoneId, capacity: input.zone.capacity, held: 0, sold: 0 });
      const currency = input.price.amount?.currency ?? (await this.defaultCurrency(scope));
      await this.repo.insertPrice(scope, {
        id: randomUUID(),
        eventId,
        name: input.price.name.trim(),
        kind: input.price.kind,
        amount: input.price.kind === 'free' ? 0 : input.price.amount!.amount,
        currency,
        position: 0,
      });
    });
    return this.getEvent(scope, eventId);
  }

  async listEvents(scope: TenantScope, query: { limit?: number; cursor?: string }, publishedOnly = false): Promise<Page<EventSummaryResponse>> {
    const limit = query.limit ?? 50;
    const rows = await this.repo.listEvents(scope, { after: decodeCursor(query.cursor), limit, publishedOnly });
    const page = pageOf(rows, limit, (r) => new Date(r.createdAt));
    return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
  }

  async getEvent(scope: TenantScope, eventId: string, publishedOnly = false): Promise<EventResponse> {
    const event = await this.repo.findEvent(scope, eventId);
    if (!event || (publishedOnly && event.status !== 'published')) throw new EventNotFoundError();
    const [dates, zones, prices] = await Promise.all([
      this.repo.datesOf(scope, eventId),
      this.repo.zonesOf(scope, eventId),
      this.repo.pricesOf(scope, eventId),
    ]);
    const availability = await this.repo.availabilityOf(
      scope,
      dates.map((d) => d.id),
    );
    return {
      id: event.id,
      name: event.name,
      description: event.description,
      venue: event.venue,
      status: event.status,
      createdAt: event.createdAt.toISOString(),
      dates: dates.map((d) => ({
        id: d.id,
        startsAt: d.startsAt.toISOString(),
        endsAt: iso(d.endsAt),
        status: d.status,
        availability: availability
          .filter((a) => a.dateId === d.id)
          .map((a) => ({ zoneId: a.zoneId, capacity: a.capacity, sold: a.sold, held: a.held, remaining: a.capacity - a.sold - a.held })),
      })),
      zones: zones.map((z) => ({ id: z.id, name: z.name, kind: z.kind, capacity: z.capacity })),
      prices: prices.map((p) => ({ id: p.id, name: p.name, kind: p.kind, amount: money(p.amount, p.currency) })),
    };
  }

  /**
   * Resolves what a buyer asked for into sellable lines; refuses anything that is not on sale:
   * unknown or mismatched ids, unpublished events, cancelled dates.
   */
  async resolveSaleLines(scope: TenantScope, lines: { dateId: string; zoneId: string; priceId: string }[]): Promise<SaleLine[]> {
    const rows = await this.saleLineCache.get(scope, lines, () => this.repo.saleLines(scope, lines));
    return lines.map((l, i) => {
      const row = rows.find((r) => r.dateId === l.dateId && r.zoneId === l.zoneId && r.priceId === l.priceId);
      if (!row || row.eventStatus !== 'published') throw new SaleLineInvalidError(`items[${i}]`, 'this date, zone and price are not on sale together');
      if (row.dateStatus !== 'scheduled') throw new SaleLineInvalidError(`items[${i}].dateId`, 'this date is cancelled');
      return row;
    });
  }

  /** Holds places as part of the caller's write (batch or transaction); all or nothing. */
  holdCapacity(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    return this.repo.hold(scope, changes);
  }

  /** Turns a failed hold into CAPACITY_EXCEEDED with what remains; other errors pass through. */
  async explainHoldFailure(scope: TenantScope, error: unknown): Promise<unknown> {
    if (!(error instanceof RequirementFailed) || error.code !== 'CAPACITY_EXCEEDED') return error;
    const row = JSON.parse(error.detail) as { dateId: string; zoneId: string };
    return new CapacityExceededError(row.dateId, row.zoneId, await this.repo.remaining(scope, row));
  }

  releaseHeldCapacity(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    return this.repo.releaseHeld(scope, changes);
  }

  /** Turns held places into sold ones; call last in the order transaction (shortest lock). */
  sellHeldCapacity(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    return this.repo.convertHeldToSold(scope, changes);
  }

  private async defaultCurrency(scope: TenantScope): Promise<string> {
    const [row] = await this.db.platformQuery<{ currency: string }>(`SELECT default_currency AS currency FROM ticketings WHERE id = $1`, [scope.ticketingId]);
    return row?.currency ?? 'CHF';
  }
}

function toSummary(r: EventSummaryRow): EventSummaryResponse {
  return {
    id: r.id,
    name: r.name,
    venue: r.venue,
    status: r.status,
    firstStartsAt: iso(r.firstStartsAt),
    dateCount: r.dateCount,
    capacity: r.capacity,
    sold: r.sold,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
