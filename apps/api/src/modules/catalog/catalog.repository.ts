import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { Availability } from './entities/availability.entity';
import { EventDate } from './entities/event-date.entity';
import { CatalogEvent } from './entities/event.entity';
import { PriceAmount } from './entities/price-amount.entity';
import { Price } from './entities/price.entity';
import { Zone } from './entities/zone.entity';

export interface EventSummaryRow {
  id: string;
  name: string;
  venue: string | null;
  status: CatalogEvent['status'];
  kind: CatalogEvent['kind'];
  createdAt: Date;
  firstStartsAt: Date | null;
  lastStartsAt: Date | null;
  dateCount: number;
  capacity: number;
  sold: number;
}

export interface SaleLineRow {
  dateId: string;
  zoneId: string;
  priceId: string;
  eventId: string;
  eventName: string;
  venue: string | null;
  eventStatus: CatalogEvent['status'];
  startsAt: Date;
  dateStatus: EventDate['status'];
  zoneName: string;
  zoneKind: Zone['kind'];
  priceName: string;
  priceKind: Price['kind'];
  visibility: Price['visibility'];
  /** The amount (fixed) or minimum (pay what you want) in the requested currency; null if not sold in it. */
  amount: number | null;
}

export interface CapacityChange {
  dateId: string;
  zoneId: string;
  quantity: number;
}

/** Fixed lock order for capacity rows, so two carts never wait on each other in a cycle. */
const inLockOrder = (changes: CapacityChange[]) => [...changes].sort((a, b) => (a.dateId + a.zoneId < b.dateId + b.zoneId ? -1 : 1));

@Injectable()
export class CatalogRepository {
  constructor(private readonly db: Database) {}

  async insertEvent(scope: TenantScope, event: Omit<CatalogEvent, 'ticketingId'>): Promise<void> {
    await this.db.scoped(CatalogEvent, scope).insert(event);
  }

  updateEvent(
    scope: TenantScope,
    id: string,
    patch: Partial<Pick<CatalogEvent, 'name' | 'description' | 'venue' | 'status' | 'subjectToEntertainmentTax' | 'kind'>>,
  ) {
    return this.db.scoped(CatalogEvent, scope).update({ id }, patch);
  }

  insertDates(scope: TenantScope, dates: Omit<EventDate, 'ticketingId'>[]) {
    return this.db.scoped(EventDate, scope).insert(dates);
  }

  updateDate(scope: TenantScope, id: string, patch: Partial<Pick<EventDate, 'startsAt' | 'endsAt' | 'status'>>) {
    return this.db.scoped(EventDate, scope).update({ id }, patch);
  }

  insertZone(scope: TenantScope, zone: Omit<Zone, 'ticketingId'>) {
    return this.db.scoped(Zone, scope).insert(zone);
  }

  updateZone(scope: TenantScope, id: string, patch: Partial<Pick<Zone, 'name' | 'capacity'>>) {
    return this.db.scoped(Zone, scope).update({ id }, patch);
  }

  insertAvailability(scope: TenantScope, rows: Omit<Availability, 'ticketingId'>[]) {
    return this.db.scoped(Availability, scope).insert(rows);
  }

  /** Sets a date × zone capacity unless places already sold or held would not fit. */
  async setCapacity(scope: TenantScope, dateId: string, zoneId: string, capacity: number): Promise<'set' | { taken: number } | 'missing'> {
    const rows = await this.db.tenantQuery(
      scope,
      `UPDATE availabilities SET capacity = $4 WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3 AND sold + held <= $4 RETURNING 1`,
      [dateId, zoneId, capacity],
    );
    if (rows.length === 1) return 'set';
    const [row] = await this.db.tenantQuery<{ taken: number }>(
      scope,
      `SELECT sold + held AS taken FROM availabilities WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3`,
      [dateId, zoneId],
    );
    return row ? { taken: row.taken } : 'missing';
  }

  insertPrice(scope: TenantScope, price: Omit<Price, 'ticketingId'>) {
    return this.db.scoped(Price, scope).insert(price);
  }

  updatePrice(scope: TenantScope, id: string, patch: Partial<Pick<Price, 'name' | 'visibility' | 'dateIds' | 'zoneIds' | 'position'>>) {
    return this.db.scoped(Price, scope).update({ id }, patch);
  }

  async replaceAmounts(scope: TenantScope, priceId: string, amounts: { amount: number; currency: string }[]): Promise<void> {
    await this.db.tenantQuery(scope, `DELETE FROM price_amounts WHERE ticketing_id = $1 AND price_id = $2`, [priceId]);
    await this.db.scoped(PriceAmount, scope).insert(amounts.map((a) => ({ priceId, currency: a.currency, amount: a.amount })));
  }

  amountsOf(scope: TenantScope, priceIds: string[]): Promise<Omit<PriceAmount, 'ticketingId'>[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT price_id AS "priceId", currency, amount FROM price_amounts WHERE ticketing_id = $1 AND price_id = ANY($2::uuid[]) ORDER BY currency`,
      [priceIds],
    );
  }

  findEvent(scope: TenantScope, id: string) {
    return this.db.scoped(CatalogEvent, scope).findOne({ id });
  }

  datesOf(scope: TenantScope, eventId: string) {
    return this.db.scoped(EventDate, scope).find({ eventId }, { startsAt: 'ASC' });
  }

  zonesOf(scope: TenantScope, eventId: string) {
    return this.db.scoped(Zone, scope).find({ eventId }, { position: 'ASC', name: 'ASC' });
  }

  pricesOf(scope: TenantScope, eventId: string) {
    return this.db.scoped(Price, scope).find({ eventId }, { position: 'ASC' });
  }

  async availabilityOf(scope: TenantScope, dateIds: string[]): Promise<Availability[]> {
    if (dateIds.length === 0) return [];
    return this.db.tenantQuery<Availability>(
      scope,
      `SELECT date_id AS "dateId", zone_id AS "zoneId", capacity, held, sold
         FROM availabilities WHERE ticketing_id = $1 AND date_id = ANY($2::uuid[])`,
      [dateIds],
    );
  }

  /** Summaries of the given events, in the given order. */
  async eventSummaries(scope: TenantScope, ids: string[]): Promise<EventSummaryRow[]> {
    const rows = await this.summaries(scope, `AND e.id = ANY($2::uuid[])`, [ids]);
    return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
  }

  /** Newest first; `publishedOnly` for the shop. */
  /** Newest first. The shop asks for published events with dates from `upcomingFrom` on, counting only those dates. */
  async listEvents(scope: TenantScope, opts: { after: Keyset | null; limit: number; publishedOnly: boolean; upcomingFrom?: Date }): Promise<EventSummaryRow[]> {
    const params: unknown[] = [opts.limit + 1];
    let where = '';
    if (opts.after) {
      params.push(opts.after.at, opts.after.id);
      where += ` AND (e.created_at, e.id) < ($3, $4)`;
    }
    if (opts.publishedOnly) where += ` AND e.status = 'published'`;
    let dates = '';
    if (opts.upcomingFrom) {
      params.push(opts.upcomingFrom);
      dates = ` AND status = 'scheduled' AND starts_at >= $${params.length + 1}`;
      where += ` AND d.date_count > 0`;
    }
    return this.summaries(scope, where, params, 'LIMIT $2', dates);
  }

  private summaries(scope: TenantScope, where: string, params: unknown[], limit = '', dates = ''): Promise<EventSummaryRow[]> {
    return this.db.tenantQuery<EventSummaryRow>(
      scope,
      `SELECT e.id, e.name, e.venue, e.status, e.kind, e.created_at AS "createdAt",
              d.first_starts_at AS "firstStartsAt", d.last_starts_at AS "lastStartsAt", COALESCE(d.date_count, 0)::int AS "dateCount",
              COALESCE(a.capacity, 0)::int AS capacity, COALESCE(a.sold, 0)::int AS sold
         FROM events e
         LEFT JOIN LATERAL (SELECT min(starts_at) AS first_starts_at, max(starts_at) AS last_starts_at, count(*) AS date_count
                              FROM event_dates WHERE ticketing_id = e.ticketing_id AND event_id = e.id ${dates}) d ON true
         LEFT JOIN LATERAL (SELECT sum(av.capacity) AS capacity, sum(av.sold) AS sold
                              FROM availabilities av JOIN event_dates ed ON ed.id = av.date_id
                             WHERE av.ticketing_id = e.ticketing_id AND ed.event_id = e.id) a ON true
        WHERE e.ticketing_id = $1 ${where}
        ORDER BY e.created_at DESC, e.id DESC
        ${limit}`,
      params,
    );
  }

  /**
   * Resolves date × zone × price triples in one query, for one currency. Triples whose price does
   * not apply to that date and zone (or that mix events) are absent.
   */
  async saleLines(scope: TenantScope, lines: { dateId: string; zoneId: string; priceId: string }[], currency: string): Promise<SaleLineRow[]> {
    return this.db.tenantQuery<SaleLineRow>(
      scope,
      `SELECT l.date_id AS "dateId", l.zone_id AS "zoneId", l.price_id AS "priceId",
              e.id AS "eventId", e.name AS "eventName", e.venue, e.status AS "eventStatus",
              d.starts_at AS "startsAt", d.status AS "dateStatus", z.name AS "zoneName", z.kind AS "zoneKind",
              p.name AS "priceName", p.kind AS "priceKind", p.visibility, pa.amount
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS l(date_id, zone_id, price_id)
         JOIN event_dates d ON d.id = l.date_id AND d.ticketing_id = $1
         JOIN events e ON e.id = d.event_id AND e.ticketing_id = $1
         JOIN zones z ON z.id = l.zone_id AND z.event_id = e.id AND z.ticketing_id = $1
         JOIN prices p ON p.id = l.price_id AND p.event_id = e.id AND p.ticketing_id = $1
                      AND (p.date_ids IS NULL OR l.date_id = ANY (p.date_ids))
                      AND (p.zone_ids IS NULL OR l.zone_id = ANY (p.zone_ids))
         LEFT JOIN price_amounts pa ON pa.price_id = p.id AND pa.ticketing_id = $1 AND pa.currency = $5`,
      [lines.map((l) => l.dateId), lines.map((l) => l.zoneId), lines.map((l) => l.priceId), currency],
    );
  }

  /**
   * Holds places: one conditional UPDATE per capacity row, in a fixed order. A row without enough
   * places fails the whole write (`CAPACITY_EXCEEDED`, detail `{dateId, zoneId}`).
   */
  async hold(scope: TenantScope, changes: CapacityChange[], explainers: Explainers): Promise<void> {
    for (const c of inLockOrder(changes)) {
      await this.db.deferWrite(
        scope,
        `WITH held AS (UPDATE availabilities SET held = held + $4
                        WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3 AND capacity - sold - held >= $4
                        RETURNING 1)
         SELECT guichet_require(count(*) = 1, 'CAPACITY_EXCEEDED', $5) FROM held`,
        [c.dateId, c.zoneId, c.quantity, JSON.stringify({ dateId: c.dateId, zoneId: c.zoneId })],
        explainers,
      );
    }
  }

  async releaseHeld(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    for (const c of inLockOrder(changes)) {
      await this.db.deferWrite(scope, `UPDATE availabilities SET held = held - $4 WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3`, [
        c.dateId,
        c.zoneId,
        c.quantity,
      ]);
    }
  }

  async convertHeldToSold(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    for (const c of inLockOrder(changes)) {
      await this.db.deferWrite(
        scope,
        `UPDATE availabilities SET held = held - $4, sold = sold + $4 WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3`,
        [c.dateId, c.zoneId, c.quantity],
      );
    }
  }

  /** Sold places go back on sale (cancelled tickets), as part of the caller's write; never below zero. */
  async releaseSold(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    for (const c of inLockOrder(changes)) {
      await this.db.deferWrite(scope, `UPDATE availabilities SET sold = sold - $4 WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3 AND sold >= $4`, [
        c.dateId,
        c.zoneId,
        c.quantity,
      ]);
    }
  }

  async remaining(scope: TenantScope, c: { dateId: string; zoneId: string }): Promise<number> {
    const [row] = await this.db.tenantQuery<{ remaining: number }>(
      scope,
      `SELECT capacity - sold - held AS remaining FROM availabilities WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3`,
      [c.dateId, c.zoneId],
    );
    return row?.remaining ?? 0;
  }
}
