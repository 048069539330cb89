import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { cartSummary } from './cart-summary';

type Cart = components['schemas']['CartResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const ticketLine = (quantity: number): Cart['items'][number] => ({
  id: 'l',
  eventId: 'e',
  eventName: 'Cyrano',
  dateId: 'd',
  startsAt: '2027-01-05T19:00:00.000Z',
  zoneId: 'z',
  zoneName: 'Parterre',
  seatIds: null,
  seatLabels: null,
  seats: null,
  priceId: 'p',
  priceName: 'Plein tarif',
  quantity,
  unitPrice: chf(4000),
  lineTotal: chf(4000 * quantity),
});
const voucherLine = (quantity: number): Cart['giftVouchers'][number] => ({
  offerId: 'o',
  name: 'Bon 50',
  quantity,
  unitPrice: chf(5000),
  lineTotal: chf(5000 * quantity),
  validityMonths: 12,
});

describe('cartSummary', () => {
  it('counts tickets and vouchers across their lines', () => {
    expect(cartSummary({ items: [ticketLine(2), ticketLine(1)], giftVouchers: [voucherLine(1)] })).toEqual({
      tickets: 3,
      vouchers: 1,
      label: '3 billets et 1 bon cadeau',
    });
  });
  it('speaks of vouchers alone, or tickets alone', () => {
    expect(cartSummary({ items: [], giftVouchers: [voucherLine(1), voucherLine(1)] }).label).toBe('2 bons cadeaux');
    expect(cartSummary({ items: [ticketLine(1)], giftVouchers: [] }).label).toBe('1 billet');
  });
});
