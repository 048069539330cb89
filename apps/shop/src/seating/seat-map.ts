import type { components } from '@guichet/api-client';

export type MapSeat = components['schemas']['MapSeatResponse'];
export type SeatMapPlan = components['schemas']['SeatMapResponse'];

/** Room above the plan for the stage, in plan units. */
export const STAGE_BAND = 40;
/** Most seats one buyer chooses on the plan at once (the booking panel's limit too). */
export const MAX_SEATS = 10;

/**
 * Radius of a seat's circle: a bit less than half the closest distance between two seats, so
 * neighbours never touch whatever the spacing the organizer chose.
 */
export function seatRadius(seats: Pick<MapSeat, 'x' | 'y'>[], fallback = 10): number {
  let closest = Number.POSITIVE_INFINITY;
  const sorted = [...seats].sort((a, b) => a.x - b.x || a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    // Sorted by x: once the x gap exceeds the best distance, no further seat can be closer.
    for (let j = i + 1; j < sorted.length && sorted[j].x - sorted[i].x < closest; j++) {
      const d = Math.hypot(sorted[j].x - sorted[i].x, sorted[j].y - sorted[i].y);
      if (d > 0 && d < closest) closest = d;
    }
  }
  return Number.isFinite(closest) ? Math.max(1, closest * 0.42) : fallback;
}

/**
 * The SVG viewBox of a plan: its full width (the stage is centred on it), the stage band above,
 * and down to the last row only: empty depth below the seats would just push the page down.
 */
export function planViewBox(plan: Pick<SeatMapPlan, 'width' | 'height' | 'seats'>, radius: number): string {
  const m = radius + 2;
  const depth = plan.seats.length ? Math.min(plan.height, Math.max(...plan.seats.map((s) => s.y)) + m) : plan.height;
  return `${-m} ${-STAGE_BAND - m} ${plan.width + 2 * m} ${depth + STAGE_BAND + 2 * m}`;
}

export type SeatState = 'selected' | 'free' | 'taken' | 'blocked' | 'other-zone';

/** How a seat shows for a buyer choosing in `zoneId`: only free seats of that zone can be chosen. */
export function seatState(seat: MapSeat, zoneId: string, selected: ReadonlySet<string>): SeatState {
  if (selected.has(seat.id)) return 'selected';
  if (seat.blocked) return 'blocked';
  if (seat.zoneId !== zoneId) return 'other-zone';
  return seat.available ? 'free' : 'taken';
}

/**
 * After SEATS_TAKEN the map is reloaded: the chosen seats now unavailable are the ones someone
 * else took (the API does not name them).
 */
export function seatsGone(chosen: string[], plans: SeatMapPlan[]): MapSeat[] {
  const byId = new Map(plans.flatMap((p) => p.seats).map((s) => [s.id, s]));
  return chosen.map((id) => byId.get(id)).filter((s): s is MapSeat => Boolean(s && !s.available));
}

/**
 * Seats chosen on the plan, spread over the prices in the order the buyer's quantities list them:
 * each cart item carries as many seats as its quantity.
 */
export function spreadSeats(seatIds: string[], quantities: { priceId: string; quantity: number }[]): { priceId: string; seatIds: string[] }[] {
  const out: { priceId: string; seatIds: string[] }[] = [];
  let next = 0;
  for (const { priceId, quantity } of quantities) {
    if (quantity <= 0) continue;
    out.push({ priceId, seatIds: seatIds.slice(next, next + quantity) });
    next += quantity;
  }
  return out;
}
