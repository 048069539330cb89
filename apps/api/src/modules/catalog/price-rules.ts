import { DomainError, FieldError, ValidationFailedError } from '../../platform/http/problem';
import { CatalogProblems } from './catalog.errors';
import type { PriceKind } from './entities/price.entity';

/** "The minimum price must be more than CHF/EUR 2.- due to the banking fees" (seed 003). */
export const PAY_WHAT_YOU_WANT_FLOOR = 200;

export interface PriceShape {
  kind: PriceKind;
  amounts?: { amount: number; currency: string }[];
}

/**
 * Checks a price's amounts against its kind and its event. `path` names the price in the request
 * (e.g. `prices[1]`) so every error points at the field. Throws the first rule broken.
 */
export function assertPriceRules(price: PriceShape, event: { subjectToEntertainmentTax: boolean }, path: string): void {
  const amounts = price.amounts ?? [];
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const problems: FieldError[] = [];
  const currencies = amounts.map((a) => a.currency);
  if (new Set(currencies).size !== currencies.length) problems.push({ field: at('amounts'), message: 'one amount per currency' });

  switch (price.kind) {
    case 'free':
      if (amounts.some((a) => a.amount !== 0)) problems.push({ field: at('amounts'), message: 'a free price has no amount' });
      break;
    case 'fixed':
      if (amounts.length === 0) problems.push({ field: at('amounts'), message: 'a fixed price needs an amount in at least one currency' });
      amounts.forEach((a, i) => {
        if (a.amount <= 0) problems.push({ field: at(`amounts[${i}].amount`), message: 'must be greater than 0 (use a free price instead)' });
      });
      break;
    case 'pay_what_you_want': {
      if (event.subjectToEntertainmentTax) {
        throw new DomainError(
          CatalogProblems.PAY_WHAT_YOU_WANT_NOT_ALLOWED,
          'Pay-what-you-want prices are not available for events subject to the Lausanne entertainment tax',
          [{ field: at('kind'), message: 'not allowed for an event subject to the entertainment tax' }],
        );
      }
      if (amounts.length === 0) problems.push({ field: at('amounts'), message: 'a pay-what-you-want price needs a minimum in at least one currency' });
      const low = amounts.findIndex((a) => a.amount <= PAY_WHAT_YOU_WANT_FLOOR);
      if (problems.length === 0 && low >= 0) {
        throw new DomainError(
          CatalogProblems.PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW,
          'The minimum of a pay-what-you-want price must be more than 2.00 (bank fees)',
          [{ field: at(`amounts[${low}].amount`), message: 'must be more than 200 (2.00)' }],
        );
      }
      break;
    }
  }
  if (problems.length) throw new ValidationFailedError(problems);
}

/** What the buyer pays for one ticket: the fixed amount, zero, or their own amount above the minimum. */
export function unitAmountFor(kind: PriceKind, listed: number, chosen: number | undefined, field: string): number {
  if (kind !== 'pay_what_you_want') {
    if (chosen !== undefined) throw new ValidationFailedError([{ field, message: 'only a pay-what-you-want price takes an amount' }]);
    return kind === 'free' ? 0 : listed;
  }
  if (chosen === undefined) throw new ValidationFailedError([{ field, message: 'choose how much to pay' }]);
  if (chosen < listed) {
    throw new DomainError(CatalogProblems.PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW, `The amount must be at least the minimum of ${(listed / 100).toFixed(2)}`, [
      { field, message: `must be at least ${listed}` },
    ]);
  }
  return chosen;
}
