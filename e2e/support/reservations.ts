import type { components, GuichetClient } from '@guichet/api-client';
import { SLUG } from './organizer';

type EventResponse = components['schemas']['EventResponse'];

/**
 * A reservation to pay on site placed through the shop's API (cart, then checkout): `quantity`
 * tickets of the event's first date, zone and price, for `email`. Its tickets are refused at the
 * door until the ticket office validates it (or splits it).
 */
export async function placeReservation(
  shop: GuichetClient,
  event: EventResponse,
  quantity: number,
  email: string,
): Promise<{ orderId: string; orderNumber: string }> {
  const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
    params: { path: { slug: SLUG } },
    body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity }] },
  });
  if (cart.error) throw new Error(JSON.stringify(cart.error));
  const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
    params: { path: { slug: SLUG, cartId: cart.data.id } },
    body: { customer: { firstName: 'Noé', lastName: 'Réserve', email }, paymentMethod: 'on_site' },
  });
  if (placed.error) throw new Error(JSON.stringify(placed.error));
  return { orderId: placed.data.orderId, orderNumber: placed.data.orderNumber };
}
