import type { components } from '@guichet/api-client';
import { cartDetailsFromCart, type CartDetails } from '../tracking/cart-details';

type Cart = components['schemas']['CartResponse'];
type CartLine = Cart['items'][number];

/** The ticket lines of one event's date, as the cart shows them together. */
export interface CartLineGroup {
  key: string;
  eventName: string;
  startsAt: string;
  lines: CartLine[];
}

/** The cart's ticket lines grouped by event and date, in the order they were added. */
export function groupByEventDate(items: readonly CartLine[]): CartLineGroup[] {
  const groups = new Map<string, CartLineGroup>();
  for (const line of items) {
    const key = `${line.eventId}/${line.dateId}`;
    const group = groups.get(key) ?? { key, eventName: line.eventName, startsAt: line.startsAt, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Whether new tickets go into this cart rather than a new one: it is open, its hold has not run out
 * and it is in the tickets' currency (one currency per order).
 */
export function takesMoreTickets(cart: Pick<Cart, 'status' | 'expiresAt' | 'total'> | null, currency: string, now: number): boolean {
  return cart?.status === 'open' && Date.parse(cart.expiresAt) > now && cart.total.currency === currency;
}

/** The `detail` of `ike_cart_delete`: the cart before and after a line was taken out. */
export function cartDeleteDetail(previous: Cart, next: Cart): { previousCart: CartDetails; newCart: CartDetails } {
  return { previousCart: cartDetailsFromCart(previous), newCart: cartDetailsFromCart(next) };
}
