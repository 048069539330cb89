import { applyPromo, PromoRule } from './discount';

const rule = (r: Partial<PromoRule>): PromoRule => ({ kind: 'percentage', percent: null, amount: null, currency: null, eventIds: null, priceIds: null, ...r });
const line = (unitAmount: number, quantity = 1, priceId = 'p1', eventId = 'e1') => ({ eventId, priceId, unitAmount, quantity });

describe('applyPromo', () => {
  it('takes a percentage off each eligible ticket, rounding half up', () => {
    const r = applyPromo(rule({ percent: 15 }), [line(3300, 2)], 'CHF');
    expect(r).toEqual({
      applies: true,
      discount: 990,
      tickets: [
        { line: 0, amount: 2805 },
        { line: 0, amount: 2805 },
      ],
    });
  });

  it('spreads a fixed amount over eligible tickets so that it adds up exactly', () => {
    const r = applyPromo(rule({ kind: 'fixed_amount', amount: 1000, currency: 'CHF' }), [line(3000, 3)], 'CHF');
    expect(r.applies && r.tickets.map((t) => t.amount)).toEqual([2666, 2667, 2667]);
    expect(r.applies && r.discount).toBe(1000);
    const sum = r.applies ? r.tickets.reduce((s, t) => s + t.amount, 0) : 0;
    expect(sum).toBe(8000);
  });

  it('never makes tickets negative: the discount is capped at what is eligible', () => {
    const r = applyPromo(rule({ kind: 'fixed_amount', amount: 10000, currency: 'CHF' }), [line(2500, 2)], 'CHF');
    expect(r).toEqual({
      applies: true,
      discount: 5000,
      tickets: [
        { line: 0, amount: 0 },
        { line: 0, amount: 0 },
      ],
    });
  });

  it('respects its scope of events and prices', () => {
    const r = applyPromo(rule({ percent: 50, priceIds: ['p2'] }), [line(2000, 1, 'p1'), line(4000, 1, 'p2')], 'CHF');
    expect(r).toEqual({
      applies: true,
      discount: 2000,
      tickets: [
        { line: 0, amount: 2000 },
        { line: 1, amount: 2000 },
      ],
    });
    expect(applyPromo(rule({ percent: 50, eventIds: ['other'] }), [line(2000)], 'CHF')).toEqual({ applies: false, reason: 'no_eligible_ticket' });
  });

  it('does not apply a fixed amount in another currency, nor to free tickets', () => {
    expect(applyPromo(rule({ kind: 'fixed_amount', amount: 500, currency: 'EUR' }), [line(2000)], 'CHF')).toEqual({ applies: false, reason: 'currency' });
    expect(applyPromo(rule({ percent: 10 }), [line(0, 2)], 'CHF')).toEqual({ applies: false, reason: 'no_eligible_ticket' });
  });
});
