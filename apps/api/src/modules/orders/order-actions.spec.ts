import { OrderFacts, orderActions } from './order-actions';

const paid: OrderFacts = {
  status: 'paid',
  paymentMethod: 'on_site',
  validTickets: 3,
  refundable: 9090,
  giftVouchersSpent: false,
  validEvents: 1,
  personalTickets: 0,
  hasEmail: true,
};

describe('what an order’s ⋯ menu allows, and why not', () => {
  it('lets a paid order be resent, cancelled (whole or tickets) and refunded, not paid again', () => {
    expect(orderActions(paid)).toEqual({
      resend: { allowed: true, reason: null },
      recordPayment: { allowed: false, reason: 'ORDER_NOT_AWAITING_PAYMENT' },
      cancelOrder: { allowed: true, reason: null },
      cancelTickets: { allowed: true, reason: null },
      refund: { allowed: true, reason: null },
      reschedule: { allowed: true, reason: null },
      openPersonalisation: { allowed: false, reason: 'NO_PERSONAL_DATA' },
      splitReservation: { allowed: false, reason: 'ORDER_NOT_SPLITTABLE' },
      exchange: { allowed: true, reason: null },
    });
  });

  it('resends nothing to an order without email (an anonymous counter sale)', () => {
    expect(orderActions({ ...paid, hasEmail: false }).resend).toEqual({ allowed: false, reason: 'ORDER_HAS_NO_EMAIL' });
  });

  it('lets only a paid order with valid tickets exchange them (ADR 0035)', () => {
    expect(orderActions({ ...paid, status: 'reserved', refundable: 0 }).exchange).toEqual({ allowed: false, reason: 'ORDER_NOT_EXCHANGEABLE' });
    expect(orderActions({ ...paid, status: 'cancelled', validTickets: 0 }).exchange).toEqual({ allowed: false, reason: 'ORDER_ALREADY_CANCELLED' });
    expect(orderActions({ ...paid, validTickets: 0 }).exchange).toEqual({ allowed: false, reason: 'NO_VALID_TICKETS' });
  });

  it('lets only a reservation to pay on site with two valid tickets or more be split', () => {
    const reserved = { ...paid, status: 'reserved' as const, refundable: 0 };
    expect(orderActions(reserved).splitReservation).toEqual({ allowed: true, reason: null });
    expect(orderActions({ ...reserved, validTickets: 1 }).splitReservation).toEqual({ allowed: false, reason: 'SPLIT_ALL_TICKETS' });
    expect(orderActions({ ...reserved, paymentMethod: 'invoice' }).splitReservation).toEqual({ allowed: false, reason: 'ORDER_NOT_SPLITTABLE' });
    expect(orderActions({ ...reserved, paymentMethod: 'card' }).splitReservation).toEqual({ allowed: false, reason: 'ORDER_NOT_SPLITTABLE' });
  });

  it('lets a reservation be paid, and not refunded while nothing was paid', () => {
    const actions = orderActions({ ...paid, status: 'reserved', refundable: 0 });
    expect(actions.recordPayment).toEqual({ allowed: true, reason: null });
    expect(actions.refund).toEqual({ allowed: false, reason: 'NOTHING_TO_REFUND' });
  });

  it('keeps a cancelled order refundable for what it received, and nothing else', () => {
    const actions = orderActions({ ...paid, status: 'cancelled', validTickets: 0 });
    expect(actions.cancelOrder.reason).toBe('ORDER_ALREADY_CANCELLED');
    expect(actions.cancelTickets.reason).toBe('ORDER_ALREADY_CANCELLED');
    expect(actions.resend.reason).toBe('ORDER_ALREADY_CANCELLED');
    expect(actions.refund.allowed).toBe(true);
  });

  it('refuses to cancel whole an order whose sold gift voucher was spent', () => {
    expect(orderActions({ ...paid, giftVouchersSpent: true }).cancelOrder).toEqual({ allowed: false, reason: 'GIFT_VOUCHERS_SPENT' });
  });

  it('has nothing to cancel ticket by ticket once every ticket is cancelled', () => {
    expect(orderActions({ ...paid, validTickets: 0 }).cancelTickets).toEqual({ allowed: false, reason: 'NO_VALID_TICKETS' });
  });

  it('opens personalisation only when a valid ticket asks for attendee data', () => {
    expect(orderActions({ ...paid, personalTickets: 2 }).openPersonalisation).toEqual({ allowed: true, reason: null });
    expect(orderActions({ ...paid, status: 'cancelled', personalTickets: 2 }).openPersonalisation.reason).toBe('ORDER_ALREADY_CANCELLED');
  });

  it('reschedules only an open order with valid tickets of one event', () => {
    expect(orderActions({ ...paid, status: 'cancelled', validTickets: 0 }).reschedule).toEqual({ allowed: false, reason: 'ORDER_ALREADY_CANCELLED' });
    expect(orderActions({ ...paid, validTickets: 0, validEvents: 0 }).reschedule).toEqual({ allowed: false, reason: 'NO_VALID_TICKETS' });
    expect(orderActions({ ...paid, validEvents: 2 }).reschedule).toEqual({ allowed: false, reason: 'ORDER_SPANS_EVENTS' });
  });

  it('refuses single-ticket cancellation of an invoice order awaiting payment, but not its whole cancellation (ORD-8)', () => {
    const invoice = orderActions({ ...paid, status: 'reserved', paymentMethod: 'invoice', refundable: 0 });
    expect(invoice.cancelTickets).toEqual({ allowed: false, reason: 'INVOICE_ORDER_CANCELS_WHOLE' });
    expect(invoice.cancelOrder).toEqual({ allowed: true, reason: null });
    // Once paid, its tickets can be cancelled one by one like any order's.
    expect(orderActions({ ...paid, paymentMethod: 'invoice' }).cancelTickets).toEqual({ allowed: true, reason: null });
  });
});
