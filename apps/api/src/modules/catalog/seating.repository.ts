import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PlanSeat } from './entities/plan-seat.entity';
import { SeatingPlan } from './entities/seating-plan.entity';

export interface PlanSummaryRow extends SeatingPlan {
  seatCount: number;
  categories: { category: string; seats: number }[];
  inUse: boolean;
}

/** A seat by its parts — what the cart, the order and the ticket name it by — and its printed label. */
export interface SeatRef {
  seatId: string;
  section: string;
  row: string;
  number: string;
  label: string;
}

/** A seat a cart holds. */
export interface HeldSeat extends SeatRef {
  dateId: string;
  zoneId: string;
}

export interface MapSeatRow extends Omit<PlanSeat, 'ticketingId' | 'position' | 'rank'> {
  label: string;
  zoneId: string;
  available: boolean;
  /** As it stands now: an expired hold is free. */
  status: 'free' | 'held' | 'sold' | 'blocked';
  blockReason: string | null;
}

@Injectable()
export class SeatingRepository {
  constructor(private readonly db: Database) {}

  insertPlan(scope: TenantScope, plan: Omit<SeatingPlan, 'ticketingId'>) {
    return this.db.scoped(SeatingPlan, scope).insert(plan);
  }

  updatePlan(scope: TenantScope, id: string, patch: Partial<Pick<SeatingPlan, 'name' | 'width' | 'height'>>) {
    return this.db.scoped(SeatingPlan, scope).update({ id }, patch);
  }

  /** Seats in batches (a plan may hold tens of thousands). */
  async insertSeats(scope: TenantScope, seats: Omit<PlanSeat, 'ticketingId'>[]): Promise<void> {
    for (let i = 0; i < seats.length; i += 2000) await this.db.scoped(PlanSeat, scope).insert(seats.slice(i, i + 2000));
  }

  async deleteSeats(scope: TenantScope, planId: string): Promise<void> {
    await this.db.tenantQuery(scope, `DELETE FROM plan_seats WHERE ticketing_id = $1 AND plan_id = $2`, [planId]);
  }

  findPlan(scope: TenantScope, id: string) {
    return this.db.scoped(SeatingPlan, scope).findOne({ id });
  }

  seatsOf(scope: TenantScope, planId: string) {
    return this.db.scoped(PlanSeat, scope).find({ planId }, { section: 'ASC', row: 'ASC', position: 'ASC' });
  }

  async summaries(scope: TenantScope, where: string, params: unknown[], limit = ''): Promise<PlanSummaryRow[]> {
    return this.db.tenantQuery<PlanSummaryRow>(
      scope,
      `SELECT p.id, p.name, p.width, p.height, p.created_at AS "createdAt",
              COALESCE(s.seat_count, 0)::int AS "seatCount", COALESCE(s.categories, '[]') AS categories,
              EXISTS (SELECT 1 FROM zones z WHERE z.ticketing_id = p.ticketing_id AND z.plan_id = p.id) AS "inUse"
         FROM seating_plans p
         LEFT JOIN LATERAL (
           SELECT sum(n)::int AS seat_count, json_agg(json_build_object('category', category, 'seats', sellable) ORDER BY category) AS categories
             FROM (SELECT category, count(*) AS n, count(*) FILTER (WHERE NOT blocked)::int AS sellable
                     FROM plan_seats WHERE ticketing_id = p.ticketing_id AND plan_id = p.id GROUP BY category) c) s ON true
        WHERE p.ticketing_id = $1 ${where}
        ORDER BY p.created_at DESC, p.id DESC ${limit}`,
      params,
    );
  }

  listPlans(scope: TenantScope, after: Keyset | null, limit: number) {
    return after
      ? this.summaries(scope, `AND (p.created_at, p.id) < ($3, $4)`, [limit + 1, after.at, after.id], 'LIMIT $2')
      : this.summaries(scope, '', [limit + 1], 'LIMIT $2');
  }

  async sellableSeatCount(scope: TenantScope, planId: string, category: string): Promise<number> {
    const [row] = await this.db.tenantQuery<{ n: number }>(
      scope,
      `SELECT count(*)::int AS n FROM plan_seats WHERE ticketing_id = $1 AND plan_id = $2 AND category = $3 AND NOT blocked`,
      [planId, category],
    );
    return row.n;
  }

  /** The inventory of a seated zone on some dates: one row per sellable seat of its category. */
  async createDateSeats(scope: TenantScope, zone: { id: string; planId: string; category: string }, dateIds: string[]): Promise<void> {
    if (dateIds.length === 0) return;
    await this.db.tenantQuery(
      scope,
      `INSERT INTO date_seats (ticketing_id, date_id, seat_id, zone_id, status, row_key, position, rank, kind)
       SELECT $1, d.id, s.id, $2, 'free', s.section || '/' || s.row, s.position, s.rank, s.kind
         FROM unnest($3::uuid[]) AS d(id)
         CROSS JOIN plan_seats s
        WHERE s.ticketing_id = $1 AND s.plan_id = $4 AND s.category = $5 AND NOT s.blocked`,
      [zone.id, dateIds, zone.planId, zone.category],
    );
  }

  /** capacity / held / sold / blocked of seated zones on dates, counted from their seats (an expired hold is free). */
  seatedAvailability(
    scope: TenantScope,
    dateIds: string[],
    now: Date,
  ): Promise<{ dateId: string; zoneId: string; capacity: number; held: number; sold: number; blocked: number }[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT date_id AS "dateId", zone_id AS "zoneId", count(*)::int AS capacity,
              count(*) FILTER (WHERE status = 'held' AND held_until > $3)::int AS held,
              count(*) FILTER (WHERE status = 'sold')::int AS sold,
              count(*) FILTER (WHERE status = 'blocked')::int AS blocked
         FROM date_seats WHERE ticketing_id = $1 AND date_id = ANY($2::uuid[]) GROUP BY date_id, zone_id`,
      [dateIds, now],
    );
  }

  /** Seats of an event's seated zones on one date, with whether each is free now. */
  mapSeats(scope: TenantScope, dateId: string, zoneIds: string[], now: Date): Promise<(MapSeatRow & { planId: string })[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT s.id, s.plan_id AS "planId", s.section, s.row, s.number, s.section || ', rang ' || s.row || ', place ' || s.number AS label,
              s.x, s.y, s.kind, s.blocked OR ds.status = 'blocked' AS blocked, s.category, ds.zone_id AS "zoneId",
              (ds.status = 'free' OR (ds.status = 'held' AND ds.held_until <= $4)) AS available,
              CASE WHEN ds.status = 'held' AND ds.held_until <= $4 THEN 'free' ELSE ds.status END AS status, ds.block_reason AS "blockReason"
         FROM date_seats ds JOIN plan_seats s ON s.id = ds.seat_id AND s.ticketing_id = $1
        WHERE ds.ticketing_id = $1 AND ds.date_id = $2 AND ds.zone_id = ANY($3::uuid[])
        ORDER BY s.section, s.row, s.position`,
      [dateId, zoneIds, now],
    );
  }

  /**
   * Best available, as part of the caller's write (`guichet_hold_best`, ADR 0006): takes the best
   * free seat no other buyer is choosing right now as an anchor, then the best run of `count`
   * side-by-side free standard seats through it, locking rows with SKIP LOCKED — buyers of one zone
   * choose in parallel, nobody waits, nobody gets the same seat. Tries `depth` anchors; deeper calls
   * look for runs among the best `depth` free seats at once. Fails the write with
   * NO_ADJACENT_SEATS when there is no such run.
   */
  async holdBest(
    scope: TenantScope,
    h: { dateId: string; zoneId: string; count: number; cartId: string; now: Date; until: Date; depth: number },
    explainers: Explainers,
  ): Promise<{ get(): HeldSeat[] }> {
    // The zone row ties the call to this tenant: another ticketing's zone holds nothing and fails.
    // The held seats come back with their labels in the same round trip.
    const rows = await this.db.deferQuery<{ seats: HeldSeat[] | null }>(
      scope,
      `WITH h AS (SELECT guichet_hold_best($1, $2, z.id, $4, $5, $6, $7) AS seats FROM zones z WHERE z.ticketing_id = $1 AND z.id = $3)
       SELECT guichet_require((SELECT count(*) = 1 AND bool_and(cardinality(seats) = $4) FROM h), 'NO_ADJACENT_SEATS', $8),
              (SELECT json_agg(json_build_object('dateId', $2::uuid, 'zoneId', $3::uuid, 'seatId', s.id,
                                                 'section', s.section, 'row', s.row, 'number', s.number,
                                                 'label', s.section || ', rang ' || s.row || ', place ' || s.number)
                               ORDER BY s.section, s.row, s.position)
                 FROM h, plan_seats s WHERE s.ticketing_id = $1 AND s.id = ANY (h.seats)) AS seats`,
      [h.dateId, h.zoneId, h.count, h.cartId, h.until, h.depth, JSON.stringify({ dateId: h.dateId, zoneId: h.zoneId, depth: h.depth })],
      explainers,
    );
    return rows.map((r) => r[0]?.seats ?? []);
  }

  /** The seats a cart holds or bought, by their parts, in plan order. */
  seatsOfCart(scope: TenantScope, cartId: string): Promise<HeldSeat[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT ds.date_id AS "dateId", ds.zone_id AS "zoneId", ds.seat_id AS "seatId", s.section, s.row, s.number,
              s.section || ', rang ' || s.row || ', place ' || s.number AS label
         FROM date_seats ds JOIN plan_seats s ON s.id = ds.seat_id AND s.ticketing_id = $1
        WHERE ds.ticketing_id = $1 AND ds.cart_id = $2
        ORDER BY s.section, s.row, s.position`,
      [cartId],
    );
  }

  labels(scope: TenantScope, seatIds: string[]): Promise<{ id: string; section: string; row: string; number: string }[]> {
    return this.db.tenantQuery(scope, `SELECT id, section, row, number FROM plan_seats WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`, [seatIds]);
  }

  /**
   * Holds the given seats for a cart, as part of the caller's write: rows are locked in seat order
   * (no deadlocks), re-checked after any wait, and the write fails (`SEATS_TAKEN`) unless every seat
   * was free — so of buyers racing for a seat exactly one wins it.
   */
  async hold(
    scope: TenantScope,
    h: { dateId: string; zoneId: string; seatIds: string[]; cartId: string; now: Date; until: Date },
    explainers: Explainers,
  ): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH target AS (SELECT date_id, seat_id FROM date_seats
                        WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3 AND seat_id = ANY($4::uuid[])
                          AND (status = 'free' OR (status = 'held' AND held_until <= $5))
                        ORDER BY seat_id FOR UPDATE),
            held AS (UPDATE date_seats SET status = 'held', cart_id = $6, held_until = $7
                      WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY (ARRAY(SELECT seat_id FROM target)) RETURNING 1)
       SELECT guichet_require(count(*) = $8, 'SEATS_TAKEN', $9) FROM held`,
      [h.dateId, h.zoneId, h.seatIds, h.now, h.cartId, h.until, h.seatIds.length, JSON.stringify({ dateId: h.dateId, zoneId: h.zoneId, seatIds: h.seatIds })],
      explainers,
    );
  }

  /** The cart's held seats become sold, as part of the checkout's write (fails if any was lost). */
  async sell(scope: TenantScope, cartId: string, dateId: string, seatIds: string[]): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH sold AS (UPDATE date_seats SET status = 'sold', held_until = NULL
                      WHERE ticketing_id = $1 AND cart_id = $2 AND date_id = $3 AND seat_id = ANY($4::uuid[]) AND status = 'held' RETURNING 1)
       SELECT guichet_require(count(*) = $5, 'SEATS_LOST') FROM sold`,
      [cartId, dateId, seatIds, seatIds.length],
    );
  }

  /** Which of these seats are not free now (held by someone, sold, or not in the zone). */
  async notFree(scope: TenantScope, dateId: string, seatIds: string[], now: Date): Promise<string[]> {
    const free = await this.db.tenantQuery<{ seatId: string }>(
      scope,
      `SELECT seat_id AS "seatId" FROM date_seats
        WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY($3::uuid[]) AND (status = 'free' OR (status = 'held' AND held_until <= $4))`,
      [dateId, seatIds, now],
    );
    const freeIds = new Set(free.map((r) => r.seatId));
    return seatIds.filter((id) => !freeIds.has(id));
  }

  /**
   * The seats of these zones free on a date now (an expired hold is free), best first (standard
   * seats by rank, then the others), with their parts — for moving tickets to this date.
   */
  freeSeats(scope: TenantScope, dateId: string, zoneIds: string[], now: Date): Promise<(HeldSeat & { standard: boolean })[]> {
    return this.db.tenantQuery(
      scope,
      `SELECT ds.date_id AS "dateId", ds.zone_id AS "zoneId", ds.seat_id AS "seatId", s.section, s.row, s.number,
              s.section || ', rang ' || s.row || ', place ' || s.number AS label, ds.kind = 'standard' AS standard
         FROM date_seats ds JOIN plan_seats s ON s.id = ds.seat_id AND s.ticketing_id = $1
        WHERE ds.ticketing_id = $1 AND ds.date_id = $2 AND ds.zone_id = ANY($3::uuid[])
          AND (ds.status = 'free' OR (ds.status = 'held' AND ds.held_until <= $4))
        ORDER BY ds.kind <> 'standard', ds.rank, ds.seat_id`,
      [dateId, zoneIds, now],
    );
  }

  /** Sold seats of a date go back on sale (their tickets were cancelled), as part of the caller's write. */
  async releaseSold(scope: TenantScope, dateId: string, seatIds: string[]): Promise<void> {
    await this.db.deferWrite(
      scope,
      `UPDATE date_seats SET status = 'free', cart_id = NULL, held_until = NULL
        WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY($3::uuid[]) AND status = 'sold'`,
      [dateId, seatIds],
    );
  }

  /** Which of these seats are seats of these zones on this date. */
  async known(scope: TenantScope, dateId: string, zoneIds: string[], seatIds: string[]): Promise<Set<string>> {
    const rows = await this.db.tenantQuery<{ seatId: string }>(
      scope,
      `SELECT seat_id AS "seatId" FROM date_seats WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = ANY($3::uuid[]) AND seat_id = ANY($4::uuid[])`,
      [dateId, zoneIds, seatIds],
    );
    return new Set(rows.map((r) => r.seatId));
  }

  /**
   * Blocks seats for one date, all or none: the rows are locked in seat order and re-checked after
   * any wait, so a seat a buyer holds (unexpired) or bought is never blocked — the write fails
   * (`SEATS_NOT_BLOCKABLE`) and blocks nothing. A seat already blocked takes the new reason; an
   * expired hold is taken over.
   */
  async block(scope: TenantScope, b: { dateId: string; seatIds: string[]; reason: string; now: Date }, explainers: Explainers): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH target AS (SELECT seat_id FROM date_seats
                        WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY($3::uuid[])
                          AND (status IN ('free', 'blocked') OR (status = 'held' AND held_until <= $4))
                        ORDER BY seat_id FOR UPDATE),
            blocked AS (UPDATE date_seats SET status = 'blocked', block_reason = $5, cart_id = NULL, held_until = NULL
                         WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY (ARRAY(SELECT seat_id FROM target)) RETURNING 1)
       SELECT guichet_require(count(*) = $6, 'SEATS_NOT_BLOCKABLE') FROM blocked`,
      [b.dateId, b.seatIds, b.now, b.reason, b.seatIds.length],
      explainers,
    );
  }

  /** Puts blocked seats of one date back on sale (seats not blocked are left as they are). */
  async unblock(scope: TenantScope, dateId: string, seatIds: string[]): Promise<void> {
    await this.db.deferWrite(
      scope,
      `UPDATE date_seats SET status = 'free', block_reason = NULL WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY($3::uuid[]) AND status = 'blocked'`,
      [dateId, seatIds],
    );
  }

  /** Which of these seats are held (unexpired) or sold now. */
  async takenNow(scope: TenantScope, dateId: string, seatIds: string[], now: Date): Promise<string[]> {
    const rows = await this.db.tenantQuery<{ seatId: string }>(
      scope,
      `SELECT seat_id AS "seatId" FROM date_seats
        WHERE ticketing_id = $1 AND date_id = $2 AND seat_id = ANY($3::uuid[]) AND (status = 'sold' OR (status = 'held' AND held_until > $4))
        ORDER BY seat_id`,
      [dateId, seatIds, now],
    );
    return rows.map((r) => r.seatId);
  }

  /** Frees some seats a cart holds on a date (tickets taken off the cart), as part of the caller's write. */
  async releaseSome(scope: TenantScope, cartId: string, dateId: string, seatIds: string[]): Promise<void> {
    await this.db.deferWrite(
      scope,
      `UPDATE date_seats SET status = 'free', cart_id = NULL, held_until = NULL
        WHERE ticketing_id = $1 AND cart_id = $2 AND date_id = $3 AND seat_id = ANY($4::uuid[]) AND status = 'held'`,
      [cartId, dateId, seatIds],
    );
  }

  /** Frees what a cart still holds (released or expired cart). */
  async release(scope: TenantScope, cartId: string): Promise<void> {
    await this.db.deferWrite(
      scope,
      `UPDATE date_seats SET status = 'free', cart_id = NULL, held_until = NULL WHERE ticketing_id = $1 AND cart_id = $2 AND status = 'held'`,
      [cartId],
    );
  }
}
