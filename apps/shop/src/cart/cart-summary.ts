import type { components } from '@guichet/api-client';
import { t } from '../i18n/i18n';

type Cart = components['schemas']['CartResponse'];

export interface CartSummary {
  tickets: number;
  vouchers: number;
  /** "2 billets et 1 bon cadeau" */
  label: string;
}

/** What the cart holds, counted per admission and per voucher, in the shop's words. */
export function cartSummary(cart: Pick<Cart, 'items' | 'giftVouchers'>): CartSummary {
  const tickets = cart.items.reduce((sum, l) => sum + l.quantity, 0);
  const vouchers = cart.giftVouchers.reduce((sum, l) => sum + l.quantity, 0);
  const ticketWords = t('cart.tickets', { count: tickets }, tickets);
  const voucherWords = t('cart.vouchers', { count: vouchers }, vouchers);
  const label =
    tickets && vouchers
      ? t('cart.summary', { tickets: ticketWords, vouchers: voucherWords })
      : tickets
        ? ticketWords
        : vouchers
          ? voucherWords
          : t('cart.emptyCart');
  return { tickets, vouchers, label };
}
