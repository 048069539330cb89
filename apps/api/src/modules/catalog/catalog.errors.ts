import { ConflictError, DomainError, NotFoundError } from '../../platform/http/problem';

export class EventNotFoundError extends NotFoundError {
  constructor(what = 'Event', code = 'EVENT_NOT_FOUND') {
    super(what, code);
  }
}

/** Not enough places left in a zone on a date; nothing was held. */
export class CapacityExceededError extends ConflictError {
  constructor(dateId: string, zoneId: string, remaining: number) {
    super('CAPACITY_EXCEEDED', `Only ${remaining} place(s) left in this zone`, { dateId, zoneId, remaining });
  }
}

/** A cart line whose date, zone and price do not belong together (or to this shop). */
export class SaleLineInvalidError extends DomainError {
  constructor(field: string, message: string, code = 'SALE_LINE_INVALID') {
    super(code, 422, message, [{ field, message }]);
  }
}

export class SingleDateEventError extends ConflictError {
  constructor() {
    super('SINGLE_DATE_EVENT', 'A single-date event has exactly one date; make it a multi-date event first (updateEvent with kind: multi)');
  }
}

export class CapacityBelowTakenError extends ConflictError {
  constructor(taken: number) {
    super('CAPACITY_BELOW_TAKEN', `The capacity cannot be lower than the ${taken} place(s) already sold or held`, { taken });
  }
}
