import { MoneyProblems } from '../../platform/http/money.dto';
import { DomainError, declareProblems, NotFoundError, Problem } from '../../platform/http/problem';

/** Every problem sales answers: carts, promo codes, gift vouchers and their offers. */
export const SalesProblems = declareProblems('sales', {
  CART_NOT_FOUND: { status: 404, summary: 'No such cart in this shop' },
  CART_EXPIRED: { status: 409, summary: 'The cart’s hold ran out and its places were released; choose them again' },
  CART_CLOSED: { status: 409, summary: 'The cart was already checked out or released; `cartStatus` says which' },
  CART_LINE_NOT_FOUND: { status: 404, summary: 'The cart has no such ticket line (removed already?)' },
  CART_CURRENCY_MISMATCH: { status: 422, summary: 'The cart is in another currency: one currency per cart and order (`cartCurrency` says which)' },
  CART_CHANGED: { status: 409, summary: 'The cart’s lines changed while this request was handled; read the cart and try again' },
  CART_TOO_BIG: { status: 422, summary: 'A cart holds at most 50 ticket lines' },
  PAYMENT_METHOD_NOT_ALLOWED: { status: 422, summary: 'This payment method does not fit the cart (e.g. `free` for a cart that costs something)' },
  INVITATION_NOT_ALLOWED: { status: 403, summary: 'Only an admin or a manager of the ticketing may give tickets away as invitations (ADR 0036)' },
  PROMO_CODE_NOT_FOUND: { status: 404, summary: 'No such promo code in this ticketing' },
  PROMO_CODE_EXISTS: { status: 409, summary: 'A promo code with this code exists already' },
  PROMO_CODE_UNKNOWN: { status: 422, summary: 'No active promo code has this code' },
  PROMO_CODE_NOT_YET_VALID: { status: 422, summary: 'The promo code is not valid yet' },
  PROMO_CODE_EXPIRED: { status: 422, summary: 'The promo code has expired' },
  PROMO_CODE_USED_UP: { status: 422, summary: 'The promo code was used as often as allowed' },
  PROMO_CODE_NOT_APPLICABLE: { status: 422, summary: 'The promo code applies to none of these tickets (or to another currency)' },
  PROMO_CODE_UNAVAILABLE: { status: 409, summary: 'The cart’s promo code can no longer be used; remove it to continue' },
  GIFT_VOUCHER_NOT_FOUND: { status: 404, summary: 'No such gift voucher in this ticketing' },
  GIFT_VOUCHER_UNKNOWN: { status: 422, summary: 'No usable gift voucher has this code' },
  GIFT_VOUCHER_EXPIRED: { status: 422, summary: 'The gift voucher has expired' },
  GIFT_VOUCHER_EMPTY: { status: 422, summary: 'The gift voucher has been used up' },
  GIFT_VOUCHER_CURRENCY: { status: 422, summary: 'The gift voucher is in another currency than the order' },
  GIFT_VOUCHER_NOT_PAID: { status: 422, summary: 'The gift voucher is usable once the order that bought it is paid' },
  GIFT_VOUCHER_NOT_FOR_VOUCHERS: { status: 422, summary: 'A gift voucher pays for tickets, not for other gift vouchers' },
  GIFT_VOUCHER_UNAVAILABLE: { status: 409, summary: 'The cart’s gift voucher can no longer pay what it showed; apply it again or remove it' },
  GIFT_VOUCHER_OFFER_NOT_FOUND: { status: 404, summary: 'No such gift voucher offer in this ticketing' },
  GIFT_VOUCHER_OFFER_NOT_ON_SALE: { status: 422, summary: 'This gift voucher is not on sale' },
  GIFT_VOUCHERS_SPENT: { status: 409, summary: 'A gift voucher this order sold has been spent: the order cannot be cancelled whole' },
  GIFT_VOUCHER_CREDIT_REFUSED: { status: 409, summary: 'The gift voucher cannot take this amount back (it would hold more than its value)' },
  SHOP_LOGO_NOT_FOUND: { status: 404, summary: 'This shop has no logo' },
});

export class CartNotFoundError extends NotFoundError {
  constructor() {
    super(SalesProblems.CART_NOT_FOUND, 'Cart');
  }
}

export class CartExpiredError extends DomainError {
  constructor() {
    super(SalesProblems.CART_EXPIRED, 'The places in this cart were released; please choose them again');
  }
}

export class CartClosedError extends DomainError {
  constructor(status: string) {
    super(SalesProblems.CART_CLOSED, `This cart is ${status.replace('_', ' ')}`, undefined, { cartStatus: status });
  }
}

export class CartLineNotFoundError extends NotFoundError {
  constructor() {
    super(SalesProblems.CART_LINE_NOT_FOUND, 'Cart line');
  }
}

/** Tickets asked in another currency than the cart's: an order has one currency. */
export class CartCurrencyMismatchError extends DomainError {
  constructor(cartCurrency: string, asked: string) {
    super(
      SalesProblems.CART_CURRENCY_MISMATCH,
      `This cart is in ${cartCurrency}`,
      [{ field: 'currency', message: `the cart is in ${cartCurrency}, not ${asked}` }],
      {
        cartCurrency,
      },
    );
  }
}

/** The cart changed between the read a write was computed from and the write (a checkout or another change won). */
export class CartChangedError extends DomainError {
  constructor() {
    super(SalesProblems.CART_CHANGED, 'This cart changed meanwhile; please look at it again');
  }
}

export class CartTooBigError extends DomainError {
  constructor(max: number) {
    super(SalesProblems.CART_TOO_BIG, `A cart holds at most ${max} ticket lines`, [{ field: 'items', message: `at most ${max} ticket lines in a cart` }]);
  }
}

export class PaymentMethodNotAllowedError extends DomainError {
  constructor(message: string) {
    super(SalesProblems.PAYMENT_METHOD_NOT_ALLOWED, message, [{ field: 'paymentMethod', message }]);
  }
}

/** The cart's promo code can no longer be used (used up, expired or withdrawn since it was applied). */
export class PromoCodeUnavailableError extends DomainError {
  constructor() {
    super(SalesProblems.PROMO_CODE_UNAVAILABLE, 'The promo code of this cart can no longer be used; remove it to continue');
  }
}

/** Why a code typed by the buyer cannot be used now; the field is the request's `code`. */
export class CodeRefusedError extends DomainError {
  constructor(problem: Problem, message: string) {
    super(problem, message, [{ field: 'code', message }]);
  }
}

/** The cart's gift voucher can no longer pay what it showed (spent elsewhere, expired or cancelled). */
export class GiftVoucherUnavailableError extends DomainError {
  constructor() {
    super(SalesProblems.GIFT_VOUCHER_UNAVAILABLE, 'The gift voucher of this cart can no longer pay this amount; apply it again or remove it');
  }
}

/** A gift voucher offer sold in another currency than the cart's (one currency per order). */
export class GiftVoucherCurrencyError extends DomainError {
  constructor(field: string, offered: string, cart: string) {
    super(MoneyProblems.CURRENCY_NOT_OFFERED, `This gift voucher is sold in ${offered}`, [{ field, message: `sold in ${offered}, not ${cart}` }]);
  }
}

export class GiftVoucherOfferNotOnSaleError extends DomainError {
  constructor(field: string) {
    super(SalesProblems.GIFT_VOUCHER_OFFER_NOT_ON_SALE, 'This gift voucher is not on sale', [{ field, message: 'not on sale' }]);
  }
}

/** Problem groups, for the contract of the operations that meet them. */
const P = SalesProblems;
export const CART_STATE_PROBLEMS = [P.CART_NOT_FOUND, P.CART_EXPIRED, P.CART_CLOSED];
/** What a change of a cart's lines may meet besides its state. */
export const CART_LINE_PROBLEMS = [P.CART_CHANGED];
export const PROMO_CODE_REFUSALS = [P.PROMO_CODE_UNKNOWN, P.PROMO_CODE_NOT_YET_VALID, P.PROMO_CODE_EXPIRED, P.PROMO_CODE_USED_UP, P.PROMO_CODE_NOT_APPLICABLE];
export const GIFT_VOUCHER_REFUSALS = [
  P.GIFT_VOUCHER_UNKNOWN,
  P.GIFT_VOUCHER_NOT_PAID,
  P.GIFT_VOUCHER_EXPIRED,
  P.GIFT_VOUCHER_EMPTY,
  P.GIFT_VOUCHER_CURRENCY,
  P.GIFT_VOUCHER_NOT_FOR_VOUCHERS,
];
