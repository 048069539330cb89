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

/** A gift voucher line: vouchers of the same offer and value are one line. */
export interface CartDetailsGiftVoucher {
  name: string;
  quantity: number;
  unitPrice: Money;
}

/** The `detail` of the cart tracking events; `currency.name` and `topaid` are what organizers' tags read. */
export interface CartDetails {
  cartId?: string;
  orderId?: string;
  items: CartDetailsItem[];
  /** Gift vouchers bought (not a voucher used to pay, which lowers `total`). */
  giftVouchers: CartDetailsGiftVoucher[];
  /** Tickets and gift vouchers: what the buyer puts in the cart. */
  quantity: number;
  total: Money;
  currency: { name: string };
  topaid: number;
}

function details(items: CartDetailsItem[], giftVouchers: CartDetailsGiftVoucher[], total: Money, ids: { cartId?: string; orderId?: string }): CartDetails {
  const quantity = [...items, ...giftVouchers].reduce((sum, line) => sum + line.quantity, 0);
  // Integer minor units divided by 100 give the nearest double to the decimal amount, e.g. 2550 → 25.5.
  return { ...ids, items, giftVouchers, quantity, total, currency: { name: total.currency }, topaid: total.amount / 100 };
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
  const giftVouchers = cart.giftVouchers.map((line) => ({ name: line.name, quantity: line.quantity, unitPrice: line.unitPrice }));
  return details(items, giftVouchers, cart.total, { cartId: cart.id, orderId: cart.orderId ?? undefined });
}

/** An order has one ticket per admission and one voucher per code: the same date, zone and price (or offer and value) become one line. */
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
  const vouchers = new Map<string, CartDetailsGiftVoucher>();
  for (const voucher of order.giftVouchers) {
    const key = [voucher.name, voucher.amount.amount].join('|');
    const line = vouchers.get(key);
    if (line) line.quantity += 1;
    else vouchers.set(key, { name: voucher.name, quantity: 1, unitPrice: voucher.amount });
  }
  return details([...lines.values()], [...vouchers.values()], order.total, { orderId: order.id });
}
