import { api } from '../api/client';
import { currentCarts } from '../cart/current-cart';
import { cartDetailsFromCart, type CartDetails } from '../tracking/cart-details';
import { track } from '../tracking/tracking';

/** The `detail` of ike_user_login / ike_user_logout (seed 003): the open cart's details, or null without one. */
async function cartDetailsOf(slug: string): Promise<CartDetails | null> {
  const cartId = currentCarts.value[slug];
  if (!cartId) return null;
  const { data } = await api.GET('/api/v1/shop/{slug}/carts/{cartId}', { params: { path: { slug, cartId } } });
  return data && data.status === 'open' ? cartDetailsFromCart(data) : null;
}

export async function trackLogin(slug: string): Promise<void> {
  track('ike_user_login', await cartDetailsOf(slug));
}

export async function trackLogout(slug: string): Promise<void> {
  track('ike_user_logout', await cartDetailsOf(slug));
}
