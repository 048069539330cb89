import { describe, expect, it } from 'vitest';
import { discountLabel, promoStatus, readPromoForm, usageLabel, validityLabel } from './promo-display';

const base = { active: true, validFrom: null, validUntil: null, usedCount: 0, usageLimit: null };
const now = new Date('2027-01-10T12:00:00Z');

describe('promo code display', () => {
  it('shows the discount', () => {
    expect(discountLabel({ kind: 'percentage', percent: 20, amount: null })).toBe('−20 %');
    expect(discountLabel({ kind: 'fixed_amount', percent: null, amount: { amount: 1000, currency: 'CHF' } }).replace(/\s/g, ' ')).toMatch(
      /^−(CHF.10\.00|10\.00.CHF)$/,
    );
  });

  it('shows validity and usage', () => {
    expect(validityLabel(base)).toBe('sans limite de date');
    expect(validityLabel({ validFrom: null, validUntil: '2027-01-31T22:59:00Z' })).toMatch(/^jusqu’au 31\.01\.2027/);
    expect(usageLabel({ usedCount: 3, usageLimit: null })).toBe('3 / illimité');
    expect(usageLabel({ usedCount: 3, usageLimit: 10 })).toBe('3 / 10');
  });

  it('knows the status now', () => {
    expect(promoStatus(base, now)).toBe('active');
    expect(promoStatus({ ...base, active: false }, now)).toBe('withdrawn');
    expect(promoStatus({ ...base, validFrom: '2027-02-01T00:00:00Z' }, now)).toBe('scheduled');
    expect(promoStatus({ ...base, validUntil: '2027-01-01T00:00:00Z' }, now)).toBe('expired');
    expect(promoStatus({ ...base, usedCount: 5, usageLimit: 5 }, now)).toBe('used_up');
  });

  it('reads the create form', () => {
    const form = { code: 'AMIS2027', kind: 'percentage' as const, percent: '20', amount: '', currency: 'CHF' as const, usageLimit: '' };
    expect(readPromoForm(form)).toEqual({ body: { code: 'AMIS2027', kind: 'percentage', percent: 20 } });
    expect(readPromoForm({ ...form, kind: 'fixed_amount', amount: '12,50', usageLimit: 3, percent: 20 })).toEqual({
      body: { code: 'AMIS2027', kind: 'fixed_amount', amount: { amount: 1250, currency: 'CHF' }, usageLimit: 3 },
    });
    const bad = readPromoForm({ ...form, code: 'a b', percent: '0', usageLimit: '-1' });
    expect('errors' in bad && bad.errors.map((e) => e.field)).toEqual(['code', 'percent', 'usageLimit']);
  });
});
