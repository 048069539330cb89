import type { components } from '@guichet/api-client';

type Cart = components['schemas']['CartResponse'];

export interface CartSummary {
  tickets: number;
  vouchers: number;
  /** "2 billets et 1 bon cadeau" */
  label: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** What the cart holds, counted per admission and per voucher, in the shop's words. */
export function cartSummary(cart: Pick<Cart, 'items' | 'giftVouchers'>): CartSummary {
  const tickets = cart.items.reduce((sum, l) => sum + l.quantity, 0);
  const vouchers = cart.giftVouchers.reduce((sum, l) => sum + l.quantity, 0);
  const parts = [tickets ? plural(tickets, 'billet', 'billets') : '', vouchers ? plural(vouchers, 'bon cadeau', 'bons cadeaux') : ''].filter(Boolean);
  return { tickets, vouchers, label: parts.join(' et ') || 'Panier vide' };
}
