import { DomainError, declareProblems, FieldError, NotFoundError } from '../../platform/http/problem';

/** Every problem control answers (profiles, device login, devices, scan selection). */
export const ControlProblems = declareProblems('control', {
  CONTROL_PROFILE_NOT_FOUND: { status: 404, summary: 'No such control profile in this ticketing' },
  CONTROL_DEVICE_NOT_FOUND: { status: 404, summary: 'No such control device in this ticketing' },
  CONTROL_PROFILE_INVALID: { status: 422, summary: 'A date or zone named is not one of this ticketing’s; `errors` names the field (`dateIds`, `zoneIds`)' },
  SCAN_SELECTION_INVALID: {
    status: 422,
    summary:
      'The dates, zones, mode or direction chosen do not fit the device: outside its profile or ticketing, another mode than its profile’s, or a direction outside entry/exit mode; `errors` names the field',
  },
  CONTROL_LOGIN_CODE_INVALID: { status: 401, summary: 'No device may log in with this code (mistyped, or rotated away)' },
  CONTROL_LOGIN_CODE_SPENT: { status: 410, summary: 'This profile code was already used or has expired: generate a new one' },
  QUICK_CANCELLATION_CODE_UNKNOWN: {
    status: 422,
    summary: 'The code scanned names no ticket of this ticketing (unknown, forged or mistyped); `errors` names `code`',
  },
  TICKET_ALREADY_SCANNED: { status: 409, summary: 'This ticket was already scanned in: it was not unsold, cancel it from its order' },
  TICKET_SOLD: { status: 409, summary: 'This ticket’s order was paid with money: cancel it from its order (and refund it there)' },
  SCAN_NOT_FOUND: { status: 404, summary: 'No such scan in this ticketing' },
  DOOR_SUPERVISOR_ONLY: { status: 403, summary: 'Only a supervisor device may do this (override a refusal, annul another device’s scan)' },
  SCAN_NOT_ANNULLABLE: {
    status: 409,
    summary: 'This scan cannot be annulled: it was not an accepted one, it is already annulled, or the ticket was scanned again since',
  },
  SCAN_TOO_OLD: { status: 409, summary: 'This scan is more than 15 minutes old: change the ticket’s scan state from its order instead' },
  SCAN_NOT_OVERRIDABLE: {
    status: 409,
    summary:
      'This scan cannot be overridden: it was not a refused entry a supervisor may admit (forged, unknown, cancelled, blacklisted and replaced tickets never enter), it is already overridden, or the ticket is no longer valid',
  },
});

export class ControlProfileNotFoundError extends NotFoundError {
  constructor() {
    super(ControlProblems.CONTROL_PROFILE_NOT_FOUND, 'Control profile');
  }
}

export class ControlDeviceNotFoundError extends NotFoundError {
  constructor() {
    super(ControlProblems.CONTROL_DEVICE_NOT_FOUND, 'Control device');
  }
}

export class ControlProfileInvalidError extends DomainError {
  constructor(errors: FieldError[]) {
    super(ControlProblems.CONTROL_PROFILE_INVALID, 'The profile names dates or zones that are not of this ticketing', errors);
  }
}

export class ScanSelectionInvalidError extends DomainError {
  constructor(errors: FieldError[]) {
    super(ControlProblems.SCAN_SELECTION_INVALID, 'This selection does not fit the device', errors);
  }
}

export class LoginCodeInvalidError extends DomainError {
  constructor() {
    super(ControlProblems.CONTROL_LOGIN_CODE_INVALID, 'No device may log in with this code');
  }
}

export class LoginCodeSpentError extends DomainError {
  constructor() {
    super(ControlProblems.CONTROL_LOGIN_CODE_SPENT, 'This code was already used or has expired');
  }
}

export class ScanNotFoundError extends NotFoundError {
  constructor() {
    super(ControlProblems.SCAN_NOT_FOUND, 'Scan');
  }
}

export class DoorSupervisorOnlyError extends DomainError {
  constructor() {
    super(ControlProblems.DOOR_SUPERVISOR_ONLY, 'Only a supervisor device may do this');
  }
}

export class ScanNotAnnullableError extends DomainError {
  constructor(message: string) {
    super(ControlProblems.SCAN_NOT_ANNULLABLE, message);
  }
}

export class ScanTooOldError extends DomainError {
  constructor() {
    super(ControlProblems.SCAN_TOO_OLD, 'This scan is too old to be undone at the door');
  }
}

export class ScanNotOverridableError extends DomainError {
  constructor(message: string) {
    super(ControlProblems.SCAN_NOT_OVERRIDABLE, message);
  }
}

export class QuickCancellationCodeUnknownError extends DomainError {
  constructor() {
    super(ControlProblems.QUICK_CANCELLATION_CODE_UNKNOWN, 'This code names no ticket of this ticketing', [
      { field: 'code', message: 'no ticket has this code' },
    ]);
  }
}

export class TicketAlreadyScannedError extends DomainError {
  constructor() {
    super(ControlProblems.TICKET_ALREADY_SCANNED, 'This ticket was already scanned in');
  }
}

export class TicketSoldError extends DomainError {
  constructor() {
    super(ControlProblems.TICKET_SOLD, 'This ticket was paid for: cancel it from its order');
  }
}
