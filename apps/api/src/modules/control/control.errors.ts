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
