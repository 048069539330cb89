import { formatMoney } from '@guichet/ui';
import { describe, expect, it } from 'vitest';
import {
  emptyOfferForm,
  type GiftVoucherOffer,
  type OfferForm,
  offerProblemInFrench,
  offerToForm,
  offerValueLabel,
  readOfferChanges,
  readOfferForm,
} from './offer-form';

const form = (over: Partial<OfferForm>): OfferForm => ({ ...emptyOfferForm('CHF'), name: 'Bon cadeau', ...over });
const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const offer = (over: Partial<GiftVoucherOffer>): GiftVoucherOffer => ({
  id: 'o1',
  name: 'Bon 50',
  currency: 'CHF',
  amount: chf(5000),
  minAmount: null,
  maxAmount: null,
  validityMonths: 12,
  onSale: true,
  position: 0,
  ...over,
});

describe('gift voucher offer form', () => {
  it('reads a fixed value in exact minor units, without a range', () => {
    expect(readOfferForm(form({ name: ' Bon 50 ', amount: "1'050,5", validityMonths: '24', onSale: false }))).toEqual({
      body: { name: 'Bon 50', currency: 'CHF', amount: 105050, validityMonths: 24, onSale: false },
    });
  });

  it('reads a value the buyer chooses as a range and no fixed amount', () => {
    expect(readOfferForm(form({ kind: 'free', amount: 'ignored', minAmount: '20', maxAmount: '300.00', currency: 'EUR' }))).toEqual({
      body: { name: 'Bon cadeau', currency: 'EUR', amount: null, minAmount: 2000, maxAmount: 30000, validityMonths: 12, onSale: true },
    });
  });

  it('names every field to correct', () => {
    const read = readOfferForm(form({ name: '  ', amount: '12.345', validityMonths: '61' }));
    expect('errors' in read && read.errors.map((e) => e.field)).toEqual(['name', 'validityMonths', 'amount']);
    const free = readOfferForm(form({ kind: 'free', minAmount: '', maxAmount: '0' }));
    expect('errors' in free && free.errors.map((e) => e.field)).toEqual(['minAmount', 'maxAmount']);
    expect(readOfferForm(form({ validityMonths: '1.5' }))).toEqual({ errors: [{ field: 'validityMonths', message: 'Entre 1 et 60 mois.' }] });
  });

  it('refuses a range whose minimum is above its maximum, on the maximum', () => {
    expect(readOfferForm(form({ kind: 'free', minAmount: '100', maxAmount: '50' }))).toEqual({
      errors: [{ field: 'maxAmount', message: 'Le maximum doit être au moins égal au minimum.' }],
    });
  });

  it('edits the value, name and validity, switching between fixed and chosen value', () => {
    const free = offer({ amount: null, minAmount: chf(2000), maxAmount: chf(20000), validityMonths: 6, onSale: false });
    const edited = offerToForm(free);
    expect(edited).toMatchObject({ kind: 'free', minAmount: '20.00', maxAmount: '200.00', validityMonths: '6', onSale: false });
    expect(readOfferChanges({ ...edited, kind: 'fixed', amount: '75' })).toEqual({ body: { name: 'Bon 50', validityMonths: 6, amount: 7500 } });
    expect(readOfferChanges(offerToForm(offer({})))).toEqual({ body: { name: 'Bon 50', validityMonths: 12, amount: 5000 } });
    expect(readOfferChanges({ ...offerToForm(offer({})), kind: 'free' })).toEqual({
      body: { name: 'Bon 50', validityMonths: 12, amount: null, minAmount: 2000, maxAmount: 20000 },
    });
  });

  it('says what an offer is worth', () => {
    expect(offerValueLabel(offer({}))).toBe(formatMoney(chf(5000)));
    expect(offerValueLabel(offer({ amount: null, minAmount: chf(2000), maxAmount: chf(20000) }))).toBe(
      `${formatMoney(chf(2000))} à ${formatMoney(chf(20000))}, au choix`,
    );
  });

  it('words the API’s limits in the units the organizer typed', () => {
    const problem = offerProblemInFrench({
      code: 'VALIDATION_FAILED' as const,
      detail: 'Validation failed',
      errors: [
        { field: 'amount', message: 'amount must not be less than 100' },
        { field: 'maxAmount', message: 'maxAmount must not be greater than 10000000' },
        { field: 'maxAmount', message: 'must be at least minAmount' },
        { field: 'name', message: 'name must be shorter than or equal to 120 characters' },
      ],
    });
    expect(problem.errors).toEqual([
      { field: 'amount', message: 'Au moins 1.00.' },
      { field: 'maxAmount', message: 'Au plus 100000.00.' },
      { field: 'maxAmount', message: 'Le maximum doit être au moins égal au minimum.' },
      { field: 'name', message: '120 caractères au plus' },
    ]);
  });
});
