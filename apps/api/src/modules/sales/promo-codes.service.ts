import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { isUniqueViolation } from '../../platform/database/database';
import { money } from '../../platform/http/money.dto';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import { DomainError, NotFoundError, ValidationFailedError } from '../../platform/http/problem';
import { CodeRefusedError, PromoCodeUnavailableError, SalesProblems } from './sales.errors';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CreatePromoCodeRequest, PromoCodeResponse, PromoCodeScope, UpdatePromoCodeRequest } from './dto/promo-code.dto';
import { PromoCode } from './entities/promo-code.entity';
import { PromoCodesRepository } from './promo-codes.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** CAT-9: the organizer's promo codes, and whether one can be used right now. */
@Injectable()
export class PromoCodes {
  constructor(
    private readonly repo: PromoCodesRepository,
    private readonly clock: Clock,
  ) {}

  async create(scope: TenantScope, input: CreatePromoCodeRequest): Promise<PromoCodeResponse> {
    if (input.kind === 'percentage' && (input.percent === undefined || input.amount)) {
      throw new ValidationFailedError([{ field: 'percent', message: 'a percentage code takes a percent (and no amount)' }]);
    }
    if (input.kind === 'fixed_amount' && (!input.amount || input.amount.amount <= 0 || input.percent !== undefined)) {
      throw new ValidationFailedError([{ field: 'amount', message: 'a fixed-amount code takes an amount greater than 0 (and no percent)' }]);
    }
    const id = randomUUID();
    try {
      await this.repo.insert(scope, {
        id,
        code: input.code.toUpperCase(),
        kind: input.kind,
        percent: input.kind === 'percentage' ? input.percent! : null,
        amount: input.kind === 'fixed_amount' ? input.amount!.amount : null,
        currency: input.kind === 'fixed_amount' ? input.amount!.currency : null,
        ...this.window(input),
        usageLimit: input.usageLimit ?? null,
        usedCount: 0,
        eventIds: input.eventIds ?? null,
        priceIds: input.priceIds ?? null,
        active: true,
        createdAt: this.clock.now(),
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(SalesProblems.PROMO_CODE_EXISTS, `The code ${input.code.toUpperCase()} already exists`);
      throw error;
    }
    return this.get(scope, id);
  }

  async update(scope: TenantScope, id: string, input: UpdatePromoCodeRequest): Promise<PromoCodeResponse> {
    const current = await this.require(scope, id);
    const window = this.window({
      validFrom: input.validFrom === undefined ? iso(current.validFrom) : input.validFrom,
      validUntil: input.validUntil === undefined ? iso(current.validUntil) : input.validUntil,
    });
    if (input.usageLimit != null && input.usageLimit < current.usedCount) {
      throw new ValidationFailedError([{ field: 'usageLimit', message: `already used ${current.usedCount} times` }]);
    }
    await this.repo.update(scope, id, {
      ...window,
      ...(input.usageLimit !== undefined ? { usageLimit: input.usageLimit } : {}),
      ...(input.eventIds !== undefined ? { eventIds: input.eventIds } : {}),
      ...(input.priceIds !== undefined ? { priceIds: input.priceIds } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    });
    return this.get(scope, id);
  }

  async get(scope: TenantScope, id: string): Promise<PromoCodeResponse> {
    return view(await this.require(scope, id));
  }

  async list(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<PromoCodeResponse>> {
    const limit = query.limit ?? 50;
    const page = pageOf(await this.repo.list(scope, decodeCursor(query.cursor), limit), limit, (p) => new Date(p.createdAt));
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }

  /** The code if a buyer may use it at `now`, else the reason it is refused. */
  async usable(scope: TenantScope, code: string, now: Date): Promise<PromoCode> {
    const promo = await this.repo.findByCode(scope, code);
    if (!promo || !promo.active) throw new CodeRefusedError(SalesProblems.PROMO_CODE_UNKNOWN, 'This promo code does not exist');
    if (promo.validFrom && promo.validFrom > now) throw new CodeRefusedError(SalesProblems.PROMO_CODE_NOT_YET_VALID, 'This promo code is not valid yet');
    if (promo.validUntil && promo.validUntil <= now) throw new CodeRefusedError(SalesProblems.PROMO_CODE_EXPIRED, 'This promo code has expired');
    if (promo.usageLimit !== null && promo.usedCount >= promo.usageLimit)
      throw new CodeRefusedError(SalesProblems.PROMO_CODE_USED_UP, 'This promo code has been used up');
    return promo;
  }

  /** Counts one use as part of the checkout's write; fails it with PROMO_CODE_UNAVAILABLE when no use is left. */
  consume(scope: TenantScope, promoId: string, at: Date): Promise<void> {
    return this.repo.consume(scope, promoId, at, { PROMO_CODE_UNAVAILABLE: () => new PromoCodeUnavailableError() });
  }

  /** Gives a use back (its order was cancelled whole), as part of the caller's write. */
  release(scope: TenantScope, code: string): Promise<void> {
    return this.repo.release(scope, code);
  }

  private async require(scope: TenantScope, id: string): Promise<PromoCode> {
    const promo = await this.repo.findById(scope, id);
    if (!promo) throw new NotFoundError(SalesProblems.PROMO_CODE_NOT_FOUND, 'Promo code');
    return promo;
  }

  private window(input: Pick<PromoCodeScope, 'validFrom' | 'validUntil'>): { validFrom: Date | null; validUntil: Date | null } {
    const validFrom = input.validFrom ? new Date(input.validFrom) : null;
    const validUntil = input.validUntil ? new Date(input.validUntil) : null;
    if (validFrom && validUntil && validUntil <= validFrom) throw new ValidationFailedError([{ field: 'validUntil', message: 'must be after validFrom' }]);
    return { validFrom, validUntil };
  }
}

function view(p: PromoCode): PromoCodeResponse {
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    percent: p.percent,
    amount: p.amount !== null && p.currency ? money(p.amount, p.currency) : null,
    validFrom: iso(p.validFrom),
    validUntil: iso(p.validUntil),
    usageLimit: p.usageLimit,
    usedCount: p.usedCount,
    eventIds: p.eventIds,
    priceIds: p.priceIds,
    active: p.active,
    createdAt: new Date(p.createdAt).toISOString(),
  };
}
