import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, of } from 'rxjs';
import type { GuichetRequest } from '../../auth/access.decorators';
import { Clock } from '../../clock/clock';
import { AppConfig } from '../../config/app-config';
import { TenancyService } from '../../tenancy/tenancy.service';
import { DomainError } from '../problem';
import { IdempotencyProblems } from './idempotency.errors';
import {
  bodyFingerprint,
  IDEMPOTENCY_HEADER,
  idempotencyKeyOf,
  KEY_TTL_MS,
  keyRefused,
  REPLAYED_HEADER,
  STORED_HEADERS,
  WRITE_METHODS,
} from './idempotency-key';
import { Claim, IdempotencyRepository, KeyOwner } from './idempotency.repository';

type Request = FastifyRequest & GuichetRequest;

/**
 * `Idempotency-Key` on every write (ADR 0023). Runs after the AccessGuard, so it knows who calls
 * and in which ticketing: it takes the key before the route runs, or answers instead of the route —
 * the first answer again (`Idempotent-Replayed: true`), 422 for the key used with another request,
 * 409 while the first is still running. The answer is stored by `settle`, Fastify's `onSend` hook,
 * which sees what is really sent (status, headers, the problem the filter rendered).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly claims = new WeakMap<FastifyRequest, Claim>();

  constructor(
    private readonly keys: IdempotencyRepository,
    private readonly clock: Clock,
    private readonly tenancy: TenancyService,
    private readonly config: AppConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!WRITE_METHODS.has(request.method)) return next.handle();
    const key = idempotencyKeyOf(request.headers[IDEMPOTENCY_HEADER.toLowerCase()]);
    if (key === undefined) return next.handle();
    // Uploads are read from the stream by the route, after this runs: there is no body to compare.
    if (/^multipart\//i.test(request.headers['content-type'] ?? '')) throw keyRefused('is not taken with a multipart/form-data upload');
    const owner = await this.ownerOf(request);
    const now = this.clock.now();
    const outcome = await this.keys.claim(
      owner,
      key,
      { method: request.method, path: request.url, fingerprint: bodyFingerprint(request.body) },
      now,
      new Date(now.getTime() + KEY_TTL_MS),
      new Date(now.getTime() - this.config.IDEMPOTENCY_IN_FLIGHT_SECONDS * 1000),
    );
    switch (outcome.kind) {
      case 'claimed':
        this.claims.set(request, outcome.claim);
        return next.handle();
      case 'reused':
        throw new DomainError(IdempotencyProblems.IDEMPOTENCY_KEY_REUSED, `This ${IDEMPOTENCY_HEADER} was used with another request`);
      case 'in-flight':
        throw new DomainError(IdempotencyProblems.IDEMPOTENCY_KEY_IN_FLIGHT, `A request with this ${IDEMPOTENCY_HEADER} is still being processed`);
      case 'replay': {
        const reply = context.switchToHttp().getResponse<FastifyReply>();
        void reply.status(outcome.response.status).headers(outcome.response.headers).header(REPLAYED_HEADER, 'true');
        return of(outcome.response.body ?? undefined);
      }
    }
  }

  /**
   * Fastify's `onSend` hook: stores the answer of a request that took a key before it leaves, so a
   * retry after it arrives is a replay. A 5xx is not stored (the client may retry); nor is a
   * streamed answer, which is not kept.
   */
  async settle(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const claim = this.claims.get(request);
    if (!claim) return payload;
    this.claims.delete(request);
    try {
      const body = payload === null || payload === undefined ? null : typeof payload === 'string' ? Buffer.from(payload) : payload;
      if (reply.statusCode >= 500 || (body !== null && !Buffer.isBuffer(body))) {
        await this.keys.release(claim);
        return payload;
      }
      const headers: Record<string, string> = {};
      for (const name of STORED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await this.keys.complete(claim, { status: reply.statusCode, headers, body });
    } catch (error) {
      // The write is done: its answer still goes out. The key stays in flight and may be taken over once stale.
      this.logger.error({ err: error, key: claim.key }, 'could not store the answer of an idempotent request');
    }
    return payload;
  }

  /** Whose key: a user or device in the ticketing the guard admitted them to, or the shop of a slug. */
  private async ownerOf(request: Request): Promise<KeyOwner> {
    const { principal, scope } = request;
    if (principal && scope) return { scope, caller: `${principal.kind}:${principal.id}` };
    const slug = request.params?.slug;
    if (!principal && slug !== undefined) return { scope: (await this.tenancy.shopBySlug(slug)).scope, caller: 'shop' };
    throw keyRefused('is not taken by this operation (no caller and no ticketing to keep it for)');
  }
}
