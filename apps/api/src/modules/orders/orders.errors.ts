import { DomainError, NotFoundError } from '../../platform/http/problem';

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super('Order', 'ORDER_NOT_FOUND');
  }
}

/** ORD-9: the API says why an action is not allowed. */
export class OrderNotAwaitingPaymentError extends DomainError {
  constructor(status: string) {
    super('ORDER_NOT_AWAITING_PAYMENT', 409, `Only an order awaiting payment can be marked paid; this one is ${status}`, undefined, { orderStatus: status });
  }
}
