import { balanceOf, EMPTY_LEDGER } from './ledger';

describe('an order balance, derived from the ledger', () => {
  it('is the total while nothing is paid', () => expect(balanceOf(9090, EMPTY_LEDGER)).toBe(9090));
  it('is what is left after a partial payment', () => expect(balanceOf(9090, { paid: 5000, refunded: 0 })).toBe(4090));
  it('is zero once paid in full', () => expect(balanceOf(9090, { paid: 9090, refunded: 0 })).toBe(0));
  it('grows again with a refund', () => expect(balanceOf(9090, { paid: 9090, refunded: 3030 })).toBe(3030));
  it('is negative when more was paid than owed (over-payment, or a cancellation not yet refunded)', () =>
    expect(balanceOf(6060, { paid: 9090, refunded: 0 })).toBe(-3030));
});
