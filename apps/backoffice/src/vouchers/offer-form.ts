import { type components } from '@guichet/api-client';
import { formatMoney, formatMoneyInput, parseMoneyInput } from '@guichet/ui';
import { inWords, type ShownProblem } from '../i18n/problems';

export type GiftVoucherOffer = components['schemas']['GiftVoucherOfferResponse'];
type CreateOffer = components['schemas']['CreateGiftVoucherOfferRequest'];
type UpdateOffer = components['schemas']['UpdateGiftVoucherOfferRequest'];
type FieldError = { field: string; message: string };

/** The offer form as typed: money as text, `fixed` value or `free` (the buyer chooses within a range). */
export interface OfferForm {
  name: string;
  currency: 'CHF' | 'EUR';
  kind: 'fixed' | 'free';
  amount: string;
  minAmount: string;
  maxAmount: string;
  validityMonths: string;
  onSale: boolean;
}

export function emptyOfferForm(currency: 'CHF' | 'EUR'): OfferForm {
  return { name: '', currency, kind: 'fixed', amount: '50.00', minAmount: '20.00', maxAmount: '200.00', validityMonths: '12', onSale: true };
}

/** An existing offer in the form, to edit it. */
export function offerToForm(offer: GiftVoucherOffer): OfferForm {
  return {
    name: offer.name,
    currency: offer.currency,
    kind: offer.amount ? 'fixed' : 'free',
    amount: offer.amount ? formatMoneyInput(offer.amount.amount) : '50.00',
    minAmount: offer.minAmount ? formatMoneyInput(offer.minAmount.amount) : '20.00',
    maxAmount: offer.maxAmount ? formatMoneyInput(offer.maxAmount.amount) : '200.00',
    validityMonths: String(offer.validityMonths),
    onSale: offer.onSale,
  };
}

type Value = { amount: number } | { amount: null; minAmount: number; maxAmount: number };

function readValue(form: OfferForm, errors: FieldError[]): Value | null {
  const positive = (field: 'amount' | 'minAmount' | 'maxAmount', example: string): number | null => {
    const minor = parseMoneyInput(form[field]);
    if (minor === null || minor <= 0) {
      errors.push({ field, message: `Indiquez un montant, par exemple ${example}.` });
      return null;
    }
    return minor;
  };
  if (form.kind === 'fixed') {
    const amount = positive('amount', '50.00');
    return amount === null ? null : { amount };
  }
  const minAmount = positive('minAmount', '20.00');
  const maxAmount = positive('maxAmount', '200.00');
  if (minAmount === null || maxAmount === null) return null;
  if (minAmount > maxAmount) {
    errors.push({ field: 'maxAmount', message: 'Le maximum doit être au moins égal au minimum.' });
    return null;
  }
  return { amount: null, minAmount, maxAmount };
}

function readCommon(form: OfferForm, errors: FieldError[]): { name: string; validityMonths: number } {
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', message: 'Donnez un nom à l’offre, par exemple « Bon cadeau 50 francs ».' });
  const months = /^\d+$/.test(form.validityMonths.trim()) ? Number(form.validityMonths.trim()) : NaN;
  if (!(months >= 1 && months <= 60)) errors.push({ field: 'validityMonths', message: 'Entre 1 et 60 mois.' });
  return { name, validityMonths: months };
}

/** The form read into a new offer, or the fields to correct. */
export function readOfferForm(form: OfferForm): { body: CreateOffer } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const common = readCommon(form, errors);
  const value = readValue(form, errors);
  if (errors.length || !value) return { errors };
  return { body: { ...common, currency: form.currency, onSale: form.onSale, ...value } };
}

/**
 * The form read into the change of an existing offer: name, validity and the whole value (a
 * fixed amount, or `amount: null` with the range), so switching between the two is one PATCH.
 * Being on sale and the position have their own buttons; the currency stays the offer's.
 */
export function readOfferChanges(form: OfferForm): { body: UpdateOffer } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const common = readCommon(form, errors);
  const value = readValue(form, errors);
  if (errors.length || !value) return { errors };
  return { body: { ...common, ...value } };
}

/** What the value of an offer is: "CHF 50.00", or "CHF 20.00 à CHF 200.00, au choix". */
export function offerValueLabel(offer: GiftVoucherOffer): string {
  if (offer.amount) return formatMoney(offer.amount);
  if (offer.minAmount && offer.maxAmount) return `${formatMoney(offer.minAmount)} à ${formatMoney(offer.maxAmount)}, au choix`;
  return '—';
}

const MONEY_FIELDS = new Set(['amount', 'minAmount', 'maxAmount']);

/**
 * The API's refusal in the form's words: its money limits are in minor units ("must not be less than
 * 100"), which the organizer typed as 1.00; every other message in the catalog's words (`inWords`).
 */
export function offerProblemInFrench<T extends ShownProblem>(problem: T): T {
  const shown = inWords(problem);
  if (!problem.errors) return shown;
  const errors = problem.errors.map((e, i) => {
    const limit = /must not be (less|greater) than (\d+)/.exec(e.message);
    if (limit && MONEY_FIELDS.has(e.field)) return { ...e, message: `${limit[1] === 'less' ? 'Au moins' : 'Au plus'} ${formatMoneyInput(Number(limit[2]))}.` };
    if (limit && e.field === 'validityMonths') return { ...e, message: 'Entre 1 et 60 mois.' };
    if (e.message === 'must be at least minAmount') return { ...e, message: 'Le maximum doit être au moins égal au minimum.' };
    return shown.errors?.[i] ?? e;
  });
  return { ...shown, errors };
}
