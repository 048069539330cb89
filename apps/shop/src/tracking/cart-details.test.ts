import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { cartDetailsFromCart, cartDetailsFromOrder } from './cart-details';

type Ticket = components['schemas']['TicketResponse'];
type Cart = components['schemas']['CartResponse'];
type ShopOrder = components['schemas']['ShopOrderResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });

function ticket(id: string, priceName: string, amount: number): Ticket {
  return {
    id,
    code: `code-${id}`,
    barcode: `00000000000000000${id.slice(-1)}`,
    dateId: 'date-1',
    eventId: 'event-1',
    eventName: 'Cyrano de Bergerac',
    startsAt: '2027-01-05T19:00:00.000Z',
    venue: 'Grande salle',
    zoneName: 'Parterre',
    seatId: null,
    seatLabel: null,
    seat: null,
    priceName,
    listPrice: chf(amount),
    price: chf(amount),
    status: 'valid',
    scanState: 'unscanned',
    firstScannedAt: null,
    attendee: null,
  };
}

describe('cartDetailsFromCart', () => {
  it('copies the lines and exposes the total as currency name and decimal amount', () => {
    const details = cartDetailsFromCart({
      id: 'cart-1',
      status: 'open',
      expiresAt: '2026-11-22T11:00:00.000Z',
      orderId: null,
      subtotal: chf(8450),
      discount: chf(0),
      promoCode: null,
      giftVoucher: chf(0),
      giftVoucherCode: null,
      giftVouchers: [],
      total: chf(8450),
      items: [
        {
          id: 'line-1',
          eventId: 'event-1',
          eventName: 'Cyrano de Bergerac',
          dateId: 'date-1',
          startsAt: '2027-01-05T19:00:00.000Z',
          zoneId: 'zone-1',
          zoneName: 'Parterre',
          seatIds: null,
          seatLabels: null,
          seats: null,
          priceId: 'price-1',
          priceName: 'Plein tarif',
          quantity: 2,
          unitPrice: chf(4225),
          lineTotal: chf(8450),
        },
      ],
    });

    expect(details).toEqual({
      cartId: 'cart-1',
      orderId: undefined,
      items: [
        {
          eventId: 'event-1',
          eventName: 'Cyrano de Bergerac',
          dateId: 'date-1',
          startsAt: '2027-01-05T19:00:00.000Z',
          zoneName: 'Parterre',
          priceName: 'Plein tarif',
          quantity: 2,
          unitPrice: chf(4225),
        },
      ],
      giftVouchers: [],
      quantity: 2,
      total: chf(8450),
      currency: { name: 'CHF' },
      topaid: 84.5,
    });
  });
});

describe('cartDetailsFromOrder', () => {
  it('groups the tickets of the same date, zone and price into one line', () => {
    const details = cartDetailsFromOrder({
      id: 'order-1',
      number: '7KQ2M9XD',
      status: 'reserved',
      channel: 'shop',
      paymentMethod: 'on_site',
      paymentDueAt: null,
      qrReference: null,
      transactions: [],
      createdAt: '2026-11-22T10:45:56.933Z',
      customer: { firstName: 'Ana', lastName: 'Test', email: 'ana@example.ch', mobile: null, customerId: null },
      language: 'fr',
      ticketCount: 3,
      discount: null,
      promoCode: null,
      giftVoucher: null,
      paid: chf(0),
      refunded: chf(0),
      amountDue: chf(10400),
      balance: chf(10400),
      paidAt: null,
      giftVouchers: [],
      subtotal: chf(10400),
      total: chf(10400),
      tickets: [ticket('t1', 'Plein tarif', 4200), ticket('t2', 'Réduit', 2000), ticket('t3', 'Plein tarif', 4200)],
    });

    expect(details.orderId).toBe('order-1');
    expect(details.items.map((i) => [i.priceName, i.quantity, i.unitPrice.amount])).toEqual([
      ['Plein tarif', 2, 4200],
      ['Réduit', 1, 2000],
    ]);
    expect(details.topaid).toBe(104);
    expect(details.currency.name).toBe('CHF');
  });
});

const emptyCart: Cart = {
  id: 'cart-2',
  status: 'open',
  expiresAt: '2026-11-22T11:00:00.000Z',
  orderId: null,
  subtotal: chf(0),
  discount: chf(0),
  promoCode: null,
  giftVoucher: chf(0),
  giftVoucherCode: null,
  giftVouchers: [],
  total: chf(0),
  items: [],
};

const voucherLine = (name: string, quantity: number, amount: number) => ({
  offerId: `offer-${name}`,
  name,
  quantity,
  unitPrice: chf(amount),
  lineTotal: chf(amount * quantity),
  validityMonths: 12,
});

describe('cartDetailsFromCart with gift vouchers', () => {
  it('lists the voucher lines and counts them with the tickets', () => {
    const details = cartDetailsFromCart({
      ...emptyCart,
      items: [
        {
          id: 'line-1',
          eventId: 'event-1',
          eventName: 'Cyrano de Bergerac',
          dateId: 'date-1',
          startsAt: '2027-01-05T19:00:00.000Z',
          zoneId: 'zone-1',
          zoneName: 'Parterre',
          seatIds: null,
          seatLabels: null,
          seats: null,
          priceId: 'price-1',
          priceName: 'Plein tarif',
          quantity: 1,
          unitPrice: chf(4000),
          lineTotal: chf(4000),
        },
      ],
      giftVouchers: [voucherLine('Bon 50', 2, 5000), voucherLine('Bon libre', 1, 7550)],
      subtotal: chf(21550),
      total: chf(21550),
    });

    expect(details.giftVouchers).toEqual([
      { name: 'Bon 50', quantity: 2, unitPrice: chf(5000) },
      { name: 'Bon libre', quantity: 1, unitPrice: chf(7550) },
    ]);
    expect(details.items).toHaveLength(1);
    expect(details.quantity).toBe(4);
    expect(details.topaid).toBe(215.5);
  });

  it('describes a cart of vouchers only', () => {
    const details = cartDetailsFromCart({ ...emptyCart, giftVouchers: [voucherLine('Bon 50', 1, 5000)], subtotal: chf(5000), total: chf(5000) });
    expect(details).toMatchObject({ items: [], quantity: 1, topaid: 50, currency: { name: 'CHF' } });
  });
});

describe('cartDetailsFromOrder with gift vouchers', () => {
  const order: ShopOrder = {
    id: 'order-2',
    number: '9XK2M7QD',
    status: 'reserved',
    channel: 'shop',
    paymentMethod: 'on_site',
    paymentDueAt: null,
    qrReference: null,
    transactions: [],
    createdAt: '2026-11-22T10:45:56.933Z',
    customer: { firstName: 'Ana', lastName: 'Test', email: 'ana@example.ch', mobile: null, customerId: null },
    language: 'fr',
    ticketCount: 1,
    discount: null,
    promoCode: null,
    giftVoucher: null,
    paid: chf(0),
    refunded: chf(0),
    amountDue: chf(19200),
    balance: chf(19200),
    paidAt: null,
    subtotal: chf(19200),
    total: chf(19200),
    tickets: [ticket('t1', 'Plein tarif', 4200)],
    giftVouchers: [
      { id: 'v1', name: 'Bon 50', code: 'AAAABBBBCCCC', amount: chf(5000), expiresAt: '2027-11-22T10:45:56.933Z', status: 'awaiting_payment', usable: false },
      {
        id: 'v2',
        name: 'Bon libre',
        code: 'DDDDEEEEFFFF',
        amount: chf(5000),
        expiresAt: '2027-11-22T10:45:56.933Z',
        status: 'awaiting_payment',
        usable: false,
      },
      { id: 'v3', name: 'Bon 50', code: 'GGGGHHHHJJJJ', amount: chf(5000), expiresAt: '2027-11-22T10:45:56.933Z', status: 'awaiting_payment', usable: false },
    ],
  };

  it('groups the vouchers of the same offer and value into one line', () => {
    const details = cartDetailsFromOrder(order);
    expect(details.giftVouchers).toEqual([
      { name: 'Bon 50', quantity: 2, unitPrice: chf(5000) },
      { name: 'Bon libre', quantity: 1, unitPrice: chf(5000) },
    ]);
    expect(details.quantity).toBe(4);
    expect(details.topaid).toBe(192);
  });
});
