import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { GiftVoucherOffer } from './entities/gift-voucher-offer.entity';

@Injectable()
export class GiftVoucherOffersRepository {
  constructor(private readonly db: Database) {}

  insert(scope: TenantScope, offer: Omit<GiftVoucherOffer, 'ticketingId' | 'createdAt'>) {
    return this.db.scoped(GiftVoucherOffer, scope).insert(offer as Omit<GiftVoucherOffer, 'ticketingId'>);
  }

  update(scope: TenantScope, id: string, patch: Partial<Omit<GiftVoucherOffer, 'id' | 'ticketingId' | 'currency' | 'createdAt'>>) {
    return this.db.scoped(GiftVoucherOffer, scope).update({ id }, patch);
  }

  findById(scope: TenantScope, id: string) {
    return this.db.scoped(GiftVoucherOffer, scope).findOne({ id });
  }

  /** A ticketing has a handful of offers: the whole list, in the organizer's order. */
  list(scope: TenantScope, onSaleOnly = false) {
    return this.db.scoped(GiftVoucherOffer, scope).find(onSaleOnly ? { onSale: true } : {}, { position: 'ASC', createdAt: 'ASC' }, 200);
  }

  count(scope: TenantScope) {
    return this.db.scoped(GiftVoucherOffer, scope).count();
  }
}
