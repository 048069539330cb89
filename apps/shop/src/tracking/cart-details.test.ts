import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { cartDetailsFromCart, cartDetailsFromOrder } from './cart-details';

type Ticket = components['schemas']['TicketResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });

function ticket(id: string, priceName: string, amount: number): Ticket {
  return {
    id,
    code: `code-${id}`,
    dateId: 'date-1',
    eventId: 'event-1',
    eventName: 'Cyrano de Bergerac',
    startsAt: '2027-01-05T19:00:00.000Z',
    venue: 'Grande salle',
    zoneName: 'Parterre',
    seatId: null,
    seatLabel: null,
    priceName,
    price: chf(amount),
    status: 'valid',
    scanState: 'unscanned',
    firstScannedAt: null,
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
          eventId: 'event-1',
          eventName: 'Cyrano de Bergerac',
          dateId: 'date-1',
          startsAt: '2027-01-05T19:00:00.000Z',
          zoneId: 'zone-1',
          zoneName: 'Parterre',
          seatIds: null,
          seatLabels: null,
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
      createdAt: '2026-11-22T10:45:56.933Z',
      customer: { firstName: 'Ana', lastName: 'Test', email: 'ana@example.ch' },
      ticketCount: 3,
      discount: null,
      promoCode: null,
      giftVoucher: null,
      amountDue: chf(10400),
      paidAt: null,
      giftVouchers: [],
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
