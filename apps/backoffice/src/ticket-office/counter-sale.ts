import type { components } from '@guichet/api-client';
import { parseMoneyInput } from '@guichet/ui';
import type { ZoneChoice } from './choices';

type CartItem = components['schemas']['CartItemRequest'];
type Cart = components['schemas']['CartResponse'];
type SeatMap = components['schemas']['SeatMapResponse'];
type MapSeat = components['schemas']['MapSeatResponse'];
type Field = components['schemas']['AttendeeFieldDto'];
type GiftVoucherRequest = components['schemas']['CartGiftVoucherRequest'];

/** What the clerk asked for in the picker: quantities and pay-what-you-want amounts by `zoneId:priceId`, seats chosen on the plan by zone. */
export interface PickerDraft {
  quantities: Record<string, number>;
  /** Pay what you want: the amount typed (absent: the minimum). */
  amounts: Record<string, string>;
  /** Seated zones picked on the plan: the seats chosen, in the order clicked. Absent: best available. */
  seats: Record<string, string[]>;
}

/** A refusal of the picker's own, before the API is asked: `field` names the input as the page's test ids do. */
export type PickerIssue = { kind: 'nothing' } | { kind: 'amount'; key: string } | { kind: 'seats'; zoneId: string; seats: number; tickets: number };

/**
 * The cart items the picker asks for, or what is wrong first. A seated zone picked on the plan
 * gives its chosen seats to its prices in their order (the first price's tickets get the first seats);
 * with a single price, the seats chosen are its quantity. A pay-what-you-want
 * price sends the amount typed, which must be at least its minimum (the API checks it too).
 */
export function cartItems(zones: ZoneChoice[], dateId: string, draft: PickerDraft): { items: CartItem[] } | { issue: PickerIssue } {
  const items: CartItem[] = [];
  for (const { zone, prices } of zones) {
    const seats = draft.seats[zone.id];
    let quantities = prices.map(({ price }) => draft.quantities[`${zone.id}:${price.id}`] ?? 0);
    if (seats) {
      const tickets = quantities.reduce((a, b) => a + b, 0);
      if (prices.length === 1) quantities = [seats.length];
      else if (tickets !== seats.length) return { issue: { kind: 'seats', zoneId: zone.id, seats: seats.length, tickets } };
    }
    let seat = 0;
    for (const [i, { price, amount }] of prices.entries()) {
      const quantity = quantities[i];
      if (quantity <= 0) continue;
      const key = `${zone.id}:${price.id}`;
      const item: CartItem = { dateId, zoneId: zone.id, priceId: price.id, quantity };
      if (price.kind === 'pay_what_you_want' && amount) {
        const typed = draft.amounts[key];
        const chosen = typed === undefined ? amount.amount : parseMoneyInput(typed);
        if (chosen === null || chosen < amount.amount) return { issue: { kind: 'amount', key } };
        item.amount = chosen;
      }
      if (seats) {
        item.seatIds = seats.slice(seat, seat + quantity);
        seat += quantity;
      }
      items.push(item);
    }
  }
  return items.length ? { items } : { issue: { kind: 'nothing' } };
}

/** The plans of a date's seat map with only one zone's seats; plans without any are left out. */
export function zoneSeatMap(plans: SeatMap[], zoneId: string): SeatMap[] {
  return plans.map((p) => ({ ...p, seats: p.seats.filter((s) => s.zoneId === zoneId) })).filter((p) => p.seats.length > 0);
}

/** How the counter draws a seat: chosen, free, held (in a cart), sold, or blocked (for the date or on the plan). */
export function seatState(seat: Pick<MapSeat, 'id' | 'status' | 'blocked' | 'blockReason'>, selected: ReadonlySet<string>): string {
  if (selected.has(seat.id)) return 'selected';
  if (seat.status === 'blocked' || seat.blocked) return seat.blockReason !== null ? 'blocked-date' : 'blocked-plan';
  return seat.status;
}

/** Only a free seat can be chosen (a chosen one can be let go). */
export const seatChoosable = (seat: Pick<MapSeat, 'id' | 'status' | 'blocked'>, selected: ReadonlySet<string>): boolean =>
  selected.has(seat.id) || (seat.status === 'free' && !seat.blocked);

/** The chosen seats still free on a fresh map: the ones taken meanwhile (or gone from the zone) drop out. */
export function stillFree(chosen: string[], plans: SeatMap[]): string[] {
  const free = new Set(plans.flatMap((p) => p.seats.filter((s) => s.status === 'free' && !s.blocked).map((s) => s.id)));
  return chosen.filter((id) => free.has(id));
}

/** One ticket of the counter cart, in the order the sale's `attendees[i]` answers them. */
export interface CounterTicket {
  index: number;
  /** Stays the same when other lines come and go: `lineId:place-in-line`. */
  key: string;
  eventName: string;
  startsAt: string;
  priceName: string;
  /** The seat, or the zone for a standing one. */
  place: string;
  fields: Field[];
}

/** The cart's tickets one per place, lines in order (as the sale counts them), with the fields their price asks. */
export function counterTickets(cart: Pick<Cart, 'items'>, fieldsOf: (priceId: string) => Field[]): CounterTicket[] {
  const tickets: CounterTicket[] = [];
  for (const line of cart.items) {
    for (let j = 0; j < line.quantity; j++) {
      tickets.push({
        index: tickets.length,
        key: `${line.id}:${j}`,
        eventName: line.eventName,
        startsAt: line.startsAt,
        priceName: line.priceName,
        place: line.seatLabels?.[j] ?? line.zoneName,
        fields: fieldsOf(line.priceId),
      });
    }
  }
  return tickets;
}

export type AnswerValue = string | number | boolean;

/**
 * The sale's `attendees`: per ticket its answers by ticket key (numbers as numbers, empty ones left
 * out — the API then names the required ones), null for a ticket that asks nothing; none at all when no price asks.
 */
export function attendeesBody(
  tickets: CounterTicket[],
  answers: Record<string, Record<string, AnswerValue>>,
): (Record<string, AnswerValue> | null)[] | undefined {
  if (!tickets.some((t) => t.fields.length)) return undefined;
  return tickets.map((t) => {
    if (!t.fields.length) return null;
    const out: Record<string, AnswerValue> = {};
    for (const f of t.fields) {
      const v = answers[t.key]?.[f.key];
      if (v === undefined || v === '') continue;
      out[f.key] = f.kind === 'number' && typeof v === 'string' ? Number(v) : v;
    }
    return out;
  });
}

/** The gift vouchers the cart sells, as `setCounterCartGiftVouchers` wants them, with one more or one less. */
export function voucherList(cart: Pick<Cart, 'giftVouchers'> | null, change: { add: GiftVoucherRequest } | { removeIndex: number }): GiftVoucherRequest[] {
  const list: GiftVoucherRequest[] = (cart?.giftVouchers ?? []).map((v) => ({ offerId: v.offerId, quantity: v.quantity, amount: v.unitPrice.amount }));
  if ('add' in change) {
    const same = list.find((v) => v.offerId === change.add.offerId && v.amount === change.add.amount);
    if (same) same.quantity += change.add.quantity;
    else list.push(change.add);
    return list;
  }
  return list.filter((_, i) => i !== change.removeIndex);
}
