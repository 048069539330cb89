import type { CartLine } from './entities/cart.entity';

/** At most this many ticket lines in one cart (a cart grows one add at a time). */
export const MAX_CART_LINES = 50;

/** Lines that are the same purchase: same date, zone, price and amount, no seats chosen on the plan. */
const sameTickets = (a: CartLine, b: CartLine) =>
  !a.seatIds && !b.seatIds && a.dateId === b.dateId && a.zoneId === b.zoneId && a.priceId === b.priceId && a.unitAmount === b.unitAmount;

/**
 * The cart's lines with the added ones: tickets of the same date, zone, price and amount add to the
 * line already there (as they would in one request); seats chosen on the plan stay their own line.
 * The lines already there keep their place, so the seats shown for each stay where they were.
 */
export function mergeLines(lines: readonly CartLine[], added: readonly CartLine[]): CartLine[] {
  const merged = lines.map((l) => ({ ...l }));
  for (const line of added) {
    const same = merged.find((l) => sameTickets(l, line));
    if (same) same.quantity += line.quantity;
    else merged.push({ ...line });
  }
  return merged;
}

/**
 * `quantity` tickets taken off a line, as the cart shows it (`shown`: with its seats): the seats
 * they give back (the line's last ones) and what is left of the line (null: nothing).
 */
export function takeTickets(stored: CartLine, shown: CartLine, quantity: number): { seatIds: string[]; left: CartLine | null } {
  const seatIds = shown.seatIds?.slice(shown.seatIds.length - quantity) ?? [];
  const keep = stored.quantity - quantity;
  if (keep <= 0) return { seatIds, left: null };
  // Seats chosen on the plan are the line's own; best-available seats are the cart's, handed out in line order.
  const left: CartLine = stored.seatIds
    ? { ...stored, quantity: keep, seatIds: stored.seatIds.slice(0, keep), seatLabels: stored.seatLabels?.slice(0, keep), seats: stored.seats?.slice(0, keep) }
    : { ...stored, quantity: keep };
  return { seatIds, left };
}
