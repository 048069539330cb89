import type { OrderStatus, PaymentMethod } from './entities/order.entity';

/** What the ⋯ menu of an order offers (ORD-9): each action, allowed now or not, and why not (a declared problem code). */
export interface OrderActions {
  resend: ActionState;
  recordPayment: ActionState;
  cancelOrder: ActionState;
  cancelTickets: ActionState;
  refund: ActionState;
  /** ORD-12: move the order's valid tickets to another date of their event. */
  reschedule: ActionState;
  /** ORD-5: only when a valid ticket asks for attendee data. */
  openPersonalisation: ActionState;
  /** Issue 11: validate some tickets of a reservation as a new paid order; the rest stays reserved. */
  splitReservation: ActionState;
  /** TO-6: give some valid tickets of a paid order back for others (another date, zone or price). */
  exchange: ActionState;
}

/** Why an action is not allowed: the problem code its endpoint answers (declared in orders and sales). */
export const ACTION_REASONS = [
  'ORDER_ALREADY_CANCELLED',
  'ORDER_NOT_AWAITING_PAYMENT',
  'GIFT_VOUCHERS_SPENT',
  'NO_VALID_TICKETS',
  'NOTHING_TO_REFUND',
  'ORDER_SPANS_EVENTS',
  'NO_PERSONAL_DATA',
  'INVOICE_ORDER_CANCELS_WHOLE',
  'ORDER_NOT_SPLITTABLE',
  'SPLIT_ALL_TICKETS',
  'ORDER_NOT_EXCHANGEABLE',
  'ORDER_HAS_NO_EMAIL',
] as const;
export type ActionReason = (typeof ACTION_REASONS)[number];

export interface ActionState {
  allowed: boolean;
  /** The problem code the action would answer now; null when allowed. */
  reason: ActionReason | null;
}

export interface OrderFacts {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  validTickets: number;
  /** What was paid and not yet refunded (succeeded and pending refunds count as given back). */
  refundable: number;
  /** A gift voucher the order sold has been spent: it can no longer be cancelled whole. */
  giftVouchersSpent: boolean;
  /** How many events the valid tickets are for (a reschedule moves them all to one date of one event). */
  validEvents: number;
  /** How many valid tickets ask for attendee data (their price has attendee fields). */
  personalTickets: number;
  /** The contact has an email address (an anonymous counter sale has none, ADR 0034). */
  hasEmail: boolean;
}

/** An invoice order not yet paid: its invoice stands as sent, so its tickets are cancelled all together or not at all. */
export const awaitsInvoicePayment = (o: Pick<OrderFacts, 'status' | 'paymentMethod'>): boolean => o.status === 'reserved' && o.paymentMethod === 'invoice';

/** A reservation to pay at the ticket office: the only kind of order that can be split (issue 11). */
export const awaitsOnSitePayment = (o: Pick<OrderFacts, 'status' | 'paymentMethod'>): boolean => o.status === 'reserved' && o.paymentMethod === 'on_site';

const yes: ActionState = { allowed: true, reason: null };
const no = (reason: ActionReason): ActionState => ({ allowed: false, reason });

/**
 * The rules of the order's actions, in one place: the API answers with them, the endpoints enforce
 * the same codes. Cancelling never refunds (seed 000); a refund is its own action, up to what was paid.
 */
export function orderActions(o: OrderFacts): OrderActions {
  const cancelled = o.status === 'cancelled';
  return {
    resend: cancelled ? no('ORDER_ALREADY_CANCELLED') : !o.hasEmail ? no('ORDER_HAS_NO_EMAIL') : yes,
    // A reservation is validated at the counter even when a gift voucher or a cancellation left nothing to pay.
    recordPayment: o.status !== 'reserved' ? no('ORDER_NOT_AWAITING_PAYMENT') : yes,
    cancelOrder: cancelled ? no('ORDER_ALREADY_CANCELLED') : o.giftVouchersSpent ? no('GIFT_VOUCHERS_SPENT') : yes,
    // ORD-8 (seed 000): the invoice sent would no longer be right; the whole order is cancelled and a new one placed.
    cancelTickets: cancelled
      ? no('ORDER_ALREADY_CANCELLED')
      : awaitsInvoicePayment(o)
        ? no('INVOICE_ORDER_CANCELS_WHOLE')
        : o.validTickets === 0
          ? no('NO_VALID_TICKETS')
          : yes,
    refund: o.refundable <= 0 ? no('NOTHING_TO_REFUND') : yes,
    openPersonalisation: cancelled ? no('ORDER_ALREADY_CANCELLED') : o.personalTickets === 0 ? no('NO_PERSONAL_DATA') : yes,
    reschedule: cancelled ? no('ORDER_ALREADY_CANCELLED') : o.validTickets === 0 ? no('NO_VALID_TICKETS') : o.validEvents > 1 ? no('ORDER_SPANS_EVENTS') : yes,
    // One valid ticket split off would be all of them: that is validating the reservation.
    splitReservation: !awaitsOnSitePayment(o) ? no('ORDER_NOT_SPLITTABLE') : o.validTickets < 2 ? no('SPLIT_ALL_TICKETS') : yes,
    // ADR 0035: a reservation just drops or adds tickets before it is paid.
    exchange: cancelled
      ? no('ORDER_ALREADY_CANCELLED')
      : o.status !== 'paid'
        ? no('ORDER_NOT_EXCHANGEABLE')
        : o.validTickets === 0
          ? no('NO_VALID_TICKETS')
          : yes,
  };
}
