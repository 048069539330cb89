/** One invalid field of a request, as reported in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A business or request error with a stable machine code. Modules throw subclasses of this;
 * exactly one filter turns it into an RFC 9457 problem+json response.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, code = 'NOT_FOUND') {
    super(code, 404, `${what} not found`);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], message = 'The request is not valid') {
    super('VALIDATION_FAILED', 400, message, errors);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this action') {
    super('FORBIDDEN', 403, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, extra?: Record<string, unknown>) {
    super(code, 409, message, undefined, extra);
  }
}
