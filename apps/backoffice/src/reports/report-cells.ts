import { formatMoney, formatMoneyInput } from '@guichet/ui';

export interface Money {
  amount: number;
  currency: string;
}

/** The currencies of a report's amounts, in their order of appearance. */
export const currenciesIn = (amounts: Money[]): string[] => [...new Set(amounts.map((m) => m.currency))];

/**
 * A report's cell: a count as is; an amount without its currency when the report has one currency
 * (the table's caption names it: the columns fit the page), with it when there are several.
 */
export function cellText(value: number | Money, currencies: readonly string[]): string {
  if (typeof value === 'number') return String(value);
  return currencies.length === 1 ? formatMoneyInput(value.amount) : formatMoney(value);
}
