import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { Database, RequirementFailed } from '../../platform/database/database';
import { money } from '../../platform/http/money.dto';
import { Page } from '../../platform/http/pagination';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CapacityChange, CatalogService, HeldSeat, NoAdjacentSeatsError, unitAmountFor } from '../catalog';
import { isOrderNumberTaken, OrderLine, OrdersService } from '../orders';
import { applyPromo } from './discount';
import { PromoCode } from './entities/promo-code.entity';
import { PromoCodeRefusedError, PromoCodes } from './promo-codes.service';
import {
  CartGiftVoucherRequest,
  CartItemRequest,
  CartResponse,
  CheckoutRequest,
  CheckoutResponse,
  CreateCartRequest,
  SetCartGiftVouchersRequest,
} from './dto/cart.dto';
import { CreatePromoCodeRequest, PromoCodeResponse, UpdatePromoCodeRequest } from './dto/promo-code.dto';
import { ShopSettingsResponse, UpdateShopSettingsRequest } from './dto/shop.dto';
import { Cart, CartGiftVoucherLine, CartLine } from './entities/cart.entity';
import {
  CartClosedError,
  CartExpiredError,
  CartNotFoundError,
  GiftVoucherCurrencyError,
  GiftVoucherUnavailableError,
  PaymentMethodNotAllowedError,
  PromoCodeUnavailableError,
} from './sales.errors';
import { GiftVoucherResponse, IssueGiftVoucherRequest } from './dto/gift-voucher.dto';
import { displayVoucherCode, GiftVoucherRefusedError, GiftVouchers } from './gift-vouchers.service';
import { GiftVoucherOffers, voucherValue } from './gift-voucher-offers.service';
import { CreateGiftVoucherOfferRequest, GiftVoucherOfferResponse, UpdateGiftVoucherOfferRequest } from './dto/gift-voucher-offer.dto';
import { SalesRepository } from './sales.repository';

/** The general-admission capacity rows a cart draws on (seated lines hold seats instead). */
const capacityOf = (lines: CartLine[]): CapacityChange[] => {
  const byRow = new Map<string, CapacityChange>();
  for (const l of lines.filter((line) => !line.seated)) {
    const key = `${l.dateId}/${l.zoneId}`;
    const c = byRow.get(key) ?? { dateId: l.dateId, zoneId: l.zoneId, quantity: 0 };
    c.quantity += l.quantity;
    byRow.set(key, c);
  }
  return [...byRow.values()];
};

/** What the shop shows until the organizer chooses: every display mode, the list first, places left shown. */
const DEFAULT_SHOP_SETTINGS: ShopSettingsResponse = { displayModes: ['list', 'month', 'week'], defaultDisplayMode: 'list', showRemaining: true };

/** Sales façade: carts that hold places, and checkout that turns them into orders. */
@Injectable()
export class SalesService {
  private readonly logger = new Logger('Sales');

  constructor(
    private readonly db: Database,
    private readonly repo: SalesRepository,
    private readonly catalog: CatalogService,
    private readonly orders: OrdersService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly promos: PromoCodes,
    private readonly vouchers: GiftVouchers,
    private readonly offers: GiftVoucherOffers,
  ) {}

  createGiftVoucherOffer(scope: TenantScope, request: CreateGiftVoucherOfferRequest): Promise<GiftVoucherOfferResponse> {
    return this.offers.create(scope, request);
  }

  updateGiftVoucherOffer(scope: TenantScope, id: string, request: UpdateGiftVoucherOfferRequest): Promise<GiftVoucherOfferResponse> {
    return this.offers.update(scope, id, request);
  }

  getGiftVoucherOffer(scope: TenantScope, id: string): Promise<GiftVoucherOfferResponse> {
    return this.offers.get(scope, id);
  }

  /** The organizer's offers (all), or what the shop sells now (`onSaleOnly`). */
  listGiftVoucherOffers(scope: TenantScope, onSaleOnly = false): Promise<GiftVoucherOfferResponse[]> {
    return this.offers.list(scope, onSaleOnly);
  }

  issueGiftVoucher(scope: TenantScope, request: IssueGiftVoucherRequest): Promise<GiftVoucherResponse> {
    return this.vouchers.issue(scope, request);
  }

  getGiftVoucher(scope: TenantScope, id: string): Promise<GiftVoucherResponse> {
    return this.vouchers.get(scope, id);
  }

  listGiftVouchers(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<GiftVoucherResponse>> {
    return this.vouchers.list(scope, query);
  }

  cancelGiftVoucher(scope: TenantScope, id: string): Promise<GiftVoucherResponse> {
    return this.vouchers.cancel(scope, id);
  }

  /** Holds the requested places until the cart expires; all lines or none. */
  async createCart(scope: TenantScope, request: CreateCartRequest, shopCurrency: string): Promise<CartResponse> {
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
    const saleLines = items.length ? await this.catalog.resolveSaleLines(scope, items, currency) : [];
    const unitAmounts = saleLines.map((l, i) => unitAmountFor(l.priceKind, l.amount, items[i].amount, `items[${i}].amount`));
    saleLines.forEach((l, i) => {
      if (l.zoneKind !== 'seated' && items[i].seatIds)
        throw new ValidationFailedError([{ field: `items[${i}].seatIds`, message: 'this zone has no numbered seats' }]);
    });

    const now = this.clock.now();
    const cartId = randomUUID();
    const expiresAt = new Date(now.getTime() + this.config.CART_HOLD_SECONDS * 1000);
    const chosen = await this.catalog.seatLabels(
      scope,
      items.flatMap((item) => item.seatIds ?? []),
    );
    const lines: CartLine[] = saleLines.map((l, i) => ({
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
      ...(items[i].seatIds ? { seatIds: items[i].seatIds, seatLabels: items[i].seatIds!.map((id) => chosen.get(id) ?? '') } : {}),
    }));
    const cart = { id: cartId, currency, lines, giftVoucherLines, totalAmount: subtotal(lines, giftVoucherLines), expiresAt, createdAt: now };
    // Best-available lines of one date × zone are seated together (a family sits side by side).
    const groups = new Map<string, { dateId: string; zoneId: string; count: number; field: string }>();
    lines.forEach((l, i) => {
      if (saleLines[i].zoneKind !== 'seated' || l.seatIds) return;
      const key = `${l.dateId}/${l.zoneId}`;
      const g = groups.get(key) ?? { dateId: l.dateId, zoneId: l.zoneId, count: 0, field: `items[${i}].quantity` };
      g.count += l.quantity;
      groups.set(key, g);
    });
    // One round trip: the cart row, the seats (chosen ones in a fixed zone order, then the best
    // available ones), then the capacity row — the only hot lock — right before commit. A deeper
    // search for adjacent seats is needed only when the best seats are gone.
    const depths = new Map([...groups.keys()].map((k) => [k, 200]));
    let bestSeats: { get(): HeldSeat[] }[];
    for (;;) {
      try {
        bestSeats = await this.db.atomically(
          async () => {
            await this.repo.insertCart(scope, cart);
            for (const line of [...lines].filter((l) => l.seatIds).sort((a, b) => (a.dateId + a.zoneId < b.dateId + b.zoneId ? -1 : 1))) {
              await this.catalog.holdSeats(scope, { dateId: line.dateId, zoneId: line.zoneId, seatIds: line.seatIds!, cartId, until: expiresAt });
            }
            const held = [];
            for (const [key, g] of groups) held.push(await this.catalog.holdBestSeats(scope, { ...g, cartId, until: expiresAt, depth: depths.get(key)! }));
            await this.catalog.holdCapacity(scope, capacityOf(lines));
            return held;
          },
          // A hold is not worth a disk flush: a crash loses it, and it would have expired anyway.
          { durable: false },
        );
        break;
      } catch (error) {
        const missing = this.catalog.noAdjacentSeats(error);
        const key = missing && `${missing.dateId}/${missing.zoneId}`;
        if (!missing || !key || missing.depth >= 100_000) {
          if (missing) throw new NoAdjacentSeatsError(groups.get(key!)?.field ?? 'items', groups.get(key!)?.count ?? 0);
          throw await this.catalog.explainHoldFailure(scope, error);
        }
        depths.set(key, missing.depth < 5000 ? 5000 : 100_000);
      }
    }
    return view({
      ...cart,
      // The best-available seats came back with the write: no second read.
      lines: groups.size
        ? seatLines(
            lines,
            bestSeats.flatMap((h) => h.get()),
          )
        : lines,
      status: 'open',
      orderId: null,
      promoCode: null,
      discountAmount: 0,
      voucherCode: null,
      voucherAmount: 0,
    });
  }

  /** Changes which gift vouchers an open cart buys (add, change or remove them); its tickets stay as they are. */
  async setCartGiftVouchers(scope: TenantScope, cartId: string, request: SetCartGiftVouchersRequest): Promise<CartResponse> {
    const cart = await this.openCart(scope, cartId);
    if (!cart.lines.length && !request.giftVouchers.length)
      throw new ValidationFailedError([{ field: 'giftVouchers', message: 'this cart would be empty: release it instead' }]);
    const lines = await this.giftVoucherLines(scope, request.giftVouchers, cart.currency);
    // An open cart's tickets never change, so its new total is known here.
    if (!(await this.repo.setGiftVoucherLines(scope, cartId, this.clock.now(), lines, subtotal(cart.lines, lines)))) return this.explainClosed(scope, cartId);
    return this.getCart(scope, cartId);
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
  private async withSeats(scope: TenantScope, cartId: string, lines: CartLine[]): Promise<CartLine[]> {
    if (!lines.some((l) => l.seated && !l.seatIds)) return lines;
    return seatLines(lines, await this.catalog.seatsOfCart(scope, cartId));
  }

  async getCart(scope: TenantScope, cartId: string): Promise<CartResponse> {
    const cart = await this.repo.findCart(scope, cartId);
    if (!cart) throw new CartNotFoundError();
    return view({ ...cart, lines: await this.seatedLines(scope, cart) });
  }

  /** The cart's lines with their seats (best-available seats live on the seats, not on the line). */
  private seatedLines(scope: TenantScope, cart: Cart): Promise<CartLine[]> | CartLine[] {
    return cart.status === 'open' || cart.status === 'checked_out' ? this.withSeats(scope, cart.id, cart.lines) : cart.lines;
  }

  /** Applies a promo code to an open cart: checks it can be used now and on these tickets, shows the discount. */
  async applyPromoCode(scope: TenantScope, cartId: string, code: string): Promise<CartResponse> {
    const cart = await this.openCart(scope, cartId);
    const promo = await this.promos.usable(scope, code, this.clock.now());
    const result = applyPromo(promo, cart.lines, cart.currency);
    if (!result.applies) {
      throw new PromoCodeRefusedError(
        'PROMO_CODE_NOT_APPLICABLE',
        result.reason === 'currency' ? `This promo code is for orders in ${promo.currency}` : 'This promo code does not apply to these tickets',
      );
    }
    if (!(await this.repo.setPromoCode(scope, cartId, this.clock.now(), promo.code, result.discount))) return this.explainClosed(scope, cartId);
    if (cart.voucherCode) await this.applyGiftVoucher(scope, cartId, cart.voucherCode);
    return this.getCart(scope, cartId);
  }

  /** Applies a gift voucher to an open cart: it will pay what it can of the total (after any discount). */
  async applyGiftVoucher(scope: TenantScope, cartId: string, code: string): Promise<CartResponse> {
    const cart = await this.openCart(scope, cartId);
    const voucher = await this.vouchers.usable(scope, code, cart.currency);
    // A gift voucher pays for tickets, not for other gift vouchers.
    const tickets = subtotal(cart.lines, []) - cart.discountAmount;
    if (tickets <= 0) throw new GiftVoucherRefusedError('GIFT_VOUCHER_NOT_FOR_VOUCHERS', 'A gift voucher pays for tickets, not for other gift vouchers');
    const amount = Math.min(voucher.balance, tickets);
    if (!(await this.repo.setVoucher(scope, cartId, this.clock.now(), voucher.code, amount))) return this.explainClosed(scope, cartId);
    return this.getCart(scope, cartId);
  }

  async removeGiftVoucher(scope: TenantScope, cartId: string): Promise<CartResponse> {
    await this.openCart(scope, cartId);
    if (!(await this.repo.setVoucher(scope, cartId, this.clock.now(), null, 0))) return this.explainClosed(scope, cartId);
    return this.getCart(scope, cartId);
  }

  async removePromoCode(scope: TenantScope, cartId: string): Promise<CartResponse> {
    const cart = await this.openCart(scope, cartId);
    if (!(await this.repo.setPromoCode(scope, cartId, this.clock.now(), null, 0))) return this.explainClosed(scope, cartId);
    // The voucher's share follows the total.
    if (cart.voucherCode) return this.applyGiftVoucher(scope, cartId, cart.voucherCode);
    return this.getCart(scope, cartId);
  }

  /** The buyer gives the places back before the cart expires. */
  async releaseCart(scope: TenantScope, cartId: string): Promise<void> {
    await this.db.transaction(async () => {
      const released = await this.repo.releaseOpenCart(scope, cartId, this.clock.now());
      if (!released) return this.explainClosed(scope, cartId);
      if (released.lines.some((l) => l.seated)) await this.catalog.releaseSeats(scope, cartId);
      await this.catalog.releaseHeldCapacity(scope, capacityOf(released.lines));
    });
  }

  /**
   * Turns a cart's held places into an order in one round trip: the cart is closed (so it is
   * checked out once, and not after its expiry), its promo code counted under its limit, the order
   * written, and the capacity row touched last, right before commit.
   */
  async checkoutCart(scope: TenantScope, cartId: string, request: CheckoutRequest): Promise<CheckoutResponse> {
    const open = await this.openCart(scope, cartId);
    const cart = { ...open, lines: await this.withSeats(scope, cartId, open.lines) };
    const { lines, discount, promo } = await this.priceCart(scope, cart);
    const ticketsTotal = lines.reduce((sum, l) => sum + (l.ticketAmounts ?? []).reduce((a, b) => a + b, 0), 0);
    // The voucher must still pay exactly what the buyer was shown; if its balance moved, they apply it again.
    const voucher = cart.voucherCode
      ? await this.vouchers.usable(scope, cart.voucherCode, cart.currency).catch(() => Promise.reject(new GiftVoucherUnavailableError()))
      : null;
    const voucherAmount = voucher ? Math.min(voucher.balance, ticketsTotal) : 0;
    if (voucher && voucherAmount !== cart.voucherAmount) throw new GiftVoucherUnavailableError();
    const due = ticketsTotal + subtotal([], cart.giftVoucherLines) - voucherAmount;
    if (due === 0 && request.paymentMethod !== 'free') throw new PaymentMethodNotAllowedError('nothing is left to pay: use the `free` payment method');
    if (due > 0 && request.paymentMethod === 'free') throw new PaymentMethodNotAllowedError('this cart is not free');

    for (let attempt = 1; ; attempt++) {
      const orderId = randomUUID();
      const now = this.clock.now();
      const sold = this.vouchers.toSell(cart.giftVoucherLines, cart.currency, orderId, now);
      try {
        const placed = await this.db.atomically(async () => {
          await this.repo.closeForCheckout(scope, cartId, now, orderId);
          if (promo) await this.promos.consume(scope, promo, now);
          if (voucher && voucherAmount > 0) await this.vouchers.redeem(scope, { voucherId: voucher.id, orderId, amount: voucherAmount, at: now });
          await this.vouchers.issueSold(scope, sold);
          const order = await this.orders.placeOrder(scope, {
            id: orderId,
            channel: 'shop',
            paymentMethod: due === 0 && voucherAmount > 0 ? 'gift_voucher' : request.paymentMethod,
            currency: cart.currency,
            customer: request.customer,
            lines,
            actor: { kind: 'customer', id: null, label: `${request.customer.firstName} ${request.customer.lastName}`.trim() },
            origin: { cartId },
            ...(promo ? { discount: { promoCode: promo.code, amount: discount } } : {}),
            ...(voucher && voucherAmount > 0 ? { voucher: { code: voucher.code, amount: voucherAmount } } : {}),
            giftVouchers: sold.map((v) => ({ id: v.id, name: v.name, code: displayVoucherCode(v.code), amount: v.initialAmount, expiresAt: v.expiresAt })),
          });
          for (const line of cart.lines.filter((l) => l.seatIds)) await this.catalog.sellSeats(scope, cartId, line.dateId, line.seatIds!);
          await this.catalog.sellHeldCapacity(scope, capacityOf(cart.lines));
          return order;
        });
        return { orderId: placed.id, orderNumber: placed.number, accessToken: placed.accessToken };
      } catch (error) {
        if (error instanceof RequirementFailed && error.code === 'CART_NOT_OPEN') return this.explainClosed(scope, cartId);
        if (error instanceof RequirementFailed && error.code === 'PROMO_CODE_UNAVAILABLE') throw new PromoCodeUnavailableError();
        if (error instanceof RequirementFailed && error.code === 'GIFT_VOUCHER_UNAVAILABLE') throw new GiftVoucherUnavailableError();
        if (!isOrderNumberTaken(error) || attempt === 3) throw error;
      }
    }
  }

  /** The order lines of a cart, with each ticket's amount after its promo code (checked again now). */
  private async priceCart(scope: TenantScope, cart: Cart): Promise<{ lines: OrderLine[]; discount: number; promo: PromoCode | null }> {
    const lines: OrderLine[] = cart.lines.map((l) => ({
      ...l,
      startsAt: new Date(l.startsAt),
      ticketAmounts: Array.from({ length: l.quantity }, () => l.unitAmount),
    }));
    if (!cart.promoCode) return { lines, discount: 0, promo: null };
    const promo = await this.promos.usable(scope, cart.promoCode, this.clock.now()).catch(() => {
      throw new PromoCodeUnavailableError();
    });
    const result = applyPromo(promo, cart.lines, cart.currency);
    if (!result.applies) throw new PromoCodeUnavailableError();
    for (const line of lines) line.ticketAmounts = [];
    for (const ticket of result.tickets) lines[ticket.line].ticketAmounts!.push(ticket.amount);
    return { lines, discount: result.discount, promo };
  }

  private async openCart(scope: TenantScope, cartId: string): Promise<Cart> {
    const cart = await this.repo.findCart(scope, cartId);
    if (!cart || cart.status !== 'open' || cart.expiresAt <= this.clock.now()) return this.explainClosed(scope, cartId);
    return cart;
  }

  createPromoCode(scope: TenantScope, request: CreatePromoCodeRequest): Promise<PromoCodeResponse> {
    return this.promos.create(scope, request);
  }

  updatePromoCode(scope: TenantScope, id: string, request: UpdatePromoCodeRequest): Promise<PromoCodeResponse> {
    return this.promos.update(scope, id, request);
  }

  getPromoCode(scope: TenantScope, id: string): Promise<PromoCodeResponse> {
    return this.promos.get(scope, id);
  }

  listPromoCodes(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<PromoCodeResponse>> {
    return this.promos.list(scope, query);
  }

  async getShopSettings(scope: TenantScope): Promise<ShopSettingsResponse> {
    const saved = await this.repo.findShopSettings(scope);
    return saved
      ? { displayModes: saved.displayModes, defaultDisplayMode: saved.defaultDisplayMode, showRemaining: saved.showRemaining }
      : DEFAULT_SHOP_SETTINGS;
  }

  async updateShopSettings(scope: TenantScope, request: UpdateShopSettingsRequest): Promise<ShopSettingsResponse> {
    if (!request.displayModes.includes(request.defaultDisplayMode)) {
      throw new ValidationFailedError([{ field: 'defaultDisplayMode', message: 'must be one of the offered displayModes' }]);
    }
    await this.repo.saveShopSettings(scope, request);
    return this.getShopSettings(scope);
  }

  /** Deadline sweep: gives the places of overdue carts back to sale. Returns how many carts expired. */
  async expireOverdueCarts(batch = 500): Promise<number> {
    return this.db.transaction(async () => {
      const expired = await this.repo.expireOverdue(this.clock.now(), batch);
      for (const cart of expired) {
        const scope = TenantScope.of(cart.ticketingId);
        if (cart.lines.some((l) => l.seated)) await this.catalog.releaseSeats(scope, cart.id);
        await this.catalog.releaseHeldCapacity(scope, capacityOf(cart.lines));
      }
      if (expired.length) this.logger.log({ expired: expired.length }, 'released overdue carts');
      return expired.length;
    });
  }

  /** Why a cart could not be closed: unknown, expired (swept or not yet), or already closed. */
  private async explainClosed(scope: TenantScope, cartId: string): Promise<never> {
    const cart = await this.repo.findCart(scope, cartId);
    if (!cart) throw new CartNotFoundError();
    if (cart.status === 'expired' || cart.status === 'open') throw new CartExpiredError();
    throw new CartClosedError(cart.status);
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
    return { ...l, seatIds: mine.map((s) => s.seatId), seatLabels: mine.map((s) => s.label) };
  });
}

/** What a cart's lines (tickets, gift vouchers) cost before any discount. */
const subtotal = (lines: readonly { unitAmount: number; quantity: number }[], giftVouchers: readonly CartGiftVoucherLine[]) =>
  [...lines, ...giftVouchers].reduce((s, l) => s + l.unitAmount * l.quantity, 0);

function view(
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
    items: cart.lines.map((l) => ({
      eventId: l.eventId,
      dateId: l.dateId,
      zoneId: l.zoneId,
      priceId: l.priceId,
      eventName: l.eventName,
      startsAt: l.startsAt,
      zoneName: l.zoneName,
      seatIds: l.seatIds ?? null,
      seatLabels: l.seatLabels ?? null,
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
