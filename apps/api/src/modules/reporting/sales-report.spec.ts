import type { SalesGroup } from '../orders';
import { salesReport, shareOut } from './sales-report';

const event = (key: string, name: string): SalesGroup => ({ key, label: name, eventId: key, eventName: name, startsAt: null });
const channel = (key: string): SalesGroup => ({ key, label: key, eventId: null, eventName: null, startsAt: null });
const none = { soldTickets: 0, cancelledTickets: 0, invitationTickets: 0, sold: 0, cancelled: 0, refunds: 0, commission: 0 };

describe('a sales report by group', () => {
  it('shares a refund out in whole units that add up', () => {
    expect(shareOut(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(shareOut(1050, [3000, 3000])).toEqual([525, 525]);
    expect(shareOut(100, [2000, 1000])).toEqual([67, 33]);
    expect(shareOut(0, [5, 7])).toEqual([0, 0]);
  });

  it('puts sales, cancellations, shared refunds and commission on each event’s line', () => {
    const sales = (g: SalesGroup, n: number, amount: number, cancelled: number, cancelledAmount: number) => ({
      ...g,
      currency: 'CHF',
      soldTickets: n,
      soldAmount: amount,
      cancelledTickets: cancelled,
      cancelledAmount,
      invitationTickets: 0,
    });
    const report = salesReport({
      sales: [sales(event('e1', 'Cyrano'), 3, 9000, 1, 3000), sales(event('e2', 'Phèdre'), 1, 2000, 0, 0)],
      commission: [
        { ...event('e1', 'Cyrano'), currency: 'CHF', amount: 450 },
        { ...event('e2', 'Phèdre'), currency: 'CHF', amount: 150 },
      ],
      // o1 bought both events: its refund of 30.00 is shared 60 / 20.
      refunds: [
        { orderId: 'o1', currency: 'CHF', amount: 3000 },
        { orderId: 'gift', currency: 'CHF', amount: 5000 },
      ],
      shares: [
        { ...event('e1', 'Cyrano'), orderId: 'o1', amount: 6000 },
        { ...event('e2', 'Phèdre'), orderId: 'o1', amount: 2000 },
      ],
    });
    expect(report.lines).toEqual([
      {
        ...event('e1', 'Cyrano'),
        currency: 'CHF',
        soldTickets: 3,
        cancelledTickets: 1,
        invitationTickets: 0,
        sold: 9000,
        cancelled: 3000,
        refunds: 2250,
        commission: 450,
      },
      {
        ...event('e2', 'Phèdre'),
        currency: 'CHF',
        soldTickets: 1,
        cancelledTickets: 0,
        invitationTickets: 0,
        sold: 2000,
        cancelled: 0,
        refunds: 750,
        commission: 150,
      },
    ]);
    expect(report.otherRefunds).toEqual(new Map([['CHF', 5000]]));
  });

  it('shows a group refunded or charged in the period even when it sold nothing in it, in each currency', () => {
    const report = salesReport({
      sales: [],
      commission: [{ ...channel('shop'), currency: 'CHF', amount: 90 }],
      refunds: [{ orderId: 'o1', currency: 'EUR', amount: 1200 }],
      shares: [{ ...channel('ticket_office'), orderId: 'o1', amount: 4000 }],
    });
    expect(report.lines).toEqual([
      { ...channel('ticket_office'), currency: 'EUR', ...none, refunds: 1200 },
      { ...channel('shop'), currency: 'CHF', ...none, commission: 90 },
    ]);
  });
});
