import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { money } from '../../platform/http/money.dto';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import { DomainError, NotFoundError, ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { GiftVoucherView, IssueGiftVoucherRequest } from './dto/gift-voucher.dto';
import { CartGiftVoucherLine } from './entities/cart.entity';
import { GiftVoucher, GiftVoucherStatus } from './entities/gift-voucher.entity';
import { GiftVouchersRepository } from './gift-vouchers.repository';
import { CodeRefusedError, GiftVoucherUnavailableError, SalesProblems } from './sales.errors';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // no 0/O, 1/I/L, U
const YEAR_MS = 365 * 24 * 3600 * 1000;

/** The code as stored: upper case, without the spaces and dashes people type. */
export const normalizeVoucherCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
/** How a code is printed and shown: groups of four (`K7PM-2QXD-9HWT`). */
export const displayVoucherCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** A voucher an order is buying: written with the sale, active once the order is paid. */
export type SoldVoucher = Omit<GiftVoucher, 'ticketingId' | 'note' | 'status'> & { orderId: string; name: string };

/** What another module shows of a voucher (an order's detail, its PDF): the state sales holds. */
export interface GiftVoucherState {
  id: string;
  /** As printed (groups of four). */
  code: string;
  status: GiftVoucherStatus;
  balance: number;
  currency: string;
  expiresAt: Date;
}

// 30^12 ≈ 5·10^17 codes: guessing one is hopeless; a collision fails the write on the unique index.
const newCode = () => Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

/** CAT-10: vouchers the organizer issues or the shop sells, their balance, and whether one can pay now. */
@Injectable()
export class GiftVouchers {
  constructor(
    private readonly repo: GiftVouchersRepository,
    private readonly clock: Clock,
  ) {}

  async issue(scope: TenantScope, input: IssueGiftVoucherRequest): Promise<GiftVoucherView> {
    const now = this.clock.now();
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : new Date(now.getTime() + YEAR_MS);
    if (expiresAt <= now) throw new ValidationFailedError([{ field: 'expiresAt', message: 'must be in the future' }]);
    if (input.amount.amount <= 0) throw new ValidationFailedError([{ field: 'amount.amount', message: 'a voucher is worth more than 0' }]);
    const id = randomUUID();
    await this.repo.insert(scope, {
      id,
      code: newCode(),
      currency: input.amount.currency,
      initialAmount: input.amount.amount,
      balance: input.amount.amount,
      expiresAt,
      status: 'active',
      note: input.note?.trim() || null,
      orderId: null,
      createdAt: now,
    });
    return this.get(scope, id);
  }

  /** The vouchers an order is buying: one per unit of each cart line, valid from now for the offer's months. */
  toSell(lines: CartGiftVoucherLine[], currency: string, orderId: string, now: Date): SoldVoucher[] {
    return lines.flatMap((l) =>
      Array.from({ length: l.quantity }, () => ({
        id: randomUUID(),
        name: l.name,
        code: newCode(),
        currency,
        initialAmount: l.unitAmount,
        balance: l.unitAmount,
        expiresAt: addMonths(now, l.validityMonths),
        orderId,
        createdAt: now,
      })),
    );
  }

  /** Writes the vouchers an order bought, as part of the sale's write: active at once only if the order is paid. */
  issueSold(scope: TenantScope, sold: SoldVoucher[], orderPaid: boolean): Promise<void> {
    return this.repo.insertSold(
      scope,
      sold.map(({ name: _name, ...v }) => ({ ...v, status: orderPaid ? 'active' : 'awaiting_payment' })),
    );
  }

  /** The vouchers an order bought become spendable, as part of the write that records its payment. */
  activateForOrder(scope: TenantScope, orderId: string): Promise<void> {
    return this.repo.activateOrderVouchers(scope, orderId);
  }

  async get(scope: TenantScope, id: string): Promise<GiftVoucherView> {
    const voucher = await this.repo.findById(scope, id);
    if (!voucher) throw new NotFoundError(SalesProblems.GIFT_VOUCHER_NOT_FOUND, 'Gift voucher');
    return (await this.views(scope, [voucher]))[0];
  }

  async list(scope: TenantScope, query: { limit?: number; cursor?: string; code?: string }): Promise<Page<GiftVoucherView>> {
    const limit = query.limit ?? 50;
    const code = query.code === undefined ? undefined : normalizeVoucherCode(query.code);
    const page = pageOf(await this.repo.list(scope, decodeCursor(query.cursor), limit, code), limit, (v) => new Date(v.createdAt));
    return { items: await this.views(scope, page.items), nextCursor: page.nextCursor };
  }

  /** Each voucher's state as sales holds it (unknown ids are left out). */
  async states(scope: TenantScope, ids: string[]): Promise<Map<string, GiftVoucherState>> {
    const vouchers = await this.repo.findByIds(scope, ids);
    return new Map(
      vouchers.map((v) => [
        v.id,
        { id: v.id, code: displayVoucherCode(v.code), status: v.status, balance: v.balance, currency: v.currency, expiresAt: new Date(v.expiresAt) },
      ]),
    );
  }

  async cancel(scope: TenantScope, id: string): Promise<GiftVoucherView> {
    await this.get(scope, id);
    await this.repo.cancel(scope, id);
    return this.get(scope, id);
  }

  /** The voucher if it can pay now in `currency`, else why not. */
  async usable(scope: TenantScope, code: string, currency: string): Promise<GiftVoucher> {
    const voucher = await this.repo.findByCode(scope, normalizeVoucherCode(code));
    if (!voucher || voucher.status === 'cancelled') throw new CodeRefusedError(SalesProblems.GIFT_VOUCHER_UNKNOWN, 'This gift voucher does not exist');
    if (voucher.status === 'awaiting_payment')
      throw new CodeRefusedError(SalesProblems.GIFT_VOUCHER_NOT_PAID, 'This gift voucher can be used once the order that bought it is paid');
    if (voucher.expiresAt <= this.clock.now()) throw new CodeRefusedError(SalesProblems.GIFT_VOUCHER_EXPIRED, 'This gift voucher has expired');
    if (voucher.balance === 0) throw new CodeRefusedError(SalesProblems.GIFT_VOUCHER_EMPTY, 'This gift voucher has been used up');
    if (voucher.currency !== currency) throw new CodeRefusedError(SalesProblems.GIFT_VOUCHER_CURRENCY, `This gift voucher is in ${voucher.currency}`);
    return voucher;
  }

  /** Spends part of a voucher as part of the sale's write; fails it with GIFT_VOUCHER_UNAVAILABLE when the balance moved. */
  redeem(scope: TenantScope, r: { voucherId: string; orderId: string; amount: number; at: Date }): Promise<void> {
    return this.repo.redeem(scope, r, { GIFT_VOUCHER_UNAVAILABLE: () => new GiftVoucherUnavailableError() });
  }

  /** The vouchers an order sold are cancelled with it, as part of the caller's write (refused if one was spent). */
  cancelForOrder(scope: TenantScope, orderId: string): Promise<void> {
    return this.repo.cancelOrderVouchers(scope, orderId, {
      GIFT_VOUCHERS_SPENT: () => new DomainError(SalesProblems.GIFT_VOUCHERS_SPENT, 'A gift voucher this order sold has been spent'),
    });
  }

  orderVouchersSpent(scope: TenantScope, orderId: string): Promise<boolean> {
    return this.repo.orderVouchersSpent(scope, orderId);
  }

  /** A refund to the gift voucher that paid: its balance grows back, as part of the caller's write. */
  credit(scope: TenantScope, c: { code: string; orderId: string; amount: number; at: Date }): Promise<void> {
    return this.repo.credit(scope, c, {
      GIFT_VOUCHER_CREDIT_REFUSED: () => new DomainError(SalesProblems.GIFT_VOUCHER_CREDIT_REFUSED, 'This gift voucher cannot take this amount back'),
    });
  }

  private async views(scope: TenantScope, vouchers: GiftVoucher[]): Promise<GiftVoucherView[]> {
    const redemptions = await this.repo.redemptionsOf(
      scope,
      vouchers.map((v) => v.id),
    );
    return vouchers.map((v) => ({
      id: v.id,
      orderId: v.orderId,
      code: displayVoucherCode(v.code),
      initialAmount: money(v.initialAmount, v.currency),
      balance: money(v.balance, v.currency),
      expiresAt: new Date(v.expiresAt).toISOString(),
      status: v.status,
      note: v.note,
      createdAt: new Date(v.createdAt).toISOString(),
      redemptions: redemptions
        .filter((r) => r.voucherId === v.id)
        .map((r) => ({ orderId: r.orderId, amount: money(r.amount, v.currency), at: new Date(r.at).toISOString() })),
    }));
  }
}
