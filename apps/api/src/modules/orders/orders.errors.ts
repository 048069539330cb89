import { DomainError, declareProblems, NotFoundError } from '../../platform/http/problem';

/** Every problem orders answers. */
export const OrdersProblems = declareProblems('orders', {
  ORDER_NOT_FOUND: { status: 404, summary: 'No such order in this ticketing (or the access token does not match, in the shop)' },
  ORDER_NOT_AWAITING_PAYMENT: { status: 409, summary: 'Only an order awaiting payment can be marked paid; `orderStatus` says what it is' },
});

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super(OrdersProblems.ORDER_NOT_FOUND, 'Order');
  }
}

/** ORD-9: the API says why an action is not allowed. */
export class OrderNotAwaitingPaymentError extends DomainError {
  constructor(status: string) {
    super(OrdersProblems.ORDER_NOT_AWAITING_PAYMENT, `Only an order awaiting payment can be marked paid; this one is ${status}`, undefined, {
      orderStatus: status,
    });
  }
}

/** The random order number was taken (about one chance in 10^12): the write was rolled back; retry it with a new number. */
export class OrderNumberTakenError extends Error {
  constructor() {
    super('order number taken');
  }
}
