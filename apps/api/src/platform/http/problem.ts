/** One invalid field of a request, as reported in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/** A registered problem: its stable machine code and the one HTTP status it always has. */
export interface Problem<C extends string = string> {
  readonly code: C;
  readonly status: number;
  /** What it means, for the contract's description of the code. */
  readonly summary: string;
  /** Who declared it (`http`, `tenancy`, a module's name). */
  readonly area: string;
  /** Any operation may answer it (a server error, a body too large): documented once, not per operation. */
  readonly everywhere: boolean;
}

interface ProblemSpec {
  status: number;
  summary: string;
  everywhere?: boolean;
}

const registry = new Map<string, Problem>();

/**
 * Declares an area's problem codes, in one place per area (`<module>.errors.ts`). A code is declared
 * once with one status, so `VALIDATION_FAILED` cannot be a 400 here and a 422 there; the contract
 * lists every declared code (`ProblemCode`) and, per operation, the ones it can answer.
 */
export function declareProblems<const T extends Record<string, ProblemSpec>>(area: string, specs: T): { readonly [K in keyof T & string]: Problem<K> } {
  const declared: Record<string, Problem> = {};
  for (const [code, spec] of Object.entries(specs)) {
    const existing = registry.get(code);
    if (existing && existing.area !== area) throw new Error(`problem code ${code} is declared by ${existing.area} and ${area}`);
    const problem: Problem = { code, status: spec.status, summary: spec.summary, area, everywhere: spec.everywhere ?? false };
    registry.set(code, problem);
    declared[code] = problem;
  }
  return declared as { readonly [K in keyof T & string]: Problem<K> };
}

/** Every declared problem, sorted by code (for the contract). */
export function declaredProblems(): Problem[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function problemByCode(code: string): Problem | undefined {
  return registry.get(code);
}

/** What any HTTP operation can meet, before any business rule. */
export const HttpProblems = declareProblems('http', {
  VALIDATION_FAILED: { status: 400, summary: 'A field of the request is not valid; `errors` names each one' },
  MALFORMED_BODY: { status: 400, summary: 'The body is not valid JSON' },
  BAD_REQUEST: { status: 400, summary: 'The request could not be understood', everywhere: true },
  UNAUTHENTICATED: { status: 401, summary: 'A valid bearer token is required' },
  FORBIDDEN: { status: 403, summary: 'Your role does not allow this action' },
  NOT_FOUND: { status: 404, summary: 'No such route', everywhere: true },
  METHOD_NOT_ALLOWED: { status: 405, summary: 'This route does not take this method', everywhere: true },
  REQUEST_TIMEOUT: { status: 408, summary: 'The request was not received in time', everywhere: true },
  PAYLOAD_TOO_LARGE: { status: 413, summary: 'The body is too large', everywhere: true },
  URI_TOO_LONG: { status: 414, summary: 'The URL (or a path parameter) is too long', everywhere: true },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, summary: 'The body must be JSON', everywhere: true },
  TOO_MANY_REQUESTS: { status: 429, summary: 'Too many requests; retry later', everywhere: true },
  HEADERS_TOO_LARGE: { status: 431, summary: 'The request headers are too large', everywhere: true },
  REQUEST_FAILED: { status: 400, summary: 'The request was refused by the HTTP layer', everywhere: true },
  INTERNAL_ERROR: { status: 500, summary: 'An unexpected error; logged with the correlation id', everywhere: true },
  NOT_READY: { status: 503, summary: 'A dependency (PostgreSQL, Redis) is not reachable' },
});

/**
 * A business or request error with a registered code. Modules throw these (or subclasses); exactly
 * one filter turns them into RFC 9457 problem+json responses.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(
    readonly problem: Problem,
    message: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.code = problem.code;
    this.status = problem.status;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], message = 'The request is not valid') {
    super(HttpProblems.VALIDATION_FAILED, message, errors);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super(HttpProblems.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this action') {
    super(HttpProblems.FORBIDDEN, message);
  }
}

/** Something named in the path does not exist in this ticketing (or belongs to another one). */
export class NotFoundError extends DomainError {
  constructor(problem: Problem, what: string) {
    super(problem, `${what} not found`);
  }
}
