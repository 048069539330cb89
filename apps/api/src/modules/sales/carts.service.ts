import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { money } from '../../platform/http/money.dto';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CapacityChange, CatalogService, HeldSeat, SeatRef, unitAmountFor } from '../catalog';
import { applyPromo } from './discount';
import { CartGiftVoucherRequest, CartItemRequest, CartResponse, CreateCartRequest, SaleMethod, SetCartGiftVouchersRequest } from './dto/cart.dto';
import { Cart, CartGiftVoucherLine, CartLine } from './entities/cart.entity';
import { GiftVoucherOffers, voucherValue } from './gift-voucher-offers.service';
import { GiftVouchers, SoldVoucher } from './gift-vouchers.service';
import { PromoCodes } from './promo-codes.service';
import { SalesRepository } from './sales.repository';
import {
  CartChangedError,
  CartClosedError,
  CartExpiredError,
  CartNotFoundError,
  CodeRefusedError,
  GiftVoucherCurrencyError,
  GiftVoucherUnavailableError,
  PaymentMethodNotAllowedError,
  PromoCodeUnavailableError,
  SalesProblems,
} from './sales.errors';

/** A cart as it will be written: its lines resolved against the catalog, and what it must hold. */
/**
 * What a sale must respect beyond places and prices. The shop keeps to the sales windows of events
 * and prices; an import records sales made elsewhere, so it does not.
 */
export interface SaleRules {
  salesWindows: boolean;
  /** Whether tickets may be given away (the `invitation` method): only where someone answers for it, the counter. */
  invitations: boolean;
}
export const SHOP_RULES: SaleRules = { salesWindows: true, invitations: false };

export interface CartDraft {
  id: string;
  currency: string;
  lines: CartLine[];
  giftVoucherLines: CartGiftVoucherLine[];
  totalAmount: number;
  expiresAt: Date;
  createdAt: Date;
  /** Seats chosen on the plan, per line, in a fixed date × zone order (the lock order). */
  chosenSeats: { dateId: string; zoneId: string; seatIds: string[] }[];
  /** Best-available seats per date × zone: the lines of one zone are seated together (a family sits side by side). */
  bestSeats: { dateId: string; zoneId: string; count: number; field: string }[];
  /** General-admission places per date × zone. */
  capacity: CapacityChange[];
}

/** A cart line with each ticket's amount after the promo code (length = quantity). */
export type PricedCartLine = CartLine & { ticketAmounts: number[] };

/** What a checkout will write, priced now: the promo code and gift voucher checked again. */
export interface SaleDraft {
  cartId: string;
  /** The cart's revision it was priced from: the checkout fails if the lines changed since. */
  revision: number;
  currency: string;
  lines: PricedCartLine[];
  giftVoucherLines: CartGiftVoucherLine[];
  promo: { id: string; code: string; discount: number } | null;
  voucher: { id: string; code: string; amount: number } | null;
  /** Seats to turn from held to sold, per date (the lines' seats). */
  seats: { dateId: string; seatIds: string[] }[];
  capacity: CapacityChange[];
  /** What is left to pay once the gift voucher paid its part. */
  due: number;
}

/** A cart closed by the sweep, with what it held. */
export interface ReleasedCart {
  id: string;
  ticketingId: string;
  seated: boolean;
  capacity: CapacityChange[];
}

/** The general-admission capacity rows a cart draws on (seated lines hold seats instead). */
export const capacityOf = (lines: CartLine[]): CapacityChange[] => {
  const byRow = new Map<string, CapacityChange>();
  for (const l of lines.filter((line) => !line.seated)) {
    const key = `${l.dateId}/${l.zoneId}`;
    const c = byRow.get(key) ?? { dateId: l.dateId, zoneId: l.zoneId, quantity: 0 };
    c.quantity += l.quantity;
    byRow.set(key, c);
  }
  return [...byRow.values()];
};

/** What a cart's lines (tickets, gift vouchers) cost before any discount. */
export const subtotal = (lines: readonly { unitAmount: number; quantity: number }[], giftVouchers: readonly CartGiftVoucherLine[]) =>
  [...lines, ...giftVouchers].reduce((s, l) => s + l.unitAmount * l.quantity, 0);

/**
 * Carts: what a buyer asks for, priced and shown. Sales owns the cart row; the places it holds are
 * the catalog's, so opening, checking out, releasing and expiring a cart are composed by the
 * coordination layer from the writes offered here and the catalog's.
 */
@Injectable()
export class Carts {
  constructor(
    private readonly repo: SalesRepository,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly promos: PromoCodes,
    private readonly vouchers: GiftVouchers,
    private readonly offers: GiftVoucherOffers,
  ) {}

  /** Resolves a cart request against the catalog and the offers: the lines, their prices and what to hold. Writes nothing. */
  async draft(scope: TenantScope, request: CreateCartRequest, shopCurrency: string, rules: SaleRules): Promise<CartDraft> {
    const currency = request.currency ?? shopCurrency;
    if (!request.items?.length && !request.giftVouchers?.length)
      throw new ValidationFailedError([{ field: 'items', message: 'a cart needs tickets (items) or gift vouchers (giftVouchers)' }]);
    const giftVoucherLines = await this.giftVoucherLines(scope, request.giftVouchers ?? [], currency);
    // Same date, zone, price and amount on two lines: one line (seats chosen on the plan stay apart).
    const merged = new Map<string, CartItemRequest>();
    (request.items ?? []).forEach((item, i) => {
      if (item.seatIds && item.seatIds.length !== item.quantity)
        throw new ValidationFailedError([{ field: `items[${i}].seatIds`, message: 'one seat per ticket (quantity)' }]);
      const key = item.seatIds ? `seats:${i}` : `${item.dateId}/${item.zoneId}/${item.priceId}/${item.amount ?? ''}`;
      const prev = merged.get(key);
      merged.set(key, { ...item, quantity: (prev?.quantity ?? 0) + item.quantity });
    });
    const items = [...merged.values()];
    const saleLines = items.length ? await this.catalog.resolveSaleLines(scope, items, currency, rules) : [];
    const unitAmounts = saleLines.map((l, i) => unitAmountFor(l.priceKind, l.amount, items[i].amount, `items[${i}].amount`));
    saleLines.forEach((l, i) => {
      if (l.zoneKind !== 'seated' && items[i].seatIds)
        throw new ValidationFailedError([{ field: `items[${i}].seatIds`, message: 'this zone has no numbered seats' }]);
    });

    const now = this.clock.now();
    const chosen = await this.catalog.describeSeats(
      scope,
      items.flatMap((item) => item.seatIds ?? []),
    );
    const lines: CartLine[] = saleLines.map((l, i) => ({
      id: randomUUID(),
      eventId: l.eventId,
      dateId: l.dateId,
      zoneId: l.zoneId,
      priceId: l.priceId,
      eventName: l.eventName,
      venue: l.venue,
      startsAt: new Date(l.startsAt).toISOString(),
      zoneName: l.zoneName,
      priceName: l.priceName,
      unitAmount: unitAmounts[i],
      quantity: items[i].quantity,
      ...(l.zoneKind === 'seated' ? { seated: true } : {}),
      ...(items[i].seatIds
        ? seatFields(items[i].seatIds!.map((id) => chosen.get(id.toLowerCase()) ?? { seatId: id, section: '', row: '', number: '', label: '' }))
        : {}),
    }));
    const best = new Map<string, CartDraft['bestSeats'][number]>();
    lines.forEach((l, i) => {
      if (!l.seated || l.seatIds) return;
      const key = `${l.dateId}/${l.zoneId}`;
      const g = best.get(key) ?? { dateId: l.dateId, zoneId: l.zoneId, count: 0, field: `items[${i}].quantity` };
      g.count += l.quantity;
      best.set(key, g);
    });
    return {
      id: randomUUID(),
      currency,
      lines,
      giftVoucherLines,
      totalAmount: subtotal(lines, giftVoucherLines),
      expiresAt: new Date(now.getTime() + this.config.CART_HOLD_SECONDS * 1000),
      createdAt: now,
      chosenSeats: lines
        .filter((l) => l.seatIds)
        .map((l) => ({ dateId: l.dateId, zoneId: l.zoneId, seatIds: l.seatIds! }))
        .sort((a, b) => (a.dateId + a.zoneId < b.dateId + b.zoneId ? -1 : 1)),
      bestSeats: [...best.values()],
      capacity: capacityOf(lines),
    };
  }

  /** Writes a drafted cart as part of the caller's write (the places it holds are written beside it). */
  open(scope: TenantScope, draft: CartDraft): Promise<void> {
    return this.repo.insertCart(scope, draft);
  }

  /** A just-opened cart as the buyer sees it: the best-available seats came back with the write, no second read. */
  openedView(draft: CartDraft, bestSeats: HeldSeat[]): CartResponse {
    return view({
      ...draft,
      lines: draft.bestSeats.length ? seatLines(draft.lines, bestSeats) : draft.lines,
      status: 'open',
      orderId: null,
      promoCode: null,
      discountAmount: 0,
      voucherCode: null,
      voucherAmount: 0,
    });
  }

  /** Changes which gift vouchers an open cart buys (add, change or remove them); its tickets stay as they are. */
  async setGiftVouchers(scope: TenantScope, cartId: string, request: SetCartGiftVouchersRequest): Promise<CartResponse> {
    const cart = await this.requireOpen(scope, cartId);
    if (!cart.lines.length && !request.giftVouchers.length)
      throw new ValidationFailedError([{ field: 'giftVouchers', message: 'this cart would be empty: release it instead' }]);
    const lines = await this.giftVoucherLines(scope, request.giftVouchers, cart.currency);
    // The total follows the tickets read here: the write fails if they changed since (CART_CHANGED).
    if (!(await this.repo.setGiftVoucherLines(scope, cartId, this.clock.now(), cart.revision, lines, subtotal(cart.lines, lines))))
      throw await this.whyClosed(scope, cartId);
    return this.get(scope, cartId);
  }

  /** The gift vouchers of a cart request, at the value each offer sells them now. */
  private async giftVoucherLines(scope: TenantScope, requested: CartGiftVoucherRequest[], currency: string): Promise<CartGiftVoucherLine[]> {
    const lines: CartGiftVoucherLine[] = [];
    for (const [i, r] of requested.entries()) {
      const offer = await this.offers.onSale(scope, r.offerId, `giftVouchers[${i}].offerId`);
      if (offer.currency !== currency) throw new GiftVoucherCurrencyError(`giftVouchers[${i}].offerId`, offer.currency, currency);
      const unitAmount = voucherValue(offer, r.amount, `giftVouchers[${i}].amount`);
      const same = lines.find((l) => l.offerId === offer.id && l.unitAmount === unitAmount);
      if (same) same.quantity += r.quantity;
      else lines.push({ offerId: offer.id, name: offer.name, unitAmount, quantity: r.quantity, validityMonths: offer.validityMonths });
    }
    return lines;
  }

  /** Lines with the seats the cart holds (best-available seats live on the seats, not on the line). */
  async withSeats(scope: TenantScope, cartId: string, lines: CartLine[]): Promise<CartLine[]> {
    if (!lines.some((l) => l.seated && !l.seatIds)) return lines;
    return seatLines(lines, await this.catalog.seatsOfCart(scope, cartId));
  }

  async get(scope: TenantScope, cartId: string): Promise<CartResponse> {
    const cart = await this.repo.findCart(scope, cartId);
    if (!cart) throw new CartNotFoundError();
    const lines = cart.status === 'open' || cart.status === 'checked_out' ? await this.withSeats(scope, cart.id, cart.lines) : cart.lines;
    return view({ ...cart, lines });
  }

  /** Applies a promo code to an open cart: checks it can be used now and on these tickets, shows the discount. */
  async applyPromoCode(scope: TenantScope, cartId: string, code: string): Promise<CartResponse> {
    const cart = await this.requireOpen(scope, cartId);
    const promo = await this.promos.usable(scope, code, this.clock.now());
    const result = applyPromo(promo, cart.lines, cart.currency);
    if (!result.applies) {
      throw new CodeRefusedError(
        SalesProblems.PROMO_CODE_NOT_APPLICABLE,
        result.reason === 'currency' ? `This promo code is for orders in ${promo.currency}` : 'This promo code does not apply to these tickets',
      );
    }
    if (!(await this.repo.setPromoCode(scope, cartId, this.clock.now(), promo.code, result.discount))) throw await this.whyClosed(scope, cartId);
    if (cart.voucherCode) await this.applyGiftVoucher(scope, cartId, cart.voucherCode);
    return this.get(scope, cartId);
  }

  /** Applies a gift voucher to an open cart: it will pay what it can of the total (after any discount). */
  async applyGiftVoucher(scope: TenantScope, cartId: string, code: string): Promise<CartResponse> {
    const cart = await this.requireOpen(scope, cartId);
    const voucher = await this.vouchers.usable(scope, code, cart.currency);
    // A gift voucher pays for tickets, not for other gift vouchers.
    const tickets = subtotal(cart.lines, []) - cart.discountAmount;
    if (tickets <= 0) throw new CodeRefusedError(SalesProblems.GIFT_VOUCHER_NOT_FOR_VOUCHERS, 'A gift voucher pays for tickets, not for other gift vouchers');
    const amount = Math.min(voucher.balance, tickets);
    if (!(await this.repo.setVoucher(scope, cartId, this.clock.now(), voucher.code, amount))) throw await this.whyClosed(scope, cartId);
    return this.get(scope, cartId);
  }

  async removeGiftVoucher(scope: TenantScope, cartId: string): Promise<CartResponse> {
    await this.requireOpen(scope, cartId);
    if (!(await this.repo.setVoucher(scope, cartId, this.clock.now(), null, 0))) throw await this.whyClosed(scope, cartId);
    return this.get(scope, cartId);
  }

  async removePromoCode(scope: TenantScope, cartId: string): Promise<CartResponse> {
    const cart = await this.requireOpen(scope, cartId);
    if (!(await this.repo.setPromoCode(scope, cartId, this.clock.now(), null, 0))) throw await this.whyClosed(scope, cartId);
    // The voucher's share follows the total.
    if (cart.voucherCode) return this.applyGiftVoucher(scope, cartId, cart.voucherCode);
    return this.get(scope, cartId);
  }

  /**
   * Prices an open cart for checkout: each ticket's amount after its promo code (checked again now),
   * the gift voucher (which must still pay exactly what the buyer was shown), what is left to pay,
   * and whether the chosen payment method fits it. Writes nothing. An invitation (the counter gives
   * the tickets away, ADR 0036) prices every ticket at zero and ignores the cart's promo code and gift
   * voucher (neither is spent); gift vouchers are sold, never given away.
   */
  async priceSale(scope: TenantScope, cartId: string, paymentMethod: SaleMethod, rules: SaleRules): Promise<SaleDraft> {
    const open = await this.requireOpen(scope, cartId);
    // The cart was on sale when its places were held; the checkout must still be (the Clock moved on).
    if (rules.salesWindows) await this.catalog.assertStillOnSale(scope, open.lines, open.currency);
    const cart = { ...open, lines: await this.withSeats(scope, cartId, open.lines) };
    const lines: PricedCartLine[] = cart.lines.map((l) => ({ ...l, ticketAmounts: Array.from({ length: l.quantity }, () => l.unitAmount) }));
    const invitation = paymentMethod === 'invitation';
    if (invitation && !rules.invitations) throw new PaymentMethodNotAllowedError('tickets are given away at the counter only');
    if (invitation && cart.giftVoucherLines.length) throw new PaymentMethodNotAllowedError('gift vouchers are sold, never given away as invitations');
    if (invitation) for (const line of lines) line.ticketAmounts = line.ticketAmounts.map(() => 0);
    let promo: SaleDraft['promo'] = null;
    if (cart.promoCode && !invitation) {
      const usable = await this.promos.usable(scope, cart.promoCode, this.clock.now()).catch(() => Promise.reject(new PromoCodeUnavailableError()));
      const result = applyPromo(usable, cart.lines, cart.currency);
      if (!result.applies) throw new PromoCodeUnavailableError();
      for (const line of lines) line.ticketAmounts = [];
      for (const ticket of result.tickets) lines[ticket.line].ticketAmounts.push(ticket.amount);
      promo = { id: usable.id, code: usable.code, discount: result.discount };
    }
    const ticketsTotal = lines.reduce((sum, l) => sum + l.ticketAmounts.reduce((a, b) => a + b, 0), 0);
    const voucher =
      cart.voucherCode && !invitation
        ? await this.vouchers.usable(scope, cart.voucherCode, cart.currency).catch(() => Promise.reject(new GiftVoucherUnavailableError()))
        : null;
    const voucherAmount = voucher ? Math.min(voucher.balance, ticketsTotal) : 0;
    if (voucher && voucherAmount !== cart.voucherAmount) throw new GiftVoucherUnavailableError();
    const due = ticketsTotal + subtotal([], cart.giftVoucherLines) - voucherAmount;
    if (due === 0 && paymentMethod !== 'free' && !invitation) throw new PaymentMethodNotAllowedError('nothing is left to pay: use the `free` payment method');
    if (due > 0 && paymentMethod === 'free') throw new PaymentMethodNotAllowedError('this cart is not free');
    return {
      cartId,
      revision: cart.revision,
      currency: cart.currency,
      lines,
      giftVoucherLines: cart.giftVoucherLines,
      promo,
      voucher: voucher && voucherAmount > 0 ? { id: voucher.id, code: voucher.code, amount: voucherAmount } : null,
      seats: cart.lines.filter((l) => l.seatIds).map((l) => ({ dateId: l.dateId, seatIds: l.seatIds! })),
      capacity: capacityOf(cart.lines),
      due,
    };
  }

  /** Closes an open, unexpired cart, as priced, as part of the sale's write; if it no longer is, the write fails and says why. */
  close(scope: TenantScope, sale: Pick<SaleDraft, 'cartId' | 'revision'>, now: Date, orderId: string): Promise<void> {
    return this.repo.closeForCheckout(scope, sale.cartId, now, orderId, sale.revision, { CART_NOT_OPEN: () => this.whyClosed(scope, sale.cartId) });
  }

  /** Spends what the sale takes of its promo code and gift voucher, and writes the vouchers it sells, as part of its write. */
  async spend(scope: TenantScope, sale: SaleDraft, orderId: string, now: Date): Promise<void> {
    if (sale.promo) await this.promos.consume(scope, sale.promo.id, now);
    if (sale.voucher) await this.vouchers.redeem(scope, { voucherId: sale.voucher.id, orderId, amount: sale.voucher.amount, at: now });
  }

  /** The vouchers a sale is buying (ids and codes chosen now, written by `issueSoldGiftVouchers`). */
  giftVouchersToSell(sale: SaleDraft, orderId: string, now: Date): SoldVoucher[] {
    return this.vouchers.toSell(sale.giftVoucherLines, sale.currency, orderId, now);
  }

  /** The buyer gives the cart back while it is open: closes it (now, in the open transaction) and says what it held. */
  async release(scope: TenantScope, cartId: string): Promise<Omit<ReleasedCart, 'ticketingId'>> {
    const released = await this.repo.releaseOpenCart(scope, cartId, this.clock.now());
    if (!released) throw await this.whyClosed(scope, cartId);
    return { id: cartId, seated: released.lines.some((l) => l.seated), capacity: capacityOf(released.lines) };
  }

  /** Marks a batch of overdue carts expired (across tenants, in the open transaction) and says what each held. */
  async expireOverdue(batch: number): Promise<ReleasedCart[]> {
    const expired = await this.repo.expireOverdue(this.clock.now(), batch);
    return expired.map((c) => ({ id: c.id, ticketingId: c.ticketingId, seated: c.lines.some((l) => l.seated), capacity: capacityOf(c.lines) }));
  }

  /** An open, unexpired cart, its lines named (see `lineIdOf`); else why it cannot be used. */
  async requireOpen(scope: TenantScope, cartId: string): Promise<Cart> {
    const cart = await this.repo.findCart(scope, cartId);
    if (!cart || cart.status !== 'open' || cart.expiresAt <= this.clock.now()) throw await this.whyClosed(scope, cartId);
    return { ...cart, lines: namedLines(cart.id, cart.lines) };
  }

  /**
   * Why a conditional write on a cart failed: unknown, expired (swept or not yet), already closed —
   * or, still open, its lines changed since the read the write was computed from.
   */
  async whyClosed(scope: TenantScope, cartId: string): Promise<Error> {
    const cart = await this.repo.findCart(scope, cartId);
    if (!cart) return new CartNotFoundError();
    if (cart.status === 'open' && cart.expiresAt > this.clock.now()) return new CartChangedError();
    if (cart.status === 'expired' || cart.status === 'open') return new CartExpiredError();
    return new CartClosedError(cart.status);
  }
}

/** Best-available seats handed out to the lines without chosen seats, in line order, in plan order. */
function seatLines(lines: CartLine[], held: HeldSeat[]): CartLine[] {
  const chosen = new Set(lines.flatMap((l) => l.seatIds ?? []));
  const free = held.filter((s) => !chosen.has(s.seatId));
  return lines.map((l) => {
    if (l.seatIds || !free.some((s) => s.dateId === l.dateId && s.zoneId === l.zoneId)) return l;
    const mine = free.filter((s) => s.dateId === l.dateId && s.zoneId === l.zoneId).slice(0, l.quantity);
    for (const s of mine) free.splice(free.indexOf(s), 1);
    return { ...l, ...seatFields(mine) };
  });
}

/** A line's seats: ids, printed labels, and parts. */
function seatFields(seats: SeatRef[]): Pick<CartLine, 'seatIds' | 'seatLabels' | 'seats'> {
  return {
    seatIds: seats.map((s) => s.seatId),
    seatLabels: seats.map((s) => s.label),
    seats: seats.map((s) => ({ seatId: s.seatId, section: s.section, row: s.row, number: s.number, label: s.label })),
  };
}

/**
 * A line's id. Lines written before lines had ids get one derived from the cart and their place
 * in it, written down with the cart's next change of lines (so later removals cannot shift it).
 */
export function lineIdOf(cartId: string, index: number): string {
  const h = createHash('sha256').update(`${cartId}/${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Every line with its id. */
export const namedLines = (cartId: string, lines: CartLine[]): CartLine[] => lines.map((l, i) => (l.id ? l : { ...l, id: lineIdOf(cartId, i) }));

export function view(
  cart: Pick<
    Cart,
    | 'id'
    | 'status'
    | 'expiresAt'
    | 'lines'
    | 'giftVoucherLines'
    | 'currency'
    | 'totalAmount'
    | 'orderId'
    | 'promoCode'
    | 'discountAmount'
    | 'voucherCode'
    | 'voucherAmount'
  >,
): CartResponse {
  return {
    id: cart.id,
    status: cart.status,
    expiresAt: new Date(cart.expiresAt).toISOString(),
    items: namedLines(cart.id, cart.lines).map((l) => ({
      id: l.id!,
      eventId: l.eventId,
      dateId: l.dateId,
      zoneId: l.zoneId,
      priceId: l.priceId,
      eventName: l.eventName,
      startsAt: l.startsAt,
      zoneName: l.zoneName,
      seatIds: l.seatIds ?? null,
      seatLabels: l.seatLabels ?? null,
      seats: l.seats?.map((s) => ({ id: s.seatId, section: s.section, row: s.row, number: s.number, label: s.label })) ?? null,
      priceName: l.priceName,
      quantity: l.quantity,
      unitPrice: money(l.unitAmount, cart.currency),
      lineTotal: money(l.unitAmount * l.quantity, cart.currency),
    })),
    giftVouchers: cart.giftVoucherLines.map((v) => ({
      offerId: v.offerId,
      name: v.name,
      quantity: v.quantity,
      unitPrice: money(v.unitAmount, cart.currency),
      lineTotal: money(v.unitAmount * v.quantity, cart.currency),
      validityMonths: v.validityMonths,
    })),
    subtotal: money(cart.totalAmount, cart.currency),
    promoCode: cart.promoCode,
    discount: money(cart.discountAmount, cart.currency),
    giftVoucherCode: cart.voucherCode,
    giftVoucher: money(cart.voucherAmount, cart.currency),
    total: money(cart.totalAmount - cart.discountAmount - cart.voucherAmount, cart.currency),
    orderId: cart.orderId,
  };
}
