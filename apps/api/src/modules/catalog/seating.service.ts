import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import { DomainError, FieldError, NotFoundError, ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogProblems, NoAdjacentSeatsFailure, SeatsNotBlockableError, SeatsTakenError } from './catalog.errors';
import { CatalogRepository } from './catalog.repository';
import { DateSeatMapResponse, SeatingPlanRequest, SeatingPlanResponse, SeatingPlanSummaryResponse } from './dto/seating-plan.dto';
import { placeSeats } from './seat-geometry';
import { HeldSeat, PlanSummaryRow, SeatingRepository, SeatRef } from './seating.repository';

const summary = (p: PlanSummaryRow): SeatingPlanSummaryResponse => ({
  id: p.id,
  name: p.name,
  width: p.width,
  height: p.height,
  seatCount: p.seatCount,
  categories: p.categories,
  inUse: p.inUse,
  createdAt: new Date(p.createdAt).toISOString(),
});

/** CAT-4: seating plans (drawn once, reused), the seats of each date, and who holds them. */
@Injectable()
export class Seating {
  constructor(
    private readonly db: Database,
    private readonly repo: SeatingRepository,
    private readonly catalog: CatalogRepository,
    private readonly clock: Clock,
  ) {}

  async createPlan(scope: TenantScope, input: SeatingPlanRequest): Promise<SeatingPlanResponse> {
    const id = randomUUID();
    await this.db.transaction(async () => {
      await this.repo.insertPlan(scope, { id, name: input.name.trim(), width: input.width, height: input.height, createdAt: this.clock.now() });
      await this.insertSeats(scope, id, input);
    });
    return this.getPlan(scope, id);
  }

  /** Replaces a plan's layout — only while no event sells it (sold seats must keep their place). */
  async replacePlan(scope: TenantScope, planId: string, input: SeatingPlanRequest): Promise<SeatingPlanResponse> {
    const current = await this.requirePlan(scope, planId);
    if (current.inUse) throw new DomainError(CatalogProblems.PLAN_IN_USE, 'This plan is used by an event; duplicate it to change its layout');
    await this.db.transaction(async () => {
      await this.repo.updatePlan(scope, planId, { name: input.name.trim(), width: input.width, height: input.height });
      await this.repo.deleteSeats(scope, planId);
      await this.insertSeats(scope, planId, input);
    });
    return this.getPlan(scope, planId);
  }

  async getPlan(scope: TenantScope, planId: string): Promise<SeatingPlanResponse> {
    const plan = await this.requirePlan(scope, planId);
    const seats = await this.repo.seatsOf(scope, planId);
    return {
      ...summary(plan),
      seats: seats.map((s) => ({
        id: s.id,
        section: s.section,
        row: s.row,
        number: s.number,
        x: s.x,
        y: s.y,
        kind: s.kind,
        blocked: s.blocked,
        category: s.category,
      })),
    };
  }

  async listPlans(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<SeatingPlanSummaryResponse>> {
    const limit = query.limit ?? 50;
    const page = pageOf(await this.repo.listPlans(scope, decodeCursor(query.cursor), limit), limit, (p) => new Date(p.createdAt));
    return { items: page.items.map(summary), nextCursor: page.nextCursor };
  }

  /** The sellable seats of one category, for a new seated zone; refuses an unknown plan or category. */
  async seatedZoneCapacity(scope: TenantScope, planId: string, category: string, field: string): Promise<number> {
    const plan = await this.repo.findPlan(scope, planId);
    if (!plan) throw new ValidationFailedError([{ field: `${field}.planId`, message: 'no such seating plan' }]);
    const seats = await this.repo.sellableSeatCount(scope, planId, category);
    if (seats === 0) throw new ValidationFailedError([{ field: `${field}.category`, message: 'this plan has no sellable seat in this category' }]);
    return seats;
  }

  createDateSeats(scope: TenantScope, zone: { id: string; planId: string; category: string }, dateIds: string[]): Promise<void> {
    return this.repo.createDateSeats(scope, zone, dateIds);
  }

  seatedAvailability(scope: TenantScope, dateIds: string[], now: Date) {
    return this.repo.seatedAvailability(scope, dateIds, now);
  }

  /**
   * Blocks seats of one date (house seats, press) after sales opened, without touching the plan: they
   * leave the seat map, best available and the places left. A seat someone holds or bought cannot be.
   */
  async blockSeats(scope: TenantScope, eventId: string, dateId: string, input: { seatIds: string[]; reason: string }): Promise<DateSeatMapResponse> {
    const seatIds = await this.requireSeats(scope, eventId, dateId, input.seatIds);
    const now = this.clock.now();
    await this.repo.block(
      scope,
      { dateId, seatIds, reason: input.reason.trim(), now },
      {
        // The write blocked nothing: the seats held or sold now are the ones in the way.
        SEATS_NOT_BLOCKABLE: async () => new SeatsNotBlockableError(dateId, await this.repo.takenNow(scope, dateId, seatIds, now)),
      },
    );
    return this.seatMap(scope, eventId, dateId, now);
  }

  /** Puts blocked seats of one date back on sale. */
  async releaseSeats(scope: TenantScope, eventId: string, dateId: string, input: { seatIds: string[] }): Promise<DateSeatMapResponse> {
    const seatIds = await this.requireSeats(scope, eventId, dateId, input.seatIds);
    await this.repo.unblock(scope, dateId, seatIds);
    return this.seatMap(scope, eventId, dateId, this.clock.now());
  }

  /** The seats named, as seats of this event's seated zones on this date; anything else is named as a bad field. */
  private async requireSeats(scope: TenantScope, eventId: string, dateId: string, seatIds: string[]): Promise<string[]> {
    const { seated } = await this.dateOf(scope, eventId, dateId);
    const ids = seatIds.map((id) => id.toLowerCase());
    const known = seated.length
      ? await this.repo.known(
          scope,
          dateId,
          seated.map((z) => z.id),
          ids,
        )
      : new Set<string>();
    const problems = ids.flatMap((id, i) => (known.has(id) ? [] : [{ field: `seatIds[${i}]`, message: 'not a seat of this event on this date' }]));
    if (problems.length) throw new ValidationFailedError(problems.slice(0, 20));
    return ids;
  }

  private async dateOf(scope: TenantScope, eventId: string, dateId: string) {
    const [event, dates, zones] = await Promise.all([
      this.catalog.findEvent(scope, eventId),
      this.catalog.datesOf(scope, eventId),
      this.catalog.zonesOf(scope, eventId),
    ]);
    if (!event) throw new NotFoundError(CatalogProblems.EVENT_NOT_FOUND, 'Event');
    if (!dates.some((d) => d.id === dateId)) throw new NotFoundError(CatalogProblems.DATE_NOT_FOUND, 'Date');
    return { event, seated: zones.filter((z) => z.kind === 'seated') };
  }

  /**
   * What a buyer sees on the plan for one date of an event: every seat of its seated zones, free or
   * not. Why a seat is blocked is the organizer's business: the shop (`forShop`) is not told.
   */
  async seatMap(scope: TenantScope, eventId: string, dateId: string, now: Date, forShop = false): Promise<DateSeatMapResponse> {
    const [dates, zones] = await Promise.all([this.catalog.datesOf(scope, eventId), this.catalog.zonesOf(scope, eventId)]);
    if (!dates.some((d) => d.id === dateId)) throw new NotFoundError(CatalogProblems.DATE_NOT_FOUND, 'Date');
    const seated = zones.filter((z) => z.kind === 'seated');
    const seats = seated.length
      ? await this.repo.mapSeats(
          scope,
          dateId,
          seated.map((z) => z.id),
          now,
        )
      : [];
    const planIds = [...new Set(seated.map((z) => z.planId!))];
    const plans = await Promise.all(planIds.map((id) => this.repo.findPlan(scope, id)));
    return {
      dateId,
      plans: plans
        .filter((p) => p !== null)
        .map((p) => ({
          planId: p.id,
          name: p.name,
          width: p.width,
          height: p.height,
          seats: seats.filter((s) => s.planId === p.id).map(({ planId: _planId, ...seat }) => ({ ...seat, blockReason: forShop ? null : seat.blockReason })),
        })),
    };
  }

  /**
   * Holds the best `count` side-by-side free seats of a zone for a cart, as part of the caller's
   * write; the seats are readable after it. Fails it with `NoAdjacentSeatsFailure` when none are found.
   */
  holdBest(
    scope: TenantScope,
    h: { dateId: string; zoneId: string; count: number; cartId: string; now: Date; until: Date; depth: number },
  ): Promise<{ get(): HeldSeat[] }> {
    return this.repo.holdBest(scope, h, {
      NO_ADJACENT_SEATS: (failure) => {
        const { dateId, zoneId, depth } = JSON.parse(failure.detail) as { dateId: string; zoneId: string; depth: number };
        return new NoAdjacentSeatsFailure(dateId, zoneId, depth);
      },
    });
  }

  seatsOfCart(scope: TenantScope, cartId: string) {
    return this.repo.seatsOfCart(scope, cartId);
  }

  /** Holds chosen seats as part of the caller's write; fails it with SEATS_TAKEN naming the seats no longer free. */
  hold(scope: TenantScope, h: { dateId: string; zoneId: string; seatIds: string[]; cartId: string; now: Date; until: Date }): Promise<void> {
    return this.repo.hold(scope, h, {
      // The write was rolled back, so what is not free now is what was taken.
      SEATS_TAKEN: async (failure) => {
        const { dateId, zoneId, seatIds } = JSON.parse(failure.detail) as { dateId: string; zoneId: string; seatIds: string[] };
        return new SeatsTakenError(dateId, zoneId, await this.repo.notFree(scope, dateId, seatIds, h.now));
      },
    });
  }

  sell(scope: TenantScope, cartId: string, dateId: string, seatIds: string[]): Promise<void> {
    return this.repo.sell(scope, cartId, dateId, seatIds);
  }

  releaseSold(scope: TenantScope, dateId: string, seatIds: string[]): Promise<void> {
    return this.repo.releaseSold(scope, dateId, seatIds);
  }

  releaseSome(scope: TenantScope, cartId: string, dateId: string, seatIds: string[]): Promise<void> {
    return this.repo.releaseSome(scope, cartId, dateId, seatIds);
  }

  release(scope: TenantScope, cartId: string): Promise<void> {
    return this.repo.release(scope, cartId);
  }

  /** Each seat by its parts (section, row, number) and its label "Parterre, rang C, place 12". */
  async describe(scope: TenantScope, seatIds: string[]): Promise<Map<string, SeatRef>> {
    const rows = seatIds.length ? await this.repo.labels(scope, seatIds) : [];
    return new Map(
      rows.map((r) => [r.id, { seatId: r.id, section: r.section, row: r.row, number: r.number, label: `${r.section}, rang ${r.row}, place ${r.number}` }]),
    );
  }

  private async insertSeats(scope: TenantScope, planId: string, input: SeatingPlanRequest): Promise<void> {
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    input.seats.forEach((s, i) => {
      const key = `${s.section}\u0000${s.row}\u0000${s.number}`;
      if (seen.has(key)) problems.push({ field: `seats[${i}]`, message: `seat ${s.section} ${s.row}-${s.number} appears twice` });
      seen.add(key);
      if (s.x > input.width || s.y > input.height) problems.push({ field: `seats[${i}]`, message: 'outside the plan' });
    });
    if (problems.length) throw new ValidationFailedError(problems.slice(0, 20));
    await this.repo.insertSeats(
      scope,
      placeSeats(input.seats, input.width).map((s) => ({
        id: randomUUID(),
        planId,
        section: s.section.trim(),
        row: s.row.trim(),
        number: s.number.trim(),
        x: s.x,
        y: s.y,
        kind: s.kind ?? 'standard',
        blocked: s.blocked ?? false,
        category: s.category.trim(),
        position: s.position,
        rank: s.rank,
      })),
    );
  }

  private async requirePlan(scope: TenantScope, planId: string): Promise<PlanSummaryRow> {
    const [plan] = await this.repo.summaries(scope, 'AND p.id = $2', [planId]);
    if (!plan) throw new NotFoundError(CatalogProblems.SEATING_PLAN_NOT_FOUND, 'Seating plan');
    return plan;
  }

  /** The free seats of these zones on a date, best first (see SeatingRepository.freeSeats). */
  freeSeats(scope: TenantScope, dateId: string, zoneIds: string[]) {
    return this.repo.freeSeats(scope, dateId, zoneIds, this.clock.now());
  }
}
