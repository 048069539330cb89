import type { components } from '@guichet/api-client';

type Money = components['schemas']['MoneyDto'];
type Cart = components['schemas']['CartResponse'];
type ShopOrder = components['schemas']['ShopOrderResponse'];

export interface CartDetailsItem {
  eventId: string;
  eventName: string;
  dateId: string;
  startsAt: string;
  zoneName: string;
  priceName: string;
  quantity: number;
  unitPrice: Money;
}

/** The `detail` of the cart tracking events; `currency.name` and `topaid` are what organizers' tags read. */
export interface CartDetails {
  cartId?: string;
  orderId?: string;
  items: CartDetailsItem[];
  total: Money;
  currency: { name: string };
  topaid: number;
}

function details(items: CartDetailsItem[], total: Money, ids: { cartId?: string; orderId?: string }): CartDetails {
  // Integer minor units divided by 100 give the nearest double to the decimal amount, e.g. 2550 → 25.5.
  return { ...ids, items, total, currency: { name: total.currency }, topaid: total.amount / 100 };
}

export function cartDetailsFromCart(cart: Cart): CartDetails {
  const items = cart.items.map((line) => ({
    eventId: line.eventId,
    eventName: line.eventName,
    dateId: line.dateId,
    startsAt: line.startsAt,
    zoneName: line.zoneName,
    priceName: line.priceName,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
  }));
  return details(items, cart.total, { cartId: cart.id, orderId: cart.orderId ?? undefined });
}

/** An order has one ticket per admission: tickets with the same date, zone and price become one line. */
export function cartDetailsFromOrder(order: ShopOrder): CartDetails {
  const lines = new Map<string, CartDetailsItem>();
  for (const ticket of order.tickets) {
    const key = [ticket.dateId, ticket.zoneName, ticket.priceName, ticket.price.amount].join('|');
    const line = lines.get(key);
    if (line) {
      line.quantity += 1;
    } else {
      lines.set(key, {
        eventId: ticket.eventId,
        eventName: ticket.eventName,
        dateId: ticket.dateId,
        startsAt: ticket.startsAt,
        zoneName: ticket.zoneName,
        priceName: ticket.priceName,
        quantity: 1,
        unitPrice: ticket.price,
      });
    }
  }
  return details([...lines.values()], order.total, { orderId: order.id });
}
