import { ConflictError, DomainError, NotFoundError } from '../../platform/http/problem';

export class CartNotFoundError extends NotFoundError {
  constructor() {
    super('Cart', 'CART_NOT_FOUND');
  }
}

export class CartExpiredError extends ConflictError {
  constructor() {
    super('CART_EXPIRED', 'The places in this cart were released; please choose them again');
  }
}

export class CartClosedError extends ConflictError {
  constructor(status: string) {
    super('CART_CLOSED', `This cart is ${status.replace('_', ' ')}`, { cartStatus: status });
  }
}

export class PaymentMethodNotAllowedError extends DomainError {
  constructor(message: string) {
    super('PAYMENT_METHOD_NOT_ALLOWED', 422, message, [{ field: 'paymentMethod', message }]);
  }
}

/** The cart's promo code can no longer be used (used up, expired or withdrawn since it was applied). */
export class PromoCodeUnavailableError extends ConflictError {
  constructor() {
    super('PROMO_CODE_UNAVAILABLE', 'The promo code of this cart can no longer be used; remove it to continue');
  }
}

/** The cart's gift voucher can no longer pay what it showed (spent elsewhere, expired or cancelled). */
export class GiftVoucherUnavailableError extends ConflictError {
  constructor() {
    super('GIFT_VOUCHER_UNAVAILABLE', 'The gift voucher of this cart can no longer pay this amount; apply it again or remove it');
  }
}

/** A gift voucher offer sold in another currency than the cart's (one currency per order). */
export class GiftVoucherCurrencyError extends DomainError {
  constructor(field: string, offered: string, cart: string) {
    super('CURRENCY_NOT_OFFERED', 422, `This gift voucher is sold in ${offered}`, [{ field, message: `sold in ${offered}, not ${cart}` }]);
  }
}
