import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, FieldError, HttpProblems, Problem } from './problem';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The registered code for a status the HTTP layer (Nest, Fastify, Node's parser) answers by itself. */
function codeForStatus(status: number): string {
  const byStatus: Record<number, Problem> = {
    400: HttpProblems.BAD_REQUEST,
    401: HttpProblems.UNAUTHENTICATED,
    403: HttpProblems.FORBIDDEN,
    404: HttpProblems.NOT_FOUND,
    405: HttpProblems.METHOD_NOT_ALLOWED,
    408: HttpProblems.REQUEST_TIMEOUT,
    413: HttpProblems.PAYLOAD_TOO_LARGE,
    414: HttpProblems.URI_TOO_LONG,
    415: HttpProblems.UNSUPPORTED_MEDIA_TYPE,
    429: HttpProblems.TOO_MANY_REQUESTS,
    431: HttpProblems.HEADERS_TOO_LARGE,
  };
  return (byStatus[status] ?? (status >= 500 ? HttpProblems.INTERNAL_ERROR : HttpProblems.REQUEST_FAILED)).code;
}

/** Fastify's own errors (bad JSON, wrong content type, body too large) carry a statusCode. */
function isFastifyError(e: unknown): e is { statusCode: number; code?: string; message: string } {
  return typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number';
}

/**
 * The one builder of problem bodies: the filter renders every error with it, and the HTTP
 * server's own answers to requests it cannot parse (see `client-error.ts`) use it too.
 */
export function toProblem(exception: unknown): ProblemBody {
  if (exception instanceof DomainError) {
    // Extension members first: they can never overwrite the standard ones (status, code…).
    return {
      ...(exception.extra ?? {}),
      type: `https://guichet.dev/problems/${exception.code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[exception.status] ?? 'Error',
      status: exception.status,
      code: exception.code,
      detail: exception.message,
      ...(exception.errors ? { errors: exception.errors } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // Fastify's JSON parser errors reach us wrapped by Nest as a plain 400.
    return statusProblem(status, exception.message, status === 400 && /JSON/.test(exception.message) ? HttpProblems.MALFORMED_BODY.code : undefined);
  }
  if (isFastifyError(exception) && exception.statusCode < 500) {
    const code =
      exception.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || exception.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? HttpProblems.MALFORMED_BODY.code
        : codeForStatus(exception.statusCode);
    return statusProblem(exception.statusCode, exception.message, code);
  }
  return statusProblem(500, 'An unexpected error occurred');
}

/** A problem that only has an HTTP status to go on: code and title come from the tables above. */
export function statusProblem(status: number, detail: string, code = codeForStatus(status)): ProblemBody {
  return {
    type: `https://guichet.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
  };
}

/** The one place where errors become RFC 9457 problem+json responses. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const body = toProblem(exception);
    body.instance = request?.url;
    if (body.status >= 500) this.logger.error({ err: exception, url: request?.url }, 'unhandled error');
    void reply.status(body.status).header('content-type', 'application/problem+json').send(body);
  }
}
