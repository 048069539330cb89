import { AttendeeField, attendeeFieldProblems, normalizedFields } from './attendee-fields';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { DomainError, FieldError, NotFoundError, ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CapacityBelowTakenError, CatalogProblems, EventNotFoundError, EventNotPublishableError } from './catalog.errors';
import { CatalogRepository } from './catalog.repository';
import { CreateEventRequest, EventDateRequest, PriceRequest, ZoneRequest } from './dto/create-event.dto';
import { AddDatesRequest, SetCapacityRequest, UpdateDateRequest, UpdateEventRequest, UpdatePriceRequest, UpdateZoneRequest } from './dto/update-event.dto';
import { CatalogEvent } from './entities/event.entity';
import { assertPriceRules } from './price-rules';
import { Seating } from './seating.service';
import { SalesWindow, windowProblems } from './sales-window';

const moment = (s: string | null | undefined) => (s ? new Date(s) : null);

/** A window as a request sets it over what is stored: omitted keeps, null removes. */
/** ORD-5: a price's attendee fields have different keys, and each choice its options. */
function assertAttendeeFields(fields: AttendeeField[] | undefined, path: string): void {
  const problems = attendeeFieldProblems(fields ?? [], path);
  if (problems.length) throw new ValidationFailedError(problems);
}

function windowOf(input: { salesStartAt?: string | null; salesEndAt?: string | null }, stored: SalesWindow, path: string): SalesWindow {
  const w = {
    startAt: input.salesStartAt === undefined ? stored.startAt : moment(input.salesStartAt),
    endAt: input.salesEndAt === undefined ? stored.endAt : moment(input.salesEndAt),
  };
  const problems = windowProblems(w, `${path}salesEndAt`);
  if (problems.length) throw new ValidationFailedError(problems);
  return w;
}
const NO_WINDOW: SalesWindow = { startAt: null, endAt: null };

function parseDates(dates: EventDateRequest[], path: string): { startsAt: Date; endsAt: Date | null; doorsAt: Date | null }[] {
  const problems: FieldError[] = [];
  const parsed = dates.map((d, i) => {
    const startsAt = new Date(d.startsAt);
    const endsAt = d.endsAt ? new Date(d.endsAt) : null;
    const doorsAt = d.doorsAt ? new Date(d.doorsAt) : null;
    if (endsAt && endsAt <= startsAt) problems.push({ field: `${path}[${i}].endsAt`, message: 'must be after startsAt' });
    if (doorsAt && doorsAt > startsAt) problems.push({ field: `${path}[${i}].doorsAt`, message: 'must not be after startsAt' });
    return { startsAt, endsAt, doorsAt };
  });
  if (problems.length) throw new ValidationFailedError(problems);
  return parsed;
}

/** The use cases that change an event: create it, edit it, its dates, zones, capacities and prices. */
@Injectable()
export class EventEditor {
  constructor(
    private readonly db: Database,
    private readonly repo: CatalogRepository,
    private readonly seating: Seating,
    private readonly clock: Clock,
  ) {}

  async createEvent(scope: TenantScope, input: CreateEventRequest): Promise<string> {
    const kind = input.kind ?? (input.dates.length > 1 ? 'multi' : 'single');
    if (kind === 'single' && input.dates.length !== 1) {
      throw new ValidationFailedError([{ field: 'dates', message: 'a single-date event has exactly one date' }]);
    }
    const dates = parseDates(input.dates, 'dates');
    const sales = windowOf(input, NO_WINDOW, '');
    input.prices.forEach((p, i) => windowOf(p, NO_WINDOW, `prices[${i}].`));
    const subjectToEntertainmentTax = input.subjectToEntertainmentTax ?? false;
    input.prices.forEach((p, i) => assertPriceRules(p, { subjectToEntertainmentTax }, `prices[${i}]`));
    input.prices.forEach((p, i) => assertAttendeeFields(p.attendeeFields, `prices[${i}].attendeeFields`));
    const zoneNames = input.zones.map((z) => z.name.trim().toLowerCase());
    if (new Set(zoneNames).size !== zoneNames.length) throw new ValidationFailedError([{ field: 'zones', message: 'zone names must differ' }]);

    // Zones and prices are required by the request; a date may come later, but not on a published event.
    if (input.status === 'published' && dates.length === 0) throw new EventNotPublishableError(['dates']);

    const eventId = randomUUID();
    await this.db.transaction(async () => {
      await this.repo.insertEvent(scope, {
        id: eventId,
        name: input.name.trim(),
        description: input.description ?? '',
        venue: input.venue?.trim() || null,
        venueAddress: input.venueAddress?.trim() || null,
        status: input.status ?? 'draft',
        kind,
        subjectToEntertainmentTax,
        salesStartAt: sales.startAt,
        salesEndAt: sales.endAt,
        imageHash: null,
        createdAt: this.clock.now(),
      });
      const dateIds = await this.insertDates(scope, eventId, dates);
      for (const [i, zone] of input.zones.entries()) await this.insertZone(scope, eventId, zone, dateIds, `zones[${i}]`);
      for (const [i, price] of input.prices.entries()) await this.insertPrice(scope, eventId, price, i);
    });
    return eventId;
  }

  async updateEvent(scope: TenantScope, eventId: string, input: UpdateEventRequest): Promise<void> {
    const event = await this.requireEvent(scope, eventId);
    const sales = windowOf(input, { startAt: event.salesStartAt, endAt: event.salesEndAt }, '');
    if (input.subjectToEntertainmentTax && !event.subjectToEntertainmentTax) {
      const prices = await this.repo.pricesOf(scope, eventId);
      const amounts = await this.repo.amountsOf(
        scope,
        prices.map((p) => p.id),
      );
      prices.forEach((p, i) =>
        assertPriceRules({ kind: p.kind, amounts: amounts.filter((a) => a.priceId === p.id) }, { subjectToEntertainmentTax: true }, `prices[${i}]`),
      );
    }
    if (input.status === 'published' && event.status !== 'published') await this.assertPublishable(scope, eventId);
    if (input.kind === 'single' && event.kind === 'multi' && (await this.repo.datesOf(scope, eventId)).length > 1) {
      throw new DomainError(CatalogProblems.TOO_MANY_DATES_FOR_SINGLE, 'Only an event with at most one date can become single-date');
    }
    await this.repo.updateEvent(scope, eventId, {
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.venue !== undefined ? { venue: input.venue?.trim() || null } : {}),
      ...(input.venueAddress !== undefined ? { venueAddress: input.venueAddress?.trim() || null } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.subjectToEntertainmentTax !== undefined ? { subjectToEntertainmentTax: input.subjectToEntertainmentTax } : {}),
      ...(input.salesStartAt !== undefined ? { salesStartAt: sales.startAt } : {}),
      ...(input.salesEndAt !== undefined ? { salesEndAt: sales.endAt } : {}),
    });
  }

  /** Puts an event on sale in the shop: only once it has a scheduled date, a zone and a price. */
  async publish(scope: TenantScope, eventId: string): Promise<void> {
    const event = await this.requireEvent(scope, eventId);
    if (event.status === 'published') return;
    await this.assertPublishable(scope, eventId);
    await this.repo.updateEvent(scope, eventId, { status: 'published' });
  }

  /** Takes an event out of the shop (back to draft); what was sold stays sold. */
  async unpublish(scope: TenantScope, eventId: string): Promise<void> {
    const event = await this.requireEvent(scope, eventId);
    if (event.status !== 'draft') await this.repo.updateEvent(scope, eventId, { status: 'draft' });
  }

  private async assertPublishable(scope: TenantScope, eventId: string): Promise<void> {
    const [dates, zones, prices] = await Promise.all([
      this.repo.datesOf(scope, eventId),
      this.repo.zonesOf(scope, eventId),
      this.repo.pricesOf(scope, eventId),
    ]);
    const missing = [
      ...(dates.some((d) => d.status === 'scheduled') ? [] : (['dates'] as const)),
      ...(zones.length ? [] : (['zones'] as const)),
      ...(prices.length ? [] : (['prices'] as const)),
    ];
    if (missing.length) throw new EventNotPublishableError(missing);
  }

  async addDates(scope: TenantScope, eventId: string, input: AddDatesRequest): Promise<void> {
    const event = await this.requireEvent(scope, eventId);
    const existing = await this.repo.datesOf(scope, eventId);
    if (event.kind === 'single' && existing.length + input.dates.length > 1)
      throw new DomainError(
        CatalogProblems.SINGLE_DATE_EVENT,
        'A single-date event has exactly one date; make it a multi-date event first (updateEvent with kind: multi)',
      );
    const dates = parseDates(input.dates, 'dates');
    await this.db.transaction(async () => {
      const dateIds = await this.insertDates(scope, eventId, dates);
      const zones = await this.repo.zonesOf(scope, eventId);
      const general = zones.filter((z) => z.kind === 'general_admission');
      await this.repo.insertAvailability(
        scope,
        dateIds.flatMap((dateId) => general.map((z) => ({ dateId, zoneId: z.id, capacity: z.capacity, held: 0, sold: 0 }))),
      );
      for (const z of zones.filter((zone) => zone.kind === 'seated'))
        await this.seating.createDateSeats(scope, { id: z.id, planId: z.planId!, category: z.category! }, dateIds);
    });
  }

  async updateDate(scope: TenantScope, eventId: string, dateId: string, input: UpdateDateRequest): Promise<void> {
    const date = (await this.repo.datesOf(scope, eventId)).find((d) => d.id === dateId);
    if (!date) throw new NotFoundError(CatalogProblems.DATE_NOT_FOUND, 'Date');
    const startsAt = input.startsAt ? new Date(input.startsAt) : date.startsAt;
    const endsAt = input.endsAt === undefined ? date.endsAt : input.endsAt === null ? null : new Date(input.endsAt);
    const doorsAt = input.doorsAt === undefined ? date.doorsAt : input.doorsAt === null ? null : new Date(input.doorsAt);
    if (endsAt && endsAt <= startsAt) throw new ValidationFailedError([{ field: 'endsAt', message: 'must be after startsAt' }]);
    if (doorsAt && doorsAt > startsAt) throw new ValidationFailedError([{ field: 'doorsAt', message: 'must not be after startsAt' }]);
    await this.repo.updateDate(scope, dateId, { startsAt, endsAt, doorsAt, ...(input.status ? { status: input.status } : {}) });
  }

  async addZone(scope: TenantScope, eventId: string, input: ZoneRequest): Promise<void> {
    await this.requireEvent(scope, eventId);
    const zones = await this.repo.zonesOf(scope, eventId);
    if (zones.some((z) => z.name.toLowerCase() === input.name.trim().toLowerCase())) {
      throw new ValidationFailedError([{ field: 'name', message: 'another zone of this event has this name' }]);
    }
    const dates = await this.repo.datesOf(scope, eventId);
    await this.db.transaction(() =>
      this.insertZone(
        scope,
        eventId,
        input,
        dates.map((d) => d.id),
        'zone',
      ),
    );
  }

  async updateZone(scope: TenantScope, eventId: string, zoneId: string, input: UpdateZoneRequest): Promise<void> {
    const zones = await this.repo.zonesOf(scope, eventId);
    if (!zones.some((z) => z.id === zoneId)) throw new NotFoundError(CatalogProblems.ZONE_NOT_FOUND, 'Zone');
    await this.repo.updateZone(scope, zoneId, {
      ...(input.name ? { name: input.name.trim() } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    });
  }

  /** Capacity of one zone on one date; never below what is already sold or held. */
  async setCapacity(scope: TenantScope, eventId: string, dateId: string, zoneId: string, input: SetCapacityRequest): Promise<void> {
    const [dates, zones] = await Promise.all([this.repo.datesOf(scope, eventId), this.repo.zonesOf(scope, eventId)]);
    if (!dates.some((d) => d.id === dateId)) throw new NotFoundError(CatalogProblems.DATE_NOT_FOUND, 'Date');
    const zone = zones.find((z) => z.id === zoneId);
    if (!zone) throw new NotFoundError(CatalogProblems.ZONE_NOT_FOUND, 'Zone');
    if (zone.kind === 'seated')
      throw new DomainError(CatalogProblems.SEATED_ZONE_CAPACITY, 'A seated zone has as many places as its plan has seats; block seats on the plan instead');
    const result = await this.repo.setCapacity(scope, dateId, zoneId, input.capacity);
    if (result === 'missing') throw new NotFoundError(CatalogProblems.ZONE_NOT_FOUND, 'Zone');
    if (result !== 'set') throw new CapacityBelowTakenError(result.taken);
  }

  async addPrice(scope: TenantScope, eventId: string, input: PriceRequest): Promise<void> {
    const event = await this.requireEvent(scope, eventId);
    assertPriceRules(input, event, '');
    windowOf(input, NO_WINDOW, '');
    assertAttendeeFields(input.attendeeFields, 'attendeeFields');
    await this.assertScope(scope, eventId, input.dateIds, input.zoneIds);
    const position = (await this.repo.pricesOf(scope, eventId)).length;
    await this.db.transaction(() => this.insertPrice(scope, eventId, input, position));
  }

  async updatePrice(scope: TenantScope, eventId: string, priceId: string, input: UpdatePriceRequest): Promise<void> {
    const event = await this.requireEvent(scope, eventId);
    const price = (await this.repo.pricesOf(scope, eventId)).find((p) => p.id === priceId);
    if (!price) throw new NotFoundError(CatalogProblems.PRICE_NOT_FOUND, 'Price');
    if (input.amounts) assertPriceRules({ kind: price.kind, amounts: input.amounts }, event, '');
    const sales = windowOf(input, { startAt: price.salesStartAt, endAt: price.salesEndAt }, '');
    assertAttendeeFields(input.attendeeFields, 'attendeeFields');
    await this.assertScope(scope, eventId, input.dateIds, input.zoneIds);
    await this.db.transaction(async () => {
      await this.repo.updatePrice(scope, priceId, {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
        ...(input.dateIds !== undefined ? { dateIds: input.dateIds } : {}),
        ...(input.zoneIds !== undefined ? { zoneIds: input.zoneIds } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        ...(input.salesStartAt !== undefined ? { salesStartAt: sales.startAt } : {}),
        ...(input.salesEndAt !== undefined ? { salesEndAt: sales.endAt } : {}),
        ...(input.attendeeFields !== undefined ? { attendeeFields: normalizedFields(input.attendeeFields) } : {}),
      });
      if (input.amounts) await this.repo.replaceAmounts(scope, priceId, price.kind === 'free' ? [] : input.amounts);
    });
  }

  private async requireEvent(scope: TenantScope, eventId: string): Promise<CatalogEvent> {
    const event = await this.repo.findEvent(scope, eventId);
    if (!event) throw new EventNotFoundError();
    return event;
  }

  /** A price can only be limited to dates and zones of its own event. */
  private async assertScope(scope: TenantScope, eventId: string, dateIds?: string[] | null, zoneIds?: string[] | null): Promise<void> {
    const problems: FieldError[] = [];
    if (dateIds) {
      const known = new Set((await this.repo.datesOf(scope, eventId)).map((d) => d.id));
      dateIds.forEach((id, i) => known.has(id.toLowerCase()) || problems.push({ field: `dateIds[${i}]`, message: 'not a date of this event' }));
    }
    if (zoneIds) {
      const known = new Set((await this.repo.zonesOf(scope, eventId)).map((z) => z.id));
      zoneIds.forEach((id, i) => known.has(id.toLowerCase()) || problems.push({ field: `zoneIds[${i}]`, message: 'not a zone of this event' }));
    }
    if (problems.length) throw new ValidationFailedError(problems);
  }

  private async insertDates(scope: TenantScope, eventId: string, dates: { startsAt: Date; endsAt: Date | null; doorsAt: Date | null }[]): Promise<string[]> {
    const rows = dates.map((d) => ({ id: randomUUID(), eventId, startsAt: d.startsAt, endsAt: d.endsAt, doorsAt: d.doorsAt, status: 'scheduled' as const }));
    await this.repo.insertDates(scope, rows);
    return rows.map((r) => r.id);
  }

  /** A general-admission zone gets a capacity row per date; a seated zone gets its plan's seats per date. */
  private async insertZone(scope: TenantScope, eventId: string, zone: ZoneRequest, dateIds: string[], field: string): Promise<void> {
    const zoneId = randomUUID();
    const position = (await this.repo.zonesOf(scope, eventId)).length;
    if (zone.planId || zone.category) {
      if (!zone.planId || !zone.category) {
        throw new ValidationFailedError([{ field: `${field}.${zone.planId ? 'category' : 'planId'}`, message: 'a seated zone needs a plan and a category' }]);
      }
      const seats = await this.seating.seatedZoneCapacity(scope, zone.planId, zone.category, field);
      await this.repo.insertZone(scope, {
        id: zoneId,
        eventId,
        name: zone.name.trim(),
        kind: 'seated',
        position,
        capacity: seats,
        planId: zone.planId,
        category: zone.category,
      });
      await this.seating.createDateSeats(scope, { id: zoneId, planId: zone.planId, category: zone.category }, dateIds);
      return;
    }
    const capacity = zone.capacity;
    if (capacity === undefined) throw new ValidationFailedError([{ field: `${field}.capacity`, message: 'a general-admission zone needs a capacity' }]);
    await this.repo.insertZone(scope, {
      id: zoneId,
      eventId,
      name: zone.name.trim(),
      kind: 'general_admission',
      capacity,
      planId: null,
      category: null,
      position,
    });
    await this.repo.insertAvailability(
      scope,
      dateIds.map((dateId) => ({ dateId, zoneId, capacity, held: 0, sold: 0 })),
    );
  }

  private async insertPrice(scope: TenantScope, eventId: string, price: PriceRequest, position: number): Promise<void> {
    const priceId = randomUUID();
    await this.repo.insertPrice(scope, {
      id: priceId,
      eventId,
      name: price.name.trim(),
      kind: price.kind,
      visibility: price.visibility ?? 'public',
      dateIds: price.dateIds ?? null,
      zoneIds: price.zoneIds ?? null,
      position,
      salesStartAt: moment(price.salesStartAt),
      salesEndAt: moment(price.salesEndAt),
      attendeeFields: normalizedFields(price.attendeeFields),
    });
    if (price.kind !== 'free') await this.repo.replaceAmounts(scope, priceId, price.amounts ?? []);
  }
}
