import { formatDateTime } from '../../platform/documents/format';
import { DomainError, declareProblems, NotFoundError, Problem } from '../../platform/http/problem';

/** Every problem the catalog answers (events, dates, zones, prices, seating plans, capacity). */
export const CatalogProblems = declareProblems('catalog', {
  EVENT_NOT_FOUND: { status: 404, summary: 'No such event in this ticketing (or not published, in the shop)' },
  EVENT_IMAGE_NOT_FOUND: { status: 404, summary: 'This event has no image' },
  DATE_NOT_FOUND: { status: 404, summary: 'No such date of this event' },
  ZONE_NOT_FOUND: { status: 404, summary: 'No such zone of this event' },
  PRICE_NOT_FOUND: { status: 404, summary: 'No such price of this event' },
  SEATING_PLAN_NOT_FOUND: { status: 404, summary: 'No such seating plan in this ticketing' },
  CAPACITY_EXCEEDED: { status: 409, summary: 'Not enough places left in a zone on a date; `remaining` says how many' },
  SEATS_TAKEN: { status: 409, summary: 'Chosen seats were taken meanwhile; `takenSeatIds` names them' },
  SEATS_NOT_BLOCKABLE: { status: 409, summary: 'Held or sold seats cannot be blocked; `seatIds` names them' },
  NO_ADJACENT_SEATS: { status: 409, summary: 'Not enough free seats side by side in the zone' },
  CAPACITY_BELOW_TAKEN: { status: 409, summary: 'A capacity cannot be lower than the places already sold or held' },
  SINGLE_DATE_EVENT: { status: 409, summary: 'A single-date event has exactly one date' },
  TOO_MANY_DATES_FOR_SINGLE: { status: 409, summary: 'Only an event with at most one date can become single-date' },
  SEATED_ZONE_CAPACITY: { status: 409, summary: 'A seated zone has as many places as its plan has seats' },
  PLAN_IN_USE: { status: 409, summary: 'A plan used by an event keeps its layout; duplicate it to change it' },
  EVENT_NOT_PUBLISHABLE: { status: 422, summary: 'An event needs a scheduled date, a zone and a price to be published; `missing` names what is missing' },
  SALES_NOT_OPEN_YET: { status: 422, summary: 'This event or price is not on sale yet; `salesStartAt` says when it will be, `errors` names the item' },
  SALES_CLOSED: { status: 422, summary: 'Sales of this event or price are closed; `salesEndAt` says since when, `errors` names the item' },
  SALE_LINE_INVALID: { status: 422, summary: 'This date, zone and price are not on sale together' },
  PRICE_RESERVED_TO_PASSES: { status: 422, summary: 'This price is reserved to pass holders' },
  PAY_WHAT_YOU_WANT_NOT_ALLOWED: { status: 422, summary: 'No pay-what-you-want price for an event subject to the Lausanne entertainment tax' },
  PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW: { status: 422, summary: 'The minimum of a pay-what-you-want price must be more than 2.00' },
  PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW: { status: 422, summary: 'The amount chosen is below the price’s minimum' },
});

export class EventNotFoundError extends NotFoundError {
  constructor() {
    super(CatalogProblems.EVENT_NOT_FOUND, 'Event');
  }
}

const MISSING_WORDS: Record<string, string> = { dates: 'a scheduled date', zones: 'a zone', prices: 'a price' };

/** Publishing an event that could not sell anything yet: names what it lacks. */
export class EventNotPublishableError extends DomainError {
  constructor(missing: ('dates' | 'zones' | 'prices')[]) {
    super(
      CatalogProblems.EVENT_NOT_PUBLISHABLE,
      `Add ${missing.map((m) => MISSING_WORDS[m]).join(', ')} before publishing this event`,
      missing.map((field) => ({ field, message: `add ${MISSING_WORDS[field]} before publishing` })),
      { missing },
    );
  }
}

/** A cart item whose event or price is not on sale yet. */
export class SalesNotOpenYetError extends DomainError {
  constructor(field: string, salesStartAt: Date) {
    super(
      CatalogProblems.SALES_NOT_OPEN_YET,
      `On sale from ${salesStartAt.toISOString()}`,
      [{ field, message: `en vente dès le ${formatDateTime(salesStartAt)}` }],
      {
        salesStartAt: salesStartAt.toISOString(),
      },
    );
  }
}

/** A cart item whose event or price is no longer on sale. */
export class SalesClosedError extends DomainError {
  constructor(field: string, salesEndAt: Date) {
    super(
      CatalogProblems.SALES_CLOSED,
      `Sales closed at ${salesEndAt.toISOString()}`,
      [{ field, message: `vente terminée depuis le ${formatDateTime(salesEndAt)}` }],
      {
        salesEndAt: salesEndAt.toISOString(),
      },
    );
  }
}

/** Not enough places left in a zone on a date; nothing was held. */
export class CapacityExceededError extends DomainError {
  constructor(dateId: string, zoneId: string, remaining: number) {
    super(CatalogProblems.CAPACITY_EXCEEDED, `Only ${remaining} place(s) left in this zone`, undefined, { dateId, zoneId, remaining });
  }
}

/** Seats that someone else holds or bought meanwhile; nothing was held. */
export class SeatsTakenError extends DomainError {
  constructor(dateId: string, zoneId: string, seatIds: string[]) {
    super(CatalogProblems.SEATS_TAKEN, 'One or more of these seats are no longer free', undefined, { dateId, zoneId, takenSeatIds: seatIds });
  }
}

/** Seats someone holds or bought: they cannot be blocked for this date; nothing was blocked. */
export class SeatsNotBlockableError extends DomainError {
  constructor(dateId: string, seatIds: string[]) {
    super(CatalogProblems.SEATS_NOT_BLOCKABLE, 'Held or sold seats cannot be blocked', undefined, { dateId, seatIds });
  }
}

export class NoAdjacentSeatsError extends DomainError {
  constructor(field: string, count: number) {
    super(CatalogProblems.NO_ADJACENT_SEATS, `No ${count} seats side by side are free in this zone`, [{ field, message: 'not enough adjacent free seats' }]);
  }
}

/** A cart line whose date, zone and price do not belong together (or to this shop). */
export class SaleLineInvalidError extends DomainError {
  constructor(field: string, message: string, problem: Problem = CatalogProblems.SALE_LINE_INVALID) {
    super(problem, message, [{ field, message }]);
  }
}

export class CapacityBelowTakenError extends DomainError {
  constructor(taken: number) {
    super(CatalogProblems.CAPACITY_BELOW_TAKEN, `The capacity cannot be lower than the ${taken} place(s) already sold or held`, undefined, { taken });
  }
}

/** How deep best available looks for side-by-side seats: among the best 200 free seats, then 5,000, then all. */
const SEARCH_DEPTHS = [200, 5000, 100_000];
export const FIRST_SEARCH_DEPTH = SEARCH_DEPTHS[0];

/**
 * A best-available hold found no run of side-by-side seats among the best `depth` free seats of
 * its zone; the write was rolled back. Whoever composed it may try again deeper (`deeper`), or
 * tell the buyer (`NoAdjacentSeatsError`) once the whole zone was searched.
 */
export class NoAdjacentSeatsFailure extends Error {
  constructor(
    readonly dateId: string,
    readonly zoneId: string,
    readonly depth: number,
  ) {
    super(`no adjacent seats among the best ${depth} of zone ${zoneId} on ${dateId}`);
  }

  /** The next window to search, or null when the whole zone was searched. */
  get deeper(): number | null {
    return SEARCH_DEPTHS.find((d) => d > this.depth) ?? null;
  }
}
