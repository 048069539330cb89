import { DomainError, declareProblems, FieldError, NotFoundError } from '../../platform/http/problem';

/** Every problem of the registration form (SHOP-3): its settings, the buyer's answers, the files. */
export const RegistrationProblems = declareProblems('registration', {
  REGISTRATION_FORM_INVALID: { status: 422, summary: 'The registration form is not valid; `errors` names each field (`customFields[0].options`)' },
  REGISTRATION_EMAIL_REQUIRED: {
    status: 422,
    summary: 'The email must stay visible and mandatory: orders and tickets are sent to it; `errors` names `standard.email`',
  },
  REGISTRATION_INVALID: {
    status: 422,
    summary: 'The buyer’s details do not fit the ticketing’s registration form; `errors` names each field (`customer.zip`, `customer.answers.<key>`)',
  },
  UPLOAD_FIELD_UNKNOWN: { status: 422, summary: 'The registration form has no file field with this key; `errors` names `field`' },
  UPLOAD_TYPE_NOT_ALLOWED: { status: 422, summary: 'The file’s content is not of a type this field accepts; `errors` names `file`' },
  UPLOAD_TOO_LARGE: { status: 413, summary: 'The file is larger than this field accepts; `errors` names `file`' },
  UPLOAD_NOT_FOUND: { status: 404, summary: 'No such uploaded file on this order' },
});

export class RegistrationFormInvalidError extends DomainError {
  constructor(errors: FieldError[]) {
    super(RegistrationProblems.REGISTRATION_FORM_INVALID, 'The registration form is not valid', errors);
  }
}

export class RegistrationEmailRequiredError extends DomainError {
  constructor() {
    super(RegistrationProblems.REGISTRATION_EMAIL_REQUIRED, 'The email must stay visible and mandatory', [
      { field: 'standard.email', message: 'must be required: orders are sent to it' },
    ]);
  }
}

export class RegistrationInvalidError extends DomainError {
  constructor(errors: FieldError[]) {
    super(RegistrationProblems.REGISTRATION_INVALID, 'The buyer’s details do not fit the registration form', errors);
  }
}

export class UploadFieldUnknownError extends DomainError {
  constructor(key: string) {
    super(RegistrationProblems.UPLOAD_FIELD_UNKNOWN, `The registration form has no file field "${key}"`, [
      { field: 'field', message: 'not a file field of this form' },
    ]);
  }
}

export class UploadTypeNotAllowedError extends DomainError {
  constructor(accept: string[]) {
    super(RegistrationProblems.UPLOAD_TYPE_NOT_ALLOWED, `The file is not one of: ${accept.join(', ')}`, [
      { field: 'file', message: `one of: ${accept.join(', ')}` },
    ]);
  }
}

export class UploadTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super(RegistrationProblems.UPLOAD_TOO_LARGE, `The file is larger than ${maxBytes} bytes`, [{ field: 'file', message: `at most ${maxBytes} bytes` }]);
  }
}

export class UploadNotFoundError extends NotFoundError {
  constructor() {
    super(RegistrationProblems.UPLOAD_NOT_FOUND, 'Uploaded file');
  }
}
