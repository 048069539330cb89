import { commissionOf, NO_COMMISSION } from './commission';

describe('commission per ticket', () => {
  const terms = { fixedAmount: 50, rateBp: 250, freeTickets: false };

  it('is the fixed part plus the share of the price', () => {
    expect(commissionOf(terms, 4000)).toBe(50 + 100);
    expect(commissionOf({ ...terms, fixedAmount: 0 }, 3030)).toBe(76); // 75.75 rounds up
    expect(commissionOf({ ...terms, fixedAmount: 0 }, 3010)).toBe(75); // 75.25 rounds down
    expect(commissionOf({ ...terms, fixedAmount: 0 }, 3020)).toBe(76); // 75.5: half up
  });

  it('charges a free ticket only when the terms say so', () => {
    expect(commissionOf(terms, 0)).toBe(0);
    expect(commissionOf({ ...terms, freeTickets: true }, 0)).toBe(50);
  });

  it('is nothing without terms', () => {
    expect(commissionOf(NO_COMMISSION, 9900)).toBe(0);
  });
});
