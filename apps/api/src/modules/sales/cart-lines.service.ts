import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Currency } from '../../platform/http/money.dto';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CapacityChange } from '../catalog';
import { MAX_CART_LINES, mergeLines, takeTickets } from './cart-lines';
import { capacityOf, CartDraft, Carts, SaleRules, subtotal } from './carts.service';
import { AddCartItemsRequest } from './dto/cart.dto';
import { Cart, CartLine } from './entities/cart.entity';
import { applyPromo } from './discount';
import { GiftVouchers } from './gift-vouchers.service';
import { PromoCodes } from './promo-codes.service';
import { CartLinesWrite, SalesRepository } from './sales.repository';
import { CartCurrencyMismatchError, CartLineNotFoundError, CartTooBigError } from './sales.errors';

/** A change of an open cart's ticket lines as it will be written, with the places it holds or gives back. */
export interface CartLinesChange {
  write: CartLinesWrite;
  /** Added tickets: what to hold, until the cart's expiry. */
  hold: (Pick<CartDraft, 'chosenSeats' | 'bestSeats' | 'capacity'> & { until: Date }) | null;
  /** Removed tickets: the seats and places they give back. */
  release: { seats: { dateId: string; seatIds: string[] }[]; capacity: CapacityChange[] } | null;
}

/**
 * Tickets added to an open cart, or taken off it, line by line (ADR 0026). Each change is computed
 * from one read of the cart and written only if its lines are still as read (its revision), so the
 * places the cart holds always match its lines; the coordination layer holds or frees them in the
 * same write.
 */
@Injectable()
export class CartLines {
  constructor(
    private readonly repo: SalesRepository,
    private readonly carts: Carts,
    private readonly promos: PromoCodes,
    private readonly vouchers: GiftVouchers,
    private readonly clock: Clock,
  ) {}

  /** Tickets added to an open cart, checked as when opening one, in its currency; held until the cart's expiry. Writes nothing. */
  async draftAddition(scope: TenantScope, cartId: string, request: AddCartItemsRequest, rules: SaleRules): Promise<CartLinesChange> {
    const cart = await this.carts.requireOpen(scope, cartId);
    if (request.currency && request.currency !== cart.currency) throw new CartCurrencyMismatchError(cart.currency, request.currency);
    const draft = await this.carts.draft(scope, { currency: cart.currency as Currency, items: request.items }, cart.currency, rules);
    const lines = mergeLines(cart.lines, draft.lines);
    if (lines.length > MAX_CART_LINES) throw new CartTooBigError(MAX_CART_LINES);
    return {
      write: await this.priced(scope, cart, lines),
      hold: { chosenSeats: draft.chosenSeats, bestSeats: draft.bestSeats, capacity: draft.capacity, until: cart.expiresAt },
      release: null,
    };
  }

  /** `quantity` tickets (default: all) taken off a line of an open cart, with the seats and places they give back. Writes nothing. */
  async draftRemoval(scope: TenantScope, cartId: string, lineId: string, quantity?: number): Promise<CartLinesChange> {
    const cart = await this.carts.requireOpen(scope, cartId);
    const index = cart.lines.findIndex((l) => l.id === lineId.toLowerCase());
    if (index < 0) throw new CartLineNotFoundError();
    const stored = cart.lines[index];
    const taken = quantity ?? stored.quantity;
    if (taken > stored.quantity) throw new ValidationFailedError([{ field: 'quantity', message: `the line has ${stored.quantity} tickets` }]);
    // Best-available seats belong to the cart and are handed out to its lines in order: give back the ones shown on this line.
    const shown = stored.seated ? (await this.carts.withSeats(scope, cartId, cart.lines))[index] : stored;
    const { seatIds, left } = takeTickets(stored, shown, taken);
    const lines = cart.lines.flatMap((l, i) => (i !== index ? [l] : left ? [left] : []));
    return {
      write: await this.priced(scope, cart, lines),
      hold: null,
      release: {
        seats: seatIds.length ? [{ dateId: stored.dateId, seatIds }] : [],
        capacity: capacityOf([{ ...stored, quantity: taken }]),
      },
    };
  }

  /** Writes a change as part of the caller's write; fails it, saying why, if the cart is no longer open or its lines changed. */
  write(scope: TenantScope, change: CartLinesChange): Promise<void> {
    // Open until now, the moment of the write (not of the read).
    const write = { ...change.write, now: this.clock.now() };
    return this.repo.changeLines(scope, write, { CART_NOT_OPEN: () => this.carts.whyClosed(scope, write.cartId) });
  }

  /**
   * The new lines with what the cart's codes take off them now. A promo code that no longer applies
   * (its event was removed, or it ran out meanwhile) and a gift voucher left nothing to pay for are
   * dropped, as the buyer will see; the checkout checks both again anyway.
   */
  private async priced(scope: TenantScope, cart: Cart, lines: CartLine[]): Promise<CartLinesWrite> {
    const now = this.clock.now();
    let promoCode = cart.promoCode;
    let discountAmount = 0;
    if (promoCode) {
      const promo = await this.promos.usable(scope, promoCode, now).catch(() => null);
      const result = promo ? applyPromo(promo, lines, cart.currency) : null;
      if (result?.applies) discountAmount = result.discount;
      else promoCode = null;
    }
    let voucherCode = cart.voucherCode;
    let voucherAmount = 0;
    const tickets = subtotal(lines, []) - discountAmount;
    if (voucherCode) {
      const voucher = tickets > 0 ? await this.vouchers.usable(scope, voucherCode, cart.currency).catch(() => null) : null;
      if (voucher) voucherAmount = Math.min(voucher.balance, tickets);
      else voucherCode = null;
    }
    return {
      cartId: cart.id,
      revision: cart.revision,
      now,
      status: lines.length || cart.giftVoucherLines.length ? 'open' : 'released',
      lines,
      totalAmount: subtotal(lines, cart.giftVoucherLines),
      promoCode,
      discountAmount,
      voucherCode,
      voucherAmount,
    };
  }
}
