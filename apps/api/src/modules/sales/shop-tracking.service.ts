import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ShopDocumentHeadResponse, ShopTrackingResponse, UpdateShopTrackingRequest } from './dto/shop-tracking.dto';
import { contentSecurityPolicy, cspSourceErrors, withNonce } from './shop-csp';
import { ShopTrackingRepository } from './shop-tracking.repository';

/** SHOP-7: the organizer's HEAD snippet and the Content-Security-Policy sources it needs. */
@Injectable()
export class ShopTrackings {
  constructor(private readonly repo: ShopTrackingRepository) {}

  async get(scope: TenantScope): Promise<ShopTrackingResponse> {
    const saved = await this.repo.find(scope);
    return {
      headSnippet: saved?.headSnippet ?? '',
      csp: { scriptSrc: saved?.scriptSrc ?? [], imgSrc: saved?.imgSrc ?? [], connectSrc: saved?.connectSrc ?? [] },
    };
  }

  /** Every source is checked before anything is written; duplicates are dropped, the order kept. */
  async update(scope: TenantScope, request: UpdateShopTrackingRequest): Promise<ShopTrackingResponse> {
    const csp = {
      scriptSrc: request.csp.scriptSrc.map((s) => s.trim()),
      imgSrc: request.csp.imgSrc.map((s) => s.trim()),
      connectSrc: request.csp.connectSrc.map((s) => s.trim()),
    };
    const errors = cspSourceErrors(csp);
    if (errors.length) throw new ValidationFailedError(errors);
    const distinct = (list: string[]) => [...new Set(list)];
    await this.repo.save(scope, {
      headSnippet: request.headSnippet.trim(),
      scriptSrc: distinct(csp.scriptSrc),
      imgSrc: distinct(csp.imgSrc),
      connectSrc: distinct(csp.connectSrc),
    });
    return this.get(scope);
  }

  /** What one shop page carries: a fresh nonce, the snippet bearing it, and the policy naming it. */
  async documentHead(scope: TenantScope): Promise<ShopDocumentHeadResponse> {
    const tracking = await this.get(scope);
    const nonce = randomBytes(18).toString('base64');
    return { headHtml: withNonce(tracking.headSnippet, nonce), nonce, contentSecurityPolicy: contentSecurityPolicy(tracking.csp, nonce) };
  }
}
