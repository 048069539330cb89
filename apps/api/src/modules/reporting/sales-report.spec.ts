import { salesReport, shareOut } from './sales-report';

describe('sales report by event', () => {
  it('shares a refund out in whole units that add up', () => {
    expect(shareOut(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(shareOut(1050, [3000, 3000])).toEqual([525, 525]);
    expect(shareOut(100, [2000, 1000])).toEqual([67, 33]);
    expect(shareOut(0, [5, 7])).toEqual([0, 0]);
  });

  it('puts sales, cancellations, shared refunds and commission on each event’s line', () => {
    const report = salesReport({
      sales: [
        {
          eventId: 'e1',
          eventName: 'Cyrano',
          currency: 'CHF',
          soldTickets: 3,
          soldAmount: 9000,
          cancelledTickets: 1,
          cancelledAmount: 3000,
          invitationTickets: 0,
        },
        {
          eventId: 'e2',
          eventName: 'Phèdre',
          currency: 'CHF',
          soldTickets: 1,
          soldAmount: 2000,
          cancelledTickets: 0,
          cancelledAmount: 0,
          invitationTickets: 0,
        },
      ],
      commission: [
        { eventId: 'e1', currency: 'CHF', amount: 450 },
        { eventId: 'e2', currency: 'CHF', amount: 150 },
      ],
      // o1 bought both events: its refund of 30.00 is shared 60 / 20.
      refunds: [
        { orderId: 'o1', currency: 'CHF', amount: 3000 },
        { orderId: 'gift', currency: 'CHF', amount: 5000 },
      ],
      shares: [
        { orderId: 'o1', eventId: 'e1', eventName: 'Cyrano', amount: 6000 },
        { orderId: 'o1', eventId: 'e2', eventName: 'Phèdre', amount: 2000 },
      ],
    });
    expect(report.lines).toEqual([
      {
        eventId: 'e1',
        eventName: 'Cyrano',
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
        eventId: 'e2',
        eventName: 'Phèdre',
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

  it('shows an event refunded in the period even when it sold nothing in it', () => {
    const report = salesReport({
      sales: [],
      commission: [],
      refunds: [{ orderId: 'o1', currency: 'EUR', amount: 1200 }],
      shares: [{ orderId: 'o1', eventId: 'e9', eventName: 'Tartuffe', amount: 4000 }],
    });
    expect(report.lines).toEqual([
      {
        eventId: 'e9',
        eventName: 'Tartuffe',
        currency: 'EUR',
        soldTickets: 0,
        cancelledTickets: 0,
        invitationTickets: 0,
        sold: 0,
        cancelled: 0,
        refunds: 1200,
        commission: 0,
      },
    ]);
  });
});
