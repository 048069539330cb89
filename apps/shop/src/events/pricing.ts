import type { components } from '@guichet/api-client';
import { parseMoneyInput, formatMoney } from '@guichet/ui';
import { t } from '../i18n/i18n';

type ShopPrice = components['schemas']['ShopPriceResponse'];
type Money = components['schemas']['MoneyDto'];
export type Currency = Money['currency'];

const CURRENCIES: readonly Currency[] = ['CHF', 'EUR'];

/** Whether a price is sold for a date and zone (null = every date, every zone). */
export function priceApplies(price: Pick<ShopPrice, 'dateIds' | 'zoneIds'>, dateId: string, zoneId: string): boolean {
  return (price.dateIds === null || price.dateIds.includes(dateId)) && (price.zoneIds === null || price.zoneIds.includes(zoneId));
}

/** The currencies the event can be paid in: those its paying prices have an amount in. */
export function offeredCurrencies(prices: readonly ShopPrice[]): Currency[] {
  const found = new Set(prices.flatMap((p) => p.amounts.map((a) => a.currency)));
  return CURRENCIES.filter((c) => found.has(c));
}

/** The shop's currency when the event offers it, otherwise the first one offered. */
export function initialCurrency(offered: readonly Currency[], shopCurrency: string): Currency {
  return offered.find((c) => c === shopCurrency) ?? offered[0] ?? (shopCurrency === 'EUR' ? 'EUR' : 'CHF');
}

/** The amount (fixed) or minimum (pay what you want) in a currency; null when the price has none there. */
export function amountIn(price: Pick<ShopPrice, 'amounts'>, currency: Currency): Money | null {
  return price.amounts.find((a) => a.currency === currency) ?? null;
}

/** The prices a buyer can choose for a date, zone and currency: free ones, and the others listed in that currency. */
export function pricesFor(prices: readonly ShopPrice[], dateId: string, zoneId: string, currency: Currency): ShopPrice[] {
  return prices.filter((p) => priceApplies(p, dateId, zoneId) && (p.kind === 'free' || amountIn(p, currency) !== null));
}

/**
 * The buyer's own amount for a pay-what-you-want ticket, in minor units, or a French message saying
 * why it cannot be taken (unreadable, or under the minimum).
 */
export function readChosenAmount(text: string, minimum: Money): { amount: number } | { error: string } {
  const amount = parseMoneyInput(text);
  if (amount === null) return { error: t('booking.amountMissing') };
  if (amount < minimum.amount) return { error: t('booking.minimumIs', { minimum: formatMoney(minimum) }) };
  return { amount };
}

/** The price of one ticket, as shown next to the price's name. */
export function priceLabel(price: ShopPrice, currency: Currency): string {
  const amount = amountIn(price, currency);
  if (price.kind === 'free' || !amount) return t('order.free');
  return price.kind === 'pay_what_you_want' ? t('booking.payWhatYouWant', { minimum: formatMoney(amount) }) : formatMoney(amount);
}
