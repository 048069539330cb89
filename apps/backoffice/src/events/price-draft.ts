import type { components } from '@guichet/api-client';
import { formatMoneyInput, parseMoneyInput } from '@guichet/ui';

type Money = components['schemas']['MoneyDto'];
type PriceResponse = components['schemas']['PriceResponse'];
export type Currency = Money['currency'];
export type PriceKind = PriceResponse['kind'];
export type PriceVisibility = PriceResponse['visibility'];
export interface FieldError {
  field: string;
  message: string;
}

export const CURRENCIES: readonly Currency[] = ['CHF', 'EUR'];

/** "The minimum price must be more than CHF/EUR 2.-" (bank fees), in minor units. */
export const PAY_WHAT_YOU_WANT_FLOOR = 200;

/** A price as the organizer types it: amounts are the text of one input per currency. */
export interface PriceDraft {
  name: string;
  kind: PriceKind;
  amounts: Record<Currency, string>;
  visibility: PriceVisibility;
}

export function emptyPriceDraft(name = ''): PriceDraft {
  return { name, kind: 'fixed', amounts: { CHF: '', EUR: '' }, visibility: 'public' };
}

export function priceDraftFrom(price: PriceResponse): PriceDraft {
  const amounts = { CHF: '', EUR: '' };
  for (const a of price.amounts) amounts[a.currency] = formatMoneyInput(a.amount);
  return { name: price.name, kind: price.kind, amounts, visibility: price.visibility };
}

/** Currencies with an amount typed in, in a fixed order (the order of the request's `amounts`). */
function filledCurrencies(draft: PriceDraft): Currency[] {
  return draft.kind === 'free' ? [] : CURRENCIES.filter((c) => draft.amounts[c].trim() !== '');
}

/** The request's `amounts`: minor units parsed from the digits, one entry per filled currency. */
export function draftAmounts(draft: PriceDraft): Money[] {
  return filledCurrencies(draft).map((currency) => ({ currency, amount: parseMoneyInput(draft.amounts[currency]) ?? -1 }));
}

const join = (path: string, field: string) => (path ? `${path}.${field}` : field);

/**
 * What the browser can check before a round trip, with the API's own rules (seed 003): a fixed
 * price has an amount above zero, a pay-what-you-want minimum is more than 2.00 and is refused when
 * the event is subject to the Lausanne entertainment tax. Fields are named like the inputs
 * (`prices[1].amounts[EUR]`), under `path`.
 */
export function priceDraftErrors(draft: PriceDraft, path: string, event: { subjectToEntertainmentTax: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name.trim()) errors.push({ field: join(path, 'name'), message: 'Le nom du tarif est obligatoire.' });
  if (draft.kind === 'free') return errors;
  if (draft.kind === 'pay_what_you_want' && event.subjectToEntertainmentTax) {
    errors.push({ field: join(path, 'kind'), message: 'Le prix libre n’est pas possible pour un événement soumis à la taxe sur les divertissements.' });
  }
  const filled = filledCurrencies(draft);
  if (filled.length === 0) {
    errors.push({
      field: join(path, 'amounts'),
      message: draft.kind === 'fixed' ? 'Indiquez un montant dans au moins une devise.' : 'Indiquez un minimum dans au moins une devise.',
    });
  }
  for (const currency of filled) {
    const field = join(path, `amounts[${currency}]`);
    const amount = parseMoneyInput(draft.amounts[currency]);
    if (amount === null) errors.push({ field, message: 'Montant invalide : utilisez par exemple 25.50.' });
    else if (draft.kind === 'fixed' && amount === 0) errors.push({ field, message: 'Le montant doit être supérieur à 0 (sinon, choisissez « Gratuit »).' });
    else if (draft.kind === 'pay_what_you_want' && amount <= PAY_WHAT_YOU_WANT_FLOOR) {
      errors.push({ field, message: `Le minimum doit être supérieur à ${currency} 2.00 (frais bancaires).` });
    }
  }
  return errors;
}

/**
 * Points the API's field names for a draft's amounts (`prices[1].amounts[0].amount`, where the index
 * follows the filled currencies) at the input of that currency (`prices[1].amounts[EUR]`).
 */
export function amountFieldRenamer(draft: PriceDraft, path: string): (field: string) => string | null {
  const filled = filledCurrencies(draft);
  const prefix = join(path, 'amounts[');
  return (field) => {
    if (!field.startsWith(prefix)) return null;
    const index = Number(/^(\d+)\]/.exec(field.slice(prefix.length))?.[1]);
    const currency = filled[index];
    return currency ? join(path, `amounts[${currency}]`) : join(path, 'amounts');
  };
}
