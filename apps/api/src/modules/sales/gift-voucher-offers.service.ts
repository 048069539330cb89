import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { money } from '../../platform/http/money.dto';
import { NotFoundError, ValidationFailedError } from '../../platform/http/problem';
import { GiftVoucherOfferNotOnSaleError, SalesProblems } from './sales.errors';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CreateGiftVoucherOfferRequest, GiftVoucherOfferResponse, UpdateGiftVoucherOfferRequest } from './dto/gift-voucher-offer.dto';
import { GiftVoucherOffer } from './entities/gift-voucher-offer.entity';
import { GiftVoucherOffersRepository } from './gift-voucher-offers.repository';

/** The value of one voucher of an offer: its fixed amount, or the buyer's within the offer's range. */
export function voucherValue(offer: GiftVoucherOffer, chosen: number | undefined, field: string): number {
  if (offer.amount !== null) {
    if (chosen !== undefined && chosen !== offer.amount) throw new ValidationFailedError([{ field, message: 'this gift voucher has a fixed value' }]);
    return offer.amount;
  }
  if (chosen === undefined) throw new ValidationFailedError([{ field, message: 'choose the value of the gift voucher' }]);
  if (chosen < offer.minAmount! || chosen > offer.maxAmount!)
    throw new ValidationFailedError([{ field, message: `between ${(offer.minAmount! / 100).toFixed(2)} and ${(offer.maxAmount! / 100).toFixed(2)}` }]);
  return chosen;
}

/** Checks that an offer has either a fixed value or a valid range, never both. */
function checkValue(o: { amount: number | null; minAmount: number | null; maxAmount: number | null }): void {
  if (o.amount !== null && (o.minAmount !== null || o.maxAmount !== null))
    throw new ValidationFailedError([{ field: 'amount', message: 'a fixed value, or a range (minAmount, maxAmount), not both' }]);
  if (o.amount === null && (o.minAmount === null || o.maxAmount === null))
    throw new ValidationFailedError([
      { field: o.minAmount === null ? 'minAmount' : 'maxAmount', message: 'a value the buyer chooses needs minAmount and maxAmount' },
    ]);
  if (o.minAmount !== null && o.maxAmount !== null && o.minAmount > o.maxAmount)
    throw new ValidationFailedError([{ field: 'maxAmount', message: 'must be at least minAmount' }]);
}

/** CAT-10: the gift vouchers the shop sells. */
@Injectable()
export class GiftVoucherOffers {
  constructor(private readonly repo: GiftVoucherOffersRepository) {}

  async create(scope: TenantScope, input: CreateGiftVoucherOfferRequest): Promise<GiftVoucherOfferResponse> {
    const value = { amount: input.amount ?? null, minAmount: input.minAmount ?? null, maxAmount: input.maxAmount ?? null };
    checkValue(value);
    const id = randomUUID();
    await this.repo.insert(scope, {
      id,
      name: input.name.trim(),
      currency: input.currency,
      ...value,
      validityMonths: input.validityMonths ?? 12,
      onSale: input.onSale ?? true,
      position: await this.repo.count(scope),
    });
    return this.get(scope, id);
  }

  async update(scope: TenantScope, id: string, input: UpdateGiftVoucherOfferRequest): Promise<GiftVoucherOfferResponse> {
    const offer = await this.find(scope, id);
    const value = { amount: offer.amount, minAmount: offer.minAmount, maxAmount: offer.maxAmount };
    if (input.amount !== undefined) {
      value.amount = input.amount;
      // A fixed value replaces the range (giving both is refused below).
      if (input.amount !== null) Object.assign(value, { minAmount: null, maxAmount: null });
    }
    if (input.minAmount !== undefined) value.minAmount = input.minAmount;
    if (input.maxAmount !== undefined) value.maxAmount = input.maxAmount;
    checkValue(value);
    await this.repo.update(scope, id, {
      ...value,
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.validityMonths !== undefined ? { validityMonths: input.validityMonths } : {}),
      ...(input.onSale !== undefined ? { onSale: input.onSale } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
    });
    return this.get(scope, id);
  }

  async get(scope: TenantScope, id: string): Promise<GiftVoucherOfferResponse> {
    return view(await this.find(scope, id));
  }

  async list(scope: TenantScope, onSaleOnly = false): Promise<GiftVoucherOfferResponse[]> {
    return (await this.repo.list(scope, onSaleOnly)).map(view);
  }

  /** An offer the shop sells now, for a cart line (`field` names the line in errors). */
  async onSale(scope: TenantScope, id: string, field: string): Promise<GiftVoucherOffer> {
    const offer = await this.repo.findById(scope, id);
    if (!offer || !offer.onSale) throw new GiftVoucherOfferNotOnSaleError(field);
    return offer;
  }

  private async find(scope: TenantScope, id: string): Promise<GiftVoucherOffer> {
    const offer = await this.repo.findById(scope, id);
    if (!offer) throw new NotFoundError(SalesProblems.GIFT_VOUCHER_OFFER_NOT_FOUND, 'Gift voucher offer');
    return offer;
  }
}

function view(o: GiftVoucherOffer): GiftVoucherOfferResponse {
  return {
    id: o.id,
    name: o.name,
    currency: o.currency as GiftVoucherOfferResponse['currency'],
    amount: o.amount === null ? null : money(o.amount, o.currency),
    minAmount: o.minAmount === null ? null : money(o.minAmount, o.currency),
    maxAmount: o.maxAmount === null ? null : money(o.maxAmount, o.currency),
    validityMonths: o.validityMonths,
    onSale: o.onSale,
    position: o.position,
  };
}
