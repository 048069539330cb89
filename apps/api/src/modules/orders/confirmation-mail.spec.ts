import { ConfirmationContent, confirmationText } from './confirmation-mail';

const content = (over: Partial<ConfirmationContent>): ConfirmationContent => ({
  ticketingName: 'Théâtre des Remparts',
  customerName: 'Hyacinte Géronte',
  orderNumber: '7HSDWAEQ',
  language: 'fr',
  currency: 'CHF',
  shows: [
    {
      eventName: 'Les Fourberies de Scapin',
      startsAt: new Date('2027-06-19T18:00:00Z'),
      doorsAt: null,
      venue: null,
      venueAddress: null,
      tickets: [{ zoneName: 'Parterre', seat: null, priceName: 'Plein tarif', listAmount: 3900, amount: 0 }],
    },
  ],
  giftVouchers: [],
  subtotal: 0,
  discount: null,
  total: 0,
  voucherPaid: null,
  paid: 0,
  due: 0,
  payOnSite: false,
  orderUrl: 'https://example.test/o',
  attached: { tickets: 1, vouchers: 0 },
  invoice: null,
  ...over,
});

describe('the confirmation email of an invitation (ADR 0036)', () => {
  it('says « Invitation » for each ticket given away, never a price reduced to nothing', () => {
    const text = confirmationText(content({ invitation: true }));
    expect(text).toContain('Parterre — Plein tarif — Invitation');
    expect(text).not.toContain('après réduction');
  });

  it('in the customer’s language', () => {
    expect(confirmationText(content({ invitation: true, language: 'de' }))).toContain('Parterre — Plein tarif — Einladung');
  });
});
