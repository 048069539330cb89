import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import multipart from '@fastify/multipart';
import { ApiModule } from './api.module';
import { MAX_IMAGE_BYTES } from './platform/images/images';
import { documentProblems, ProblemDto } from './platform/http/api-problems';
import { answerClientError } from './platform/http/client-error';
import { IdempotencyInterceptor } from './platform/http/idempotency/idempotency.interceptor';
import { ValidationFailedError } from './platform/http/problem';
import { unstorableRequestFields } from './platform/http/storable-text';
import { TenancyProblems } from './platform/tenancy/tenancy.errors';
import { createValidationPipe } from './platform/http/validation';

export const API_PREFIX = 'api/v1';

export interface CreateAppOptions {
  /** Build the module graph without connecting anything (OpenAPI generation). */
  preview?: boolean;
  logger?: boolean;
}

const CORRELATION_HEADER = 'x-correlation-id';

/** What every Nest application of the API is created with (main and the test app alike). */
export const NEST_APP_OPTIONS = {
  // A payment provider signs the exact bytes it posts: its outcome route reads them (`rawBody`).
  rawBody: true,
} as const;

export function createAdapter(): FastifyAdapter {
  // The request id is the correlation id: taken from the caller when sane, else a new UUID; every
  // log line of the request carries it and the response echoes it.
  const adapter = new FastifyAdapter({
    // Seating plans of tens of thousands of seats are the largest bodies (~3 MB for 30,000 seats).
    bodyLimit: 8 * 1024 * 1024,
    trustProxy: true,
    requestIdHeader: CORRELATION_HEADER,
    genReqId: () => randomUUID(),
    // The router refuses a malformed URL (400) or an over-long path parameter (414) before any
    // route exists; Nest's default hands those to Fastify's built-in error handler (plain JSON).
    // The app's error handler is Nest's exception layer, i.e. the ProblemFilter. (Nest's default
    // also runs the hook of `useSecurityHeaders()`/`enableCsrfProtection()` there: not enabled here.)
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => request.server.errorHandler(error, request, reply),
    clientErrorHandler: answerClientError,
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    if (!/^[\w.-]{1,100}$/.test(request.id)) request.id = randomUUID();
    void reply.header(CORRELATION_HEADER, request.id);
    done();
  });
  // Strings PostgreSQL `text` cannot hold are a 400 here, before any guard, pipe or query sees them;
  // the error goes through Nest's exception layer to the ProblemFilter like any other.
  adapter.getInstance().addHook('preValidation', (request, _reply, done) => {
    const errors = request.is404 ? [] : unstorableRequestFields(request);
    done(errors.length > 0 ? new ValidationFailedError(errors) : undefined);
  });
  // Image uploads (event images, shop logos) are multipart/form-data, read file by file by the
  // route that expects one (`Images.readUpload`); nothing is buffered before the route decides.
  void adapter.register(multipart as never, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 0, parts: 2 } });
  // Integrators may send problem+json or merge-patch+json bodies; parse them as JSON, not 415.
  adapter.getInstance().addContentTypeParser(['application/problem+json', 'application/merge-patch+json'], { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      (err as { statusCode?: number }).statusCode = 400;
      done(err as Error, undefined);
    }
  });
  return adapter;
}

/** Prefix, validation and shutdown hooks: shared by the real app and the tests' app. */
export function configureApp(app: NestFastifyApplication): NestFastifyApplication {
  app.setGlobalPrefix(API_PREFIX);
  // The answer of a write that took an Idempotency-Key is stored as it leaves (ADR 0023); resolved
  // on the first request, as the OpenAPI preview builds no providers.
  let idempotency: IdempotencyInterceptor | undefined;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload) => {
      idempotency ??= app.get(IdempotencyInterceptor);
      return idempotency!.settle(request, reply, payload);
    });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  return app;
}

/** The one place the HTTP app is assembled: used by main.ts and the OpenAPI script. */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, createAdapter(), {
    preview: options.preview,
    ...NEST_APP_OPTIONS,
    logger: options.logger === false ? false : undefined,
    bufferLogs: options.logger !== false,
  });
  if (options.logger !== false && !options.preview) app.useLogger(app.get(Logger));
  return configureApp(app);
}

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Guichet API')
    .setDescription(
      'REST API of Guichet, the open-source ticketing platform. Backoffice resources live under ' +
        '`/ticketings/{ticketingId}`, the public shop under `/shop/{slug}`, scanners under `/control`. ' +
        'Errors are RFC 9457 `application/problem+json` with a stable `code`. Money is integer minor units with a currency.',
    )
    .setVersion('1')
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addBearerAuth()
    // A shop's customer sessions (ADR 0029): an opaque token from logInCustomer, for that shop's `/account` routes only.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'Customer session token of one shop (logInCustomer)' }, 'customer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto],
    operationIdFactory: (_controller, method) => method,
  });
  return documentProblems(document, TenancyProblems.TICKETING_NOT_FOUND);
}
