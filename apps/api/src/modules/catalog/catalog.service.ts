import type { AttendeeField } from './attendee-fields';
import { Injectable } from '@nestjs/common';
import { money, MoneyProblems } from '../../platform/http/money.dto';
import { Page } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import {
  CapacityExceededError,
  CatalogProblems,
  EventNotFoundError,
  FIRST_SEARCH_DEPTH,
  SaleLineInvalidError,
  SalesClosedError,
  SalesNotOpenYetError,
} from './catalog.errors';
import { effectiveWindow, salesStatus } from './sales-window';
import { EventImages, eventImageUrls, EventImageVariant } from './event-images.service';
import { CapacityChange, CatalogRepository, DoorDate, EventSummaryRow, SaleLineRow } from './catalog.repository';
import { CreateEventRequest, PriceRequest, ZoneRequest } from './dto/create-event.dto';
import { EventListWhen, EventResponse, EventSummaryResponse } from './dto/event.dto';
import { decodeEventCursor, encodeEventCursor } from './event-order';
import { AddDatesRequest, SetCapacityRequest, UpdateDateRequest, UpdateEventRequest, UpdatePriceRequest, UpdateZoneRequest } from './dto/update-event.dto';
import { DuplicateEventRequest, DuplicateEventResponse } from './dto/duplicate-event.dto';
import { EventDuplication } from './event-duplication.service';
import { EventEditor } from './event-editor.service';
import { Seating } from './seating.service';
import type { HeldSeat, SeatRef } from './seating.repository';
import {
  BlockSeatsRequest,
  DateSeatMapResponse,
  ReleaseSeatsRequest,
  SeatingPlanRequest,
  SeatingPlanResponse,
  SeatingPlanSummaryResponse,
} from './dto/seating-plan.dto';
import { Clock } from '../../platform/clock/clock';
import { RecentCache } from '../../platform/cache/recent-cache';

/** A sellable line in one currency: `amount` is the price (fixed), the minimum (pay what you want) or 0 (free). */
export type SaleLine = Omit<SaleLineRow, 'amount' | 'visibility'> & { amount: number; currency: string };
export type { CapacityChange, DoorDate };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Catalog façade: events, dates, zones, prices, and the capacity every sale draws on. */
@Injectable()
export class CatalogService {
  /** Resolved sale lines (names, amounts, on-sale state): thousands of carts ask for the same ones during an on-sale. */
  private readonly saleLineCache = new RecentCache<SaleLineRow[]>();

  constructor(
    private readonly repo: CatalogRepository,
    private readonly editor: EventEditor,
    private readonly duplication: EventDuplication,
    private readonly seating: Seating,
    private readonly images: EventImages,
    private readonly clock: Clock,
  ) {}

  /** Of these ids, the ones that are not dates of this ticketing (another ticketing's, or none). */
  async foreignDateIds(scope: TenantScope, ids: string[]): Promise<string[]> {
    const known = new Set(ids.length ? await this.repo.existingIds(scope, 'event_dates', ids) : []);
    return ids.filter((id) => !known.has(id));
  }

  /** Of these ids, the ones that are not zones of this ticketing. */
  async foreignZoneIds(scope: TenantScope, ids: string[]): Promise<string[]> {
    const known = new Set(ids.length ? await this.repo.existingIds(scope, 'zones', ids) : []);
    return ids.filter((id) => !known.has(id));
  }

  /** Control: the scheduled dates a door may scan (these, or all), each with its event and zones. */
  doorDates(scope: TenantScope, dateIds: string[] | null): Promise<DoorDate[]> {
    return this.repo.doorDates(scope, dateIds);
  }

  createSeatingPlan(scope: TenantScope, input: SeatingPlanRequest): Promise<SeatingPlanResponse> {
    return this.seating.createPlan(scope, input);
  }

  replaceSeatingPlan(scope: TenantScope, planId: string, input: SeatingPlanRequest): Promise<SeatingPlanResponse> {
    return this.seating.replacePlan(scope, planId, input);
  }

  getSeatingPlan(scope: TenantScope, planId: string): Promise<SeatingPlanResponse> {
    return this.seating.getPlan(scope, planId);
  }

  listSeatingPlans(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<SeatingPlanSummaryResponse>> {
    return this.seating.listPlans(scope, query);
  }

  /** The seats of an event's seated zones on one date (published events only when `publishedOnly`). */
  async seatMap(scope: TenantScope, eventId: string, dateId: string, publishedOnly = false): Promise<DateSeatMapResponse> {
    const event = await this.repo.findEvent(scope, eventId);
    if (!event || (publishedOnly && event.status !== 'published')) throw new EventNotFoundError();
    return this.seating.seatMap(scope, eventId, dateId, this.clock.now(), publishedOnly);
  }

  /** Blocks seats of one date (house seats, press) — never a seat someone holds or bought. */
  blockDateSeats(scope: TenantScope, eventId: string, dateId: string, input: BlockSeatsRequest): Promise<DateSeatMapResponse> {
    return this.seating.blockSeats(scope, eventId, dateId, input);
  }

  /** Puts blocked seats of one date back on sale. */
  releaseDateSeats(scope: TenantScope, eventId: string, dateId: string, input: ReleaseSeatsRequest): Promise<DateSeatMapResponse> {
    return this.seating.releaseSeats(scope, eventId, dateId, input);
  }

  /**
   * Holds the best side-by-side free seats of a zone on a date for a cart, as part of the caller's
   * write, searching the best `depth` free seats; the write fails with `NoAdjacentSeatsFailure`
   * (which says how deep to look next) when there are none.
   */
  holdBestSeats(
    scope: TenantScope,
    hold: { dateId: string; zoneId: string; count: number; cartId: string; until: Date; depth?: number },
  ): Promise<{ get(): HeldSeat[] }> {
    return this.seating.holdBest(scope, { ...hold, depth: hold.depth ?? FIRST_SEARCH_DEPTH, now: this.clock.now() });
  }

  /** The seats a cart holds (or bought), with labels. */
  seatsOfCart(scope: TenantScope, cartId: string) {
    return this.seating.seatsOfCart(scope, cartId);
  }

  /** Holds chosen seats for a cart as part of the caller's write; fails it with SEATS_TAKEN if any is gone. */
  holdSeats(scope: TenantScope, hold: { dateId: string; zoneId: string; seatIds: string[]; cartId: string; until: Date }): Promise<void> {
    return this.seating.hold(scope, { ...hold, now: this.clock.now() });
  }

  sellSeats(scope: TenantScope, cartId: string, dateId: string, seatIds: string[]): Promise<void> {
    return this.seating.sell(scope, cartId, dateId, seatIds);
  }

  releaseSeats(scope: TenantScope, cartId: string): Promise<void> {
    return this.seating.release(scope, cartId);
  }

  /** Gives back some seats a cart holds on a date (tickets taken off it), as part of the caller's write. */
  releaseCartSeats(scope: TenantScope, cartId: string, dateId: string, seatIds: string[]): Promise<void> {
    return this.seating.releaseSome(scope, cartId, dateId, seatIds);
  }

  /** The free seats of these zones on a date now, best first, with their parts (`standard`: not a wheelchair or other special seat). */
  freeSeats(scope: TenantScope, dateId: string, zoneIds: string[]): Promise<(HeldSeat & { standard: boolean })[]> {
    return this.seating.freeSeats(scope, dateId, zoneIds);
  }

  /** ORD-5: the attendee fields each of these prices asks for (a price without any is absent). */
  async attendeeFields(scope: TenantScope, priceIds: string[]): Promise<Map<string, AttendeeField[]>> {
    if (!priceIds.length) return new Map();
    const rows = await this.repo.attendeeFieldsOf(scope, [...new Set(priceIds)]);
    return new Map(rows.filter((r) => r.attendeeFields?.length).map((r) => [r.id, r.attendeeFields]));
  }

  /** Seats by their parts (section, row, number) and printed label. */
  describeSeats(scope: TenantScope, seatIds: string[]): Promise<Map<string, SeatRef>> {
    return this.seating.describe(scope, seatIds);
  }

  /** Copies an event once or as a series, here or to another ticketing of the organizer. */
  async duplicateEvent(scope: TenantScope, userId: string, eventId: string, input: DuplicateEventRequest): Promise<DuplicateEventResponse> {
    const { target, eventIds } = await this.duplication.duplicate(scope, userId, eventId, input);
    const events = await this.repo.eventSummaries(target, eventIds, this.clock.now());
    return { ticketingId: target.ticketingId, events: events.map((e) => toSummary(target, e)) };
  }

  /** Creates an event with its dates, zones (capacity on every date) and prices. */
  async createEvent(scope: TenantScope, input: CreateEventRequest): Promise<EventResponse> {
    return this.getEvent(scope, await this.editor.createEvent(scope, input));
  }

  async updateEvent(scope: TenantScope, eventId: string, input: UpdateEventRequest): Promise<EventResponse> {
    await this.editor.updateEvent(scope, eventId, input);
    this.saleLineCache.forget(scope);
    return this.getEvent(scope, eventId);
  }

  async publishEvent(scope: TenantScope, eventId: string): Promise<EventResponse> {
    await this.editor.publish(scope, eventId);
    this.saleLineCache.forget(scope);
    return this.getEvent(scope, eventId);
  }

  async unpublishEvent(scope: TenantScope, eventId: string): Promise<EventResponse> {
    await this.editor.unpublish(scope, eventId);
    this.saleLineCache.forget(scope);
    return this.getEvent(scope, eventId);
  }

  /** Adds performances or timeslots; every zone gets its default capacity on them. */
  async addDates(scope: TenantScope, eventId: string, input: AddDatesRequest): Promise<EventResponse> {
    await this.editor.addDates(scope, eventId, input);
    return this.getEvent(scope, eventId);
  }

  async updateDate(scope: TenantScope, eventId: string, dateId: string, input: UpdateDateRequest): Promise<EventResponse> {
    await this.editor.updateDate(scope, eventId, dateId, input);
    this.saleLineCache.forget(scope);
    return this.getEvent(scope, eventId);
  }

  async addZone(scope: TenantScope, eventId: string, input: ZoneRequest): Promise<EventResponse> {
    await this.editor.addZone(scope, eventId, input);
    return this.getEvent(scope, eventId);
  }

  async updateZone(scope: TenantScope, eventId: string, zoneId: string, input: UpdateZoneRequest): Promise<EventResponse> {
    await this.editor.updateZone(scope, eventId, zoneId, input);
    return this.getEvent(scope, eventId);
  }

  async setCapacity(scope: TenantScope, eventId: string, dateId: string, zoneId: string, input: SetCapacityRequest): Promise<EventResponse> {
    await this.editor.setCapacity(scope, eventId, dateId, zoneId, input);
    return this.getEvent(scope, eventId);
  }

  async addPrice(scope: TenantScope, eventId: string, input: PriceRequest): Promise<EventResponse> {
    await this.editor.addPrice(scope, eventId, input);
    return this.getEvent(scope, eventId);
  }

  async updatePrice(scope: TenantScope, eventId: string, priceId: string, input: UpdatePriceRequest): Promise<EventResponse> {
    await this.editor.updatePrice(scope, eventId, priceId, input);
    this.saleLineCache.forget(scope);
    return this.getEvent(scope, eventId);
  }

  /**
   * By next date: events with a date to come (soonest first), then events without a date yet, then
   * past events (most recent first). For the shop (`shop`): published events with a date to come,
   * counting only those dates. `when` narrows the backoffice's list.
   */
  async listEvents(scope: TenantScope, query: { limit?: number; cursor?: string; when?: EventListWhen }, shop = false): Promise<Page<EventSummaryResponse>> {
    const limit = query.limit ?? 50;
    const after = decodeEventCursor(query.cursor);
    const now = after?.now ?? this.clock.now();
    const rows = await this.repo.listEvents(scope, { after, limit, shop, now, when: query.when ?? 'all' });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((e) => toSummary(scope, e)),
      nextCursor: rows.length > limit && last ? encodeEventCursor({ group: last.listGroup, key: last.listKey, id: last.id, now }) : null,
    };
  }

  /** The events named so (without case) or with this id, whole (dates, zones, prices, availability): what an import resolves its lines against. */
  async eventsNamed(scope: TenantScope, names: string[]): Promise<EventResponse[]> {
    const found = await this.repo.eventsNamed(scope, [...new Set(names)]);
    return Promise.all(found.map((e) => this.getEvent(scope, e.id)));
  }

  async getEvent(scope: TenantScope, eventId: string, publishedOnly = false): Promise<EventResponse> {
    const event = await this.repo.findEvent(scope, eventId);
    if (!event || (publishedOnly && event.status !== 'published')) throw new EventNotFoundError();
    const [dates, zones, prices] = await Promise.all([
      this.repo.datesOf(scope, eventId),
      this.repo.zonesOf(scope, eventId),
      this.repo.pricesOf(scope, eventId),
    ]);
    const [general, seated, amounts] = await Promise.all([
      this.repo.availabilityOf(
        scope,
        dates.map((d) => d.id),
      ),
      zones.some((z) => z.kind === 'seated')
        ? this.seating.seatedAvailability(
            scope,
            dates.map((d) => d.id),
            this.clock.now(),
          )
        : [],
      this.repo.amountsOf(
        scope,
        prices.map((p) => p.id),
      ),
    ]);
    const availability = [...general.map((a) => ({ ...a, blocked: 0 })), ...seated];
    return {
      id: event.id,
      name: event.name,
      description: event.description,
      venue: event.venue,
      venueAddress: event.venueAddress,
      image: eventImageUrls(`/api/v1/ticketings/${scope.ticketingId}/events/${event.id}`, event.imageHash),
      status: event.status,
      kind: event.kind,
      subjectToEntertainmentTax: event.subjectToEntertainmentTax,
      salesStartAt: iso(event.salesStartAt),
      salesEndAt: iso(event.salesEndAt),
      createdAt: event.createdAt.toISOString(),
      dates: dates.map((d) => ({
        id: d.id,
        startsAt: d.startsAt.toISOString(),
        endsAt: iso(d.endsAt),
        doorsAt: iso(d.doorsAt),
        status: d.status,
        availability: availability
          .filter((a) => a.dateId === d.id)
          .sort((a, b) => zones.findIndex((z) => z.id === a.zoneId) - zones.findIndex((z) => z.id === b.zoneId))
          .map((a) => ({
            zoneId: a.zoneId,
            capacity: a.capacity,
            sold: a.sold,
            held: a.held,
            blocked: a.blocked,
            remaining: Math.max(a.capacity - a.sold - a.held - a.blocked, 0),
          })),
      })),
      zones: zones.map((z) => ({ id: z.id, name: z.name, kind: z.kind, capacity: z.capacity, planId: z.planId, category: z.category })),
      prices: prices.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        visibility: p.visibility,
        amounts: amounts.filter((a) => a.priceId === p.id).map((a) => money(a.amount, a.currency)),
        dateIds: p.dateIds,
        zoneIds: p.zoneIds,
        position: p.position,
        salesStartAt: iso(p.salesStartAt),
        salesEndAt: iso(p.salesEndAt),
        attendeeFields: p.attendeeFields ?? [],
      })),
    };
  }

  /**
   * Resolves what a buyer asked for into sellable lines in one currency; refuses anything that is
   * not on sale to the public: unknown or mismatched ids, prices not for that date and zone,
   * pass-only prices, prices not sold in that currency, unpublished events, cancelled dates, events
   * or prices outside their sales window (checked against the Clock; the cache holds the windows,
   * never the decision).
   */
  async resolveSaleLines(
    scope: TenantScope,
    lines: { dateId: string; zoneId: string; priceId: string }[],
    currency: string,
    { salesWindows = true }: { salesWindows?: boolean } = {},
  ): Promise<SaleLine[]> {
    const rows = await this.saleLineRows(scope, lines, currency);
    const now = this.clock.now();
    return lines.map((l, i) => {
      const row = rows.find((r) => r.dateId === l.dateId && r.zoneId === l.zoneId && r.priceId === l.priceId);
      if (!row || row.eventStatus !== 'published') throw new SaleLineInvalidError(`items[${i}]`, 'this date, zone and price are not on sale together');
      if (row.dateStatus !== 'scheduled') throw new SaleLineInvalidError(`items[${i}].dateId`, 'this date is cancelled');
      if (row.visibility !== 'public')
        throw new SaleLineInvalidError(`items[${i}].priceId`, 'this price is reserved to pass holders', CatalogProblems.PRICE_RESERVED_TO_PASSES);
      if (row.priceKind !== 'free' && row.amount === null)
        throw new SaleLineInvalidError(`items[${i}].priceId`, `this price is not sold in ${currency}`, MoneyProblems.CURRENCY_NOT_OFFERED);
      if (salesWindows) assertOnSale(row, now, `items[${i}]`);
      return { ...row, amount: row.amount ?? 0, currency };
    });
  }

  /**
   * Checks again, at checkout, that the lines' events and prices are still on sale now (their windows,
   * against the Clock). Reads the sale lines through the same short cache as the cart did: no round
   * trip on the hot path, and an organizer's change is seen within a second (at once on this process).
   */
  async assertStillOnSale(scope: TenantScope, lines: { dateId: string; zoneId: string; priceId: string }[], currency: string): Promise<void> {
    const now = this.clock.now();
    const rows = await this.saleLineRows(scope, lines, currency);
    lines.forEach((l, i) => {
      const row = rows.find((r) => r.dateId === l.dateId && r.zoneId === l.zoneId && r.priceId === l.priceId);
      if (row) assertOnSale(row, now, `items[${i}]`);
    });
  }

  private saleLineRows(scope: TenantScope, lines: { dateId: string; zoneId: string; priceId: string }[], currency: string) {
    const key = `${currency}|${lines.map((l) => `${l.dateId}/${l.zoneId}/${l.priceId}`).join(',')}`;
    return this.saleLineCache.get(scope, key, () =>
      this.repo.saleLines(
        scope,
        lines.map((l) => ({ dateId: l.dateId, zoneId: l.zoneId, priceId: l.priceId })),
        currency,
      ),
    );
  }

  /**
   * What a ticket or an email says of its date beyond what the ticket kept when it was sold: the
   * venue's address and when the doors open, as the organizer says now.
   */
  async practicalInfo(scope: TenantScope, dateIds: string[]): Promise<Map<string, { eventId: string; venueAddress: string | null; doorsAt: Date | null }>> {
    const rows = await this.repo.practicalInfo(scope, [...new Set(dateIds)]);
    return new Map(rows.map((r) => [r.dateId, { eventId: r.eventId, venueAddress: r.venueAddress, doorsAt: r.doorsAt ? new Date(r.doorsAt) : null }]));
  }

  /** Sets an event's image (JPEG, PNG or WebP), cropped for the shop's card and the ticket. */
  async uploadEventImage(scope: TenantScope, eventId: string, data: Buffer): Promise<EventResponse> {
    await this.images.upload(scope, eventId, data);
    return this.getEvent(scope, eventId);
  }

  /** Reads the one image file of an upload request, once the event is known to exist (else 404 first). */
  async requireEventForUpload(scope: TenantScope, eventId: string): Promise<void> {
    if (!(await this.repo.findEvent(scope, eventId))) throw new EventNotFoundError();
  }

  async removeEventImage(scope: TenantScope, eventId: string): Promise<EventResponse> {
    await this.requireEventForUpload(scope, eventId);
    await this.images.remove(scope, eventId);
    return this.getEvent(scope, eventId);
  }

  /** A crop of an event's image (published events only when `publishedOnly`, for the shop). */
  eventImage(scope: TenantScope, eventId: string, variant: EventImageVariant, publishedOnly = false): Promise<{ data: Buffer; hash: string }> {
    return this.images.variant(scope, eventId, variant, publishedOnly);
  }

  /** The ticket crop of each event that has an image, for the tickets PDF. */
  ticketImages(scope: TenantScope, eventIds: string[]): Promise<Map<string, Buffer>> {
    return this.images.ticketImages(scope, eventIds);
  }

  /** Holds places as part of the caller's write (batch or transaction); all or nothing — else CAPACITY_EXCEEDED with what remains. */
  holdCapacity(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    return this.repo.hold(scope, changes, {
      CAPACITY_EXCEEDED: async (failure) => {
        const row = JSON.parse(failure.detail) as { dateId: string; zoneId: string };
        return new CapacityExceededError(row.dateId, row.zoneId, await this.repo.remaining(scope, row));
      },
    });
  }

  releaseHeldCapacity(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    return this.repo.releaseHeld(scope, changes);
  }

  /**
   * Places and seats of cancelled tickets go back on sale, as part of the caller's write: seats first,
   * the capacity rows last (the hot lock, held shortest).
   */
  async releaseSold(scope: TenantScope, released: { capacity: CapacityChange[]; seats: { dateId: string; seatIds: string[] }[] }): Promise<void> {
    for (const s of released.seats) await this.seating.releaseSold(scope, s.dateId, s.seatIds);
    await this.repo.releaseSold(scope, released.capacity);
  }

  /** Turns held places into sold ones; the last write of an order (shortest lock). */
  sellHeldCapacity(scope: TenantScope, changes: CapacityChange[]): Promise<void> {
    return this.repo.convertHeldToSold(scope, changes);
  }
}

/** Refuses a sale line outside the overlap of its event's and its price's sales windows. */
function assertOnSale(row: SaleLineRow, now: Date, field: string): void {
  const window = effectiveWindow(
    { startAt: row.eventSalesStartAt, endAt: row.eventSalesEndAt },
    { startAt: row.priceSalesStartAt, endAt: row.priceSalesEndAt },
  );
  const status = salesStatus(window, now);
  if (status === 'not_open_yet') throw new SalesNotOpenYetError(field, new Date(window.startAt!));
  if (status === 'closed') throw new SalesClosedError(field, new Date(window.endAt!));
}

function toSummary(scope: TenantScope, r: EventSummaryRow): EventSummaryResponse {
  return {
    id: r.id,
    name: r.name,
    venue: r.venue,
    status: r.status,
    kind: r.kind,
    nextStartsAt: iso(r.nextStartsAt),
    image: eventImageUrls(`/api/v1/ticketings/${scope.ticketingId}/events/${r.id}`, r.imageHash),
    salesStartAt: iso(r.salesStartAt),
    salesEndAt: iso(r.salesEndAt),
    firstStartsAt: iso(r.firstStartsAt),
    lastStartsAt: iso(r.lastStartsAt),
    dateCount: r.dateCount,
    capacity: r.capacity,
    sold: r.sold,
    held: r.held,
    blocked: r.blocked,
    remaining: Math.max(r.capacity - r.sold - r.held - r.blocked, 0),
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
