import { ConflictError, DomainError, NotFoundError } from '../../platform/http/problem';

export class EventNotFoundError extends NotFoundError {
  constructor() {
    super('Event', 'EVENT_NOT_FOUND');
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
  constructor(field: string, message: string) {
    super('SALE_LINE_INVALID', 422, message, [{ field, message }]);
  }
}
