import { DomainError, declareProblems, NotFoundError } from '../../platform/http/problem';

/** Every problem orders answers. */
export const OrdersProblems = declareProblems('orders', {
  INVOICE_ORDER_CANCELS_WHOLE: {
    status: 409,
    summary:
      'An invoice order awaiting payment cannot cancel single tickets (its invoice would no longer be right): cancel the whole order and place a new one',
  },
  ORDER_NOT_INVOICED: { status: 404, summary: 'This order is not paid by invoice: it has no invoice' },
  ORDER_NOT_FOUND: { status: 404, summary: 'No such order in this ticketing (or the access token does not match, in the shop)' },
  ORDER_NOT_AWAITING_PAYMENT: { status: 409, summary: 'Only an order awaiting payment can be marked paid; `orderStatus` says what it is' },
  ORDER_NOT_EXCHANGEABLE: {
    status: 409,
    summary: 'Only a paid order’s valid tickets can be exchanged (a reservation: cancel and add tickets before it is paid)',
  },
  ORDER_CHANGED: {
    status: 409,
    summary: 'The order changed while this was being recorded (tickets split off or cancelled meanwhile): nothing was written; read it again',
  },
  ORDER_HAS_NO_EMAIL: {
    status: 409,
    summary: 'The order has no email address (an anonymous counter sale): nothing can be sent to it; add one to its contact first',
  },
  ORDER_ALREADY_CANCELLED: { status: 409, summary: 'The order is cancelled: nothing more can be cancelled, resent or paid' },
  NO_VALID_TICKETS: { status: 409, summary: 'The order has no valid ticket left to cancel' },
  TICKETS_NOT_CANCELLABLE: { status: 409, summary: 'Some of these tickets are no longer valid (cancelled or replaced meanwhile); `ticketIds` names them' },
  TICKET_NOT_IN_ORDER: { status: 422, summary: 'A ticket named is not one of this order’s' },
  NOTHING_TO_REFUND: { status: 409, summary: 'The order received nothing that was not already refunded' },
  CUSTOMER_NOT_FOUND: { status: 404, summary: 'No such customer in this ticketing' },
  CUSTOMER_EMAIL_TAKEN: { status: 409, summary: 'Another customer of this ticketing has this email' },
  COMMENT_NOT_FOUND: { status: 404, summary: 'No such comment in this ticketing' },
  COMMENT_NOT_YOURS: { status: 403, summary: 'Only the comment’s author or an admin of the ticketing can edit or delete it' },
  TICKET_CANCELLED: { status: 409, summary: 'A ticket named is cancelled: no operation applies to it; `ticketId` and `errors` name it' },
  TICKET_REPLACED: {
    status: 409,
    summary: 'A ticket named was reissued or rescheduled: its code is revoked and a new ticket replaces it; `ticketId` and `errors` name it',
  },
  TICKET_BLACKLISTED: { status: 409, summary: 'A ticket named is blacklisted: set it unscanned first to make it valid again; `ticketId` and `errors` name it' },
  ORDER_SPANS_EVENTS: { status: 409, summary: 'The order’s valid tickets are for several events: it cannot be moved to one date' },
  RESCHEDULE_DATE_NOT_OF_EVENT: { status: 422, summary: 'The date is not one of the event of the order’s tickets' },
  RESCHEDULE_SAME_DATE: { status: 422, summary: 'The order’s valid tickets are already for this date' },
  RESCHEDULE_DATE_CANCELLED: { status: 422, summary: 'The date is cancelled' },
  RESCHEDULE_DATE_PAST: { status: 422, summary: 'The date has already begun' },
  RESCHEDULE_PRICE_NOT_ON_DATE: { status: 422, summary: 'A ticket’s price is not sold for this date; `priceName` names it' },
  NO_PERSONAL_DATA: { status: 409, summary: 'No valid ticket of this order asks for attendee data' },
  PERSONALISATION_LINK_EXPIRED: { status: 410, summary: 'This personalisation link has expired; the organizer can send a new one' },
  ATTENDEE_ANSWERS_INVALID: {
    status: 422,
    summary: 'Some attendee answers are missing or not valid; `errors` names each field (`tickets[0].answers.firstName`)',
  },
  PAYMENT_TIME_OVER: { status: 409, summary: 'The time to pay this order by card is over: it is (being) cancelled and its places are back on sale' },
  RESCHEDULE_NO_SEATS: { status: 409, summary: 'Not enough free seats in a seated zone on this date; `zoneName` and `missing` say where and how many' },
  TICKET_NOT_FOUND: { status: 404, summary: 'A ticket named is not a ticket of this ticketing; `errors` names it' },
  ORDER_NOT_SPLITTABLE: {
    status: 409,
    summary: 'Only a reservation awaiting payment at the ticket office (on site, reserved) can be split; `orderStatus` and `paymentMethod` say what it is',
  },
  SPLIT_NO_TICKETS: { status: 422, summary: 'Select at least one ticket of the reservation to validate; `errors` names `ticketIds`' },
  SPLIT_ALL_TICKETS: {
    status: 422,
    summary: 'Every valid ticket of the reservation is selected (or only one is left): validate the whole reservation instead (recordOrderPayment)',
  },
  SPLIT_TICKET_NOT_VALID: { status: 422, summary: 'A ticket selected is no longer valid (cancelled, replaced or blacklisted); `errors` names it' },
});

export class OrderNotInvoicedError extends DomainError {
  constructor() {
    super(OrdersProblems.ORDER_NOT_INVOICED, 'This order is not paid by invoice: it has no invoice');
  }
}

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

/** ORD-13: an order already carries this external reference (imported before): nothing was written. */
export class OrderReferenceTakenError extends Error {
  constructor(readonly reference: string) {
    super(`an order already has the external reference ${reference}`);
  }
}

/** The random order number was taken (about one chance in 10^12): the write was rolled back; retry it with a new number. */
export class OrderNumberTakenError extends Error {
  constructor() {
    super('order number taken');
  }
}

export class CustomerNotFoundError extends NotFoundError {
  constructor() {
    super(OrdersProblems.CUSTOMER_NOT_FOUND, 'Customer');
  }
}

export class CommentNotFoundError extends NotFoundError {
  constructor() {
    super(OrdersProblems.COMMENT_NOT_FOUND, 'Comment');
  }
}

export class CommentNotYoursError extends DomainError {
  constructor() {
    super(OrdersProblems.COMMENT_NOT_YOURS, 'Only the comment’s author or an admin can edit or delete it');
  }
}
