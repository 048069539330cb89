import type { AttendeeField } from './attendee-fields';
import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { Availability } from './entities/availability.entity';
import { EventDate } from './entities/event-date.entity';
import { CatalogEvent } from './entities/event.entity';
import { PriceAmount } from './entities/price-amount.entity';
import { Price } from './entities/price.entity';
import { Zone } from './entities/zone.entity';
import type { EventListPosition } from './event-order';

export interface EventSummaryRow {
  id: string;
  name: string;
  venue: string | null;
  status: CatalogEvent['status'];
  kind: CatalogEvent['kind'];
  createdAt: Date;
  nextStartsAt: Date | null;
  imageHash: string | null;
  salesStartAt: Date | null;
  salesEndAt: Date | null;
  firstStartsAt: Date | null;
  lastStartsAt: Date | null;
  dateCount: number;
  /** The event's place in a list by next date (see `EventListPosition`). */
  listGroup: 0 | 1 | 2;
  listKey: string;
  /** Places of the dates described: general admission and seats; blocked seats are not sellable. */
  capacity: number;
  sold: number;
  held: number;
  blocked: number;
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
  /** The event's and the price's sales windows (decided against the Clock by the caller, never cached as a decision). */
  eventSalesStartAt: Date | null;
  eventSalesEndAt: Date | null;
  priceSalesStartAt: Date | null;
  priceSalesEndAt: Date | null;
  /** The amount (fixed) or minimum (pay what you want) in the requested currency; null if not sold in it. */
  amount: number | null;
}

/** A date a door may scan: its event and the event's zones. */
export interface DoorDate {
  dateId: string;
  eventId: string;
  eventName: string;
  startsAt: Date;
  zones: { id: string; name: string }[];
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

  /** Of these ids, the ones that are dates (or zones) of this ticketing. */
  async existingIds(scope: TenantScope, table: 'event_dates' | 'zones', ids: string[]): Promise<string[]> {
    const rows = await this.db.tenantQuery<{ id: string }>(scope, `SELECT id FROM ${table} WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`, [ids]);
    return rows.map((r) => r.id);
  }

  /** Scheduled dates (of these, or all) with their event's name and zones, in time order. */
  doorDates(scope: TenantScope, dateIds: string[] | null): Promise<DoorDate[]> {
    return this.db.tenantQuery<DoorDate>(
      scope,
      `SELECT d.id AS "dateId", e.id AS "eventId", e.name AS "eventName", d.starts_at AS "startsAt",
              COALESCE((SELECT json_agg(json_build_object('id', z.id, 'name', z.name) ORDER BY z.position, z.name)
                          FROM zones z WHERE z.ticketing_id = $1 AND z.event_id = e.id), '[]') AS zones
         FROM event_dates d JOIN events e ON e.ticketing_id = $1 AND e.id = d.event_id
        WHERE d.ticketing_id = $1 AND d.status = 'scheduled' AND ($2::uuid[] IS NULL OR d.id = ANY($2::uuid[]))
        ORDER BY d.starts_at, e.name, d.id`,
      [dateIds],
    );
  }

  /** The events whose name is one of these (compared without case), or whose id is. */
  eventsNamed(scope: TenantScope, names: string[]): Promise<{ id: string; name: string }[]> {
    if (!names.length) return Promise.resolve([]);
    return this.db.tenantQuery(scope, `SELECT id, name FROM events WHERE ticketing_id = $1 AND (lower(name) = ANY($2::text[]) OR id::text = ANY($2::text[]))`, [
      names.map((n) => n.toLowerCase()),
    ]);
  }

  async insertEvent(scope: TenantScope, event: Omit<CatalogEvent, 'ticketingId'>): Promise<void> {
    await this.db.scoped(CatalogEvent, scope).insert(event);
  }

  updateEvent(
    scope: TenantScope,
    id: string,
    patch: Partial<
      Pick<
        CatalogEvent,
        'name' | 'description' | 'venue' | 'venueAddress' | 'status' | 'subjectToEntertainmentTax' | 'kind' | 'salesStartAt' | 'salesEndAt' | 'imageHash'
      >
    >,
  ) {
    return this.updateOne(CatalogEvent, scope, id, patch);
  }

  /** An empty patch (a PATCH with no field) changes nothing rather than failing in TypeORM. */
  private async updateOne<T extends { id: string; ticketingId: string }>(entity: new () => T, scope: TenantScope, id: string, patch: object): Promise<void> {
    if (Object.keys(patch).length === 0) return;
    await this.db.scoped(entity, scope).update({ id } as never, patch as never);
  }

  insertDates(scope: TenantScope, dates: Omit<EventDate, 'ticketingId'>[]) {
    return this.db.scoped(EventDate, scope).insert(dates);
  }

  updateDate(scope: TenantScope, id: string, patch: Partial<Pick<EventDate, 'startsAt' | 'endsAt' | 'doorsAt' | 'status'>>) {
    return this.updateOne(EventDate, scope, id, patch);
  }

  insertZone(scope: TenantScope, zone: Omit<Zone, 'ticketingId'>) {
    return this.db.scoped(Zone, scope).insert(zone);
  }

  updateZone(scope: TenantScope, id: string, patch: Partial<Pick<Zone, 'name' | 'capacity'>>) {
    return this.updateOne(Zone, scope, id, patch);
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

  updatePrice(
    scope: TenantScope,
    id: string,
    patch: Partial<Pick<Price, 'name' | 'visibility' | 'dateIds' | 'zoneIds' | 'position' | 'salesStartAt' | 'salesEndAt' | 'attendeeFields'>>,
  ) {
    return this.updateOne(Price, scope, id, patch);
  }

  /** ORD-5: what each of these prices asks of its tickets' holders. */
  attendeeFieldsOf(scope: TenantScope, priceIds: string[]): Promise<{ id: string; attendeeFields: AttendeeField[] }[]> {
    return this.db.tenantQuery(scope, `SELECT id, attendee_fields AS "attendeeFields" FROM prices WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`, [
      priceIds,
    ]);
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

  /** What a ticket of each date says beside its own snapshot: where (address) and when the doors open. */
  practicalInfo(scope: TenantScope, dateIds: string[]): Promise<{ dateId: string; eventId: string; venueAddress: string | null; doorsAt: Date | null }[]> {
    if (dateIds.length === 0) return Promise.resolve([]);
    return this.db.tenantQuery(
      scope,
      `SELECT d.id AS "dateId", e.id AS "eventId", e.venue_address AS "venueAddress", d.doors_at AS "doorsAt"
         FROM event_dates d JOIN events e ON e.ticketing_id = d.ticketing_id AND e.id = d.event_id
        WHERE d.ticketing_id = $1 AND d.id = ANY($2::uuid[])`,
      [dateIds],
    );
  }

  /** Summaries of the given events (all their dates), in the given order. */
  async eventSummaries(scope: TenantScope, ids: string[], now: Date): Promise<EventSummaryRow[]> {
    const rows = await this.summaries(scope, { ids, now, shop: false, when: 'all', limit: ids.length });
    return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
  }

  /**
   * A page of events by next date (see `EventListPosition`). The shop (`shop`) sees published
   * events with a scheduled date to come, and counts only those dates; the backoffice sees every
   * event (`when` narrows it to events with a date to come or none yet, or to past ones) and counts
   * every date.
   */
  listEvents(
    scope: TenantScope,
    opts: { after: EventListPosition | null; limit: number; shop: boolean; now: Date; when: 'upcoming' | 'past' | 'all' },
  ): Promise<EventSummaryRow[]> {
    return this.summaries(scope, { ...opts, limit: opts.limit + 1 });
  }

  private summaries(
    scope: TenantScope,
    opts: { ids?: string[]; after?: EventListPosition | null; limit: number; shop: boolean; now: Date; when: 'upcoming' | 'past' | 'all' },
  ): Promise<EventSummaryRow[]> {
    // $1 is the tenant (added by tenantQuery), $2 the limit, $3 now; `bind` numbers the rest.
    const params: unknown[] = [opts.limit, opts.now];
    const bind = (value: unknown) => `$${params.push(value) + 1}`;
    const events: string[] = [];
    const page: string[] = [];
    if (opts.ids) events.push(`e.id = ANY(${bind(opts.ids)}::uuid[])`);
    if (opts.shop) {
      events.push(`e.status = 'published'`);
      page.push('k.grp = 0');
    }
    if (opts.when === 'upcoming') page.push('k.grp < 2');
    if (opts.when === 'past') page.push('k.grp = 2');
    if (opts.after) page.push(`(k.grp, k.sort_key, k.id) > (${bind(opts.after.group)}::int, ${bind(opts.after.key)}::bigint, ${bind(opts.after.id)}::uuid)`);
    // The dates a summary describes and counts: all of them, or for the shop those still to come.
    const counted = (d: string) => (opts.shop ? `${d}.status = 'scheduled' AND ${d}.starts_at >= $3` : 'true');
    const micros = (ts: string) => `(extract(epoch FROM ${ts}) * 1000000)::bigint`;
    return this.db.tenantQuery<EventSummaryRow>(
      scope,
      `WITH d AS (
         SELECT e.id, e.name, e.venue, e.status, e.kind, e.created_at, e.sales_start_at, e.sales_end_at, e.image_hash,
                min(ed.starts_at) FILTER (WHERE ed.status = 'scheduled' AND ed.starts_at >= $3) AS next_starts_at,
                min(ed.starts_at) FILTER (WHERE ${counted('ed')}) AS first_starts_at,
                max(ed.starts_at) FILTER (WHERE ${counted('ed')}) AS last_starts_at,
                count(ed.id) FILTER (WHERE ${counted('ed')}) AS date_count,
                max(ed.starts_at) AS any_last_starts_at
           FROM events e
           LEFT JOIN event_dates ed ON ed.ticketing_id = e.ticketing_id AND ed.event_id = e.id
          WHERE e.ticketing_id = $1 ${events.map((w) => `AND ${w}`).join(' ')}
          GROUP BY e.id),
       k AS (
         SELECT d.*,
                CASE WHEN d.next_starts_at IS NOT NULL THEN 0 WHEN d.any_last_starts_at IS NULL THEN 1 ELSE 2 END AS grp,
                CASE WHEN d.next_starts_at IS NOT NULL THEN ${micros('d.next_starts_at')}
                     WHEN d.any_last_starts_at IS NULL THEN -${micros('d.created_at')}
                     ELSE -${micros('d.any_last_starts_at')} END AS sort_key
           FROM d)
       SELECT k.id, k.name, k.venue, k.status, k.kind, k.created_at AS "createdAt",
              k.next_starts_at AS "nextStartsAt", k.sales_start_at AS "salesStartAt", k.sales_end_at AS "salesEndAt", k.image_hash AS "imageHash", k.first_starts_at AS "firstStartsAt", k.last_starts_at AS "lastStartsAt",
              k.date_count::int AS "dateCount", k.grp AS "listGroup", k.sort_key::text AS "listKey",
              a.capacity, a.sold, a.held, a.blocked
         FROM k
         LEFT JOIN LATERAL (
           SELECT COALESCE(sum(x.capacity), 0)::int AS capacity, COALESCE(sum(x.sold), 0)::int AS sold,
                  COALESCE(sum(x.held), 0)::int AS held, COALESCE(sum(x.blocked), 0)::int AS blocked
             FROM (SELECT av.capacity, av.sold, av.held, 0 AS blocked
                     FROM availabilities av JOIN event_dates ed ON ed.ticketing_id = av.ticketing_id AND ed.id = av.date_id
                    WHERE av.ticketing_id = $1 AND ed.event_id = k.id AND ${counted('ed')}
                   UNION ALL
                   -- Seated zones have no capacity row: their seats are the places (an expired hold is free).
                   SELECT count(*), count(*) FILTER (WHERE ds.status = 'sold'),
                          count(*) FILTER (WHERE ds.status = 'held' AND ds.held_until > $3),
                          count(*) FILTER (WHERE ds.status = 'blocked')
                     FROM date_seats ds JOIN event_dates ed ON ed.ticketing_id = ds.ticketing_id AND ed.id = ds.date_id
                    WHERE ds.ticketing_id = $1 AND ed.event_id = k.id AND ${counted('ed')}) x) a ON true
        WHERE true ${page.map((w) => `AND ${w}`).join(' ')}
        ORDER BY k.grp, k.sort_key, k.id
        LIMIT $2`,
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
              p.name AS "priceName", p.kind AS "priceKind", p.visibility, pa.amount,
              e.sales_start_at AS "eventSalesStartAt", e.sales_end_at AS "eventSalesEndAt",
              p.sales_start_at AS "priceSalesStartAt", p.sales_end_at AS "priceSalesEndAt"
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
