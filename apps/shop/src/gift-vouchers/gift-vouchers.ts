import type { components, ProblemCode } from '@guichet/api-client';
import { dateFormat, parseMoneyInput, formatMoney } from '@guichet/ui';
import { t } from '../i18n/i18n';
import { problemWords } from '../i18n/problems';

type Offer = components['schemas']['GiftVoucherOfferResponse'];
type Cart = components['schemas']['CartResponse'];
type CartGiftVoucherRequest = components['schemas']['CartGiftVoucherRequest'];
type Currency = Offer['currency'];

export const MAX_VOUCHERS_PER_OFFER = 10;

/** The value of an offer as the shop shows it: its fixed amount, or the range the buyer chooses in. */
export function offerValueLabel(offer: Offer): string {
  if (offer.amount) return formatMoney(offer.amount);
  return t('giftVouchers.valueRange', { min: formatMoney(offer.minAmount!), max: formatMoney(offer.maxAmount!) });
}

/** "Valable 12 mois", "Valable 1 mois". */
export function validityLabel(months: number): string {
  return t('cart.validity', { months });
}

/**
 * The value the buyer typed for a buyer-chosen offer, in minor units, or a French message saying
 * why it cannot be taken (unreadable, or outside the offer's range). Fixed offers take their amount.
 */
export function readVoucherValue(text: string, offer: Offer): { amount: number } | { error: string } {
  if (offer.amount) return { amount: offer.amount.amount };
  const min = offer.minAmount!;
  const max = offer.maxAmount!;
  const range = { min: formatMoney(min), max: formatMoney(max) };
  if (!text.trim()) return { error: t('giftVouchers.valueMissing', range) };
  const amount = parseMoneyInput(text);
  if (amount === null) return { error: t('giftVouchers.amountMissing', { example: (min.amount / 100).toFixed(2) }) };
  if (amount < min.amount || amount > max.amount) return { error: t('giftVouchers.valueOutOfRange', range) };
  return { amount };
}

/** The currencies the shop sells vouchers in, in a stable order. */
export function offerCurrencies(offers: readonly Offer[]): Currency[] {
  return (['CHF', 'EUR'] as const).filter((c) => offers.some((o) => o.currency === c));
}

export interface VoucherChoice {
  quantity: number;
  /** What the buyer typed as the value (buyer-chosen offers only). */
  value: string;
}

/**
 * The cart request lines for what the buyer chose, and the French error per offer whose value
 * cannot be taken; offers left at quantity zero are skipped.
 */
export function voucherRequests(
  offers: readonly Offer[],
  choices: Readonly<Record<string, VoucherChoice | undefined>>,
): { lines: CartGiftVoucherRequest[]; errors: Record<string, string>; total: number } {
  const lines: CartGiftVoucherRequest[] = [];
  const errors: Record<string, string> = {};
  let total = 0;
  for (const offer of offers) {
    const choice = choices[offer.id];
    if (!choice?.quantity) continue;
    const read = readVoucherValue(choice.value, offer);
    if ('error' in read) {
      errors[offer.id] = read.error;
      continue;
    }
    lines.push(offer.amount ? { offerId: offer.id, quantity: choice.quantity } : { offerId: offer.id, quantity: choice.quantity, amount: read.amount });
    total += read.amount * choice.quantity;
  }
  return { lines, errors, total };
}

/**
 * The vouchers of an open cart in this currency as request lines: the list that new vouchers are
 * added to, and what a ticket booking (which makes a new cart) carries over. Sending the unit price
 * as `amount` is accepted for fixed offers too.
 */
export function keptVoucherLines(cart: Cart | null | undefined, currency: string): CartGiftVoucherRequest[] {
  if (!cart || cart.status !== 'open' || cart.total.currency !== currency) return [];
  return cart.giftVouchers.map((v) => ({ offerId: v.offerId, quantity: v.quantity, amount: v.unitPrice.amount }));
}

/** The cart's whole voucher list with line `index` at `quantity` (0 removes it), as the cart's vouchers are set. */
export function changedVoucherLines(cart: Pick<Cart, 'giftVouchers'>, index: number, quantity: number): CartGiftVoucherRequest[] {
  return cart.giftVouchers.flatMap((v, i) => {
    const q = i === index ? quantity : v.quantity;
    return q > 0 ? [{ offerId: v.offerId, quantity: q, amount: v.unitPrice.amount }] : [];
  });
}

/** The quantities a cart's voucher line offers: 1 to the usual maximum, or to what it already holds. */
export function voucherLineQuantities(current: number): number[] {
  return Array.from({ length: Math.max(MAX_VOUCHERS_PER_OFFER, current) }, (_, i) => i + 1);
}

/** The index of the cart line a refusal's `giftVouchers[i].…` field points at; null for other fields. */
export function voucherLineOfField(field: string): number | null {
  const match = /^giftVouchers\[(\d+)\]\./.exec(field);
  return match ? Number(match[1]) : null;
}

/**
 * Why the cart's vouchers could not be changed, in the shop's words, naming the voucher the refusal
 * is about (`sent` is the list that was sent, `cart` the cart it was sent for).
 */
export function voucherChangeMessage(
  error: { code: ProblemCode; detail: string; errors?: { field: string; message: string }[] },
  sent: readonly CartGiftVoucherRequest[],
  cart: Pick<Cart, 'giftVouchers'>,
): string {
  const message = problemWords(error.code, 'giftVoucherLines') ?? error.detail;
  const index = (error.errors ?? []).map((e) => voucherLineOfField(e.field)).find((i) => i !== null);
  const offerId = index === undefined || index === null ? undefined : sent[index]?.offerId;
  const name = cart.giftVouchers.find((v) => v.offerId === offerId)?.name;
  return name ? `${name} : ${message.charAt(0).toLowerCase()}${message.slice(1)}` : message;
}

/** A voucher code in groups of four, as printed on the voucher: "K7PM2QXD9HWT" → "K7PM-2QXD-9HWT". */
export function groupVoucherCode(code: string): string {
  const clean = code.replace(/[\s-]+/g, '').toUpperCase();
  return clean.match(/.{1,4}/g)?.join('-') ?? clean;
}

/** "jusqu’au 22 novembre 2027", in Zurich time like every date the shop shows. */
export function validUntilLabel(expiresAt: string): string {
  return t('giftVouchers.validUntil', {
    day: dateFormat({ timeZone: 'Europe/Zurich', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(expiresAt)),
  });
}
