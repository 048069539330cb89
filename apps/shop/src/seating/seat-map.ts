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
 * room on the left for the row letters (`labelRoom`), and down to the last row only: empty depth
 * below the seats would just push the page down.
 */
export function planViewBox(plan: Pick<SeatMapPlan, 'width' | 'height' | 'seats'>, radius: number, labelRoom = 0): string {
  const m = radius + 2;
  const depth = plan.seats.length ? Math.min(plan.height, Math.max(...plan.seats.map((s) => s.y)) + m) : plan.height;
  const minX = plan.seats.length ? Math.min(...plan.seats.map((s) => s.x)) : 0;
  const left = Math.max(0, labelRoom - minX);
  return `${-m - left} ${-STAGE_BAND - m} ${plan.width + 2 * m + left} ${depth + STAGE_BAND + 2 * m}`;
}

/** The distance between the closest two seats (the seat's square hit target); the radius is 0.42 of it. */
export const seatPitch = (radius: number): number => radius / 0.42;

/** Smallest hit target on screen, in CSS pixels (WCAG 2.2 target size). */
export const MIN_TARGET_PX = 24;

/** How wide (CSS px) the plan must be drawn for each seat's hit target to be at least MIN_TARGET_PX. */
export function minPlanWidthPx(viewBoxWidth: number, radius: number): number {
  return Math.ceil((viewBoxWidth * MIN_TARGET_PX) / seatPitch(radius));
}

/** Where each row's letter goes: left of its first seat, at the row's height. One per section and row. */
export function rowLabels(seats: readonly Pick<MapSeat, 'section' | 'row' | 'x' | 'y'>[], gap: number): { key: string; row: string; x: number; y: number }[] {
  const rows = new Map<string, { row: string; x: number; ys: number[] }>();
  for (const s of seats) {
    const key = `${s.section}\u0000${s.row}`;
    const found = rows.get(key);
    if (found) {
      found.x = Math.min(found.x, s.x);
      found.ys.push(s.y);
    } else rows.set(key, { row: s.row, x: s.x, ys: [s.y] });
  }
  return [...rows].map(([key, r]) => ({ key, row: r.row, x: r.x - gap, y: r.ys.reduce((a, b) => a + b, 0) / r.ys.length }));
}

export type Direction = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

/**
 * The seat the arrow keys move to from `fromId`: left and right along its row, up and down to the
 * nearest row above or below (the seat closest across), Home and End to the row's ends. Stays put
 * at an edge. Every seat can be reached, taken ones too: a screen reader hears what is there.
 */
export function neighbour(seats: readonly Pick<MapSeat, 'id' | 'section' | 'row' | 'x' | 'y'>[], fromId: string, direction: Direction): string {
  const from = seats.find((s) => s.id === fromId);
  if (!from) return seats[0]?.id ?? fromId;
  const sameRow = seats.filter((s) => s.section === from.section && s.row === from.row).sort((a, b) => a.x - b.x);
  if (direction === 'home') return sameRow[0].id;
  if (direction === 'end') return sameRow[sameRow.length - 1].id;
  if (direction === 'left' || direction === 'right') {
    const i = sameRow.findIndex((s) => s.id === fromId);
    const next = sameRow[direction === 'left' ? i - 1 : i + 1];
    return next?.id ?? fromId;
  }
  const rowY = sameRow.reduce((sum, s) => sum + s.y, 0) / sameRow.length;
  const others = seats.filter((s) => (direction === 'up' ? s.y < rowY - 0.5 : s.y > rowY + 0.5) && !(s.section === from.section && s.row === from.row));
  if (others.length === 0) return fromId;
  const nearestY = direction === 'up' ? Math.max(...others.map((s) => s.y)) : Math.min(...others.map((s) => s.y));
  // The nearest row: seats within half a row of the nearest height (rows may curve a little).
  const band = Math.max(1, Math.abs(nearestY - rowY) / 2);
  const row = others.filter((s) => Math.abs(s.y - nearestY) <= band);
  return row.reduce((best, s) => (Math.abs(s.x - from.x) < Math.abs(best.x - from.x) ? s : best)).id;
}

/** The arrow key's direction, or null for a key the map does not move with. */
export function keyDirection(key: string): Direction | null {
  const map: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end' };
  return map[key] ?? null;
}

/** The seat the map's single tab stop starts on: a chosen seat, else the first free one of the zone, else the first. */
export function initialActive(seats: readonly MapSeat[], zoneId: string, selected: ReadonlySet<string>): string | null {
  const sorted = [...seats].sort((a, b) => a.y - b.y || a.x - b.x);
  return sorted.find((s) => selected.has(s.id))?.id ?? sorted.find((s) => s.zoneId === zoneId && s.available && !s.blocked)?.id ?? sorted[0]?.id ?? null;
}

export type SeatState = 'selected' | 'free' | 'taken' | 'blocked' | 'other-zone';

/**
 * How a seat shows for a buyer choosing in `zoneId`: free seats of that zone can be chosen, and so
 * can free seats of another category (choosing one switches the booking to its zone and prices).
 */
export function seatState(seat: MapSeat, zoneId: string, selected: ReadonlySet<string>): SeatState {
  if (selected.has(seat.id)) return 'selected';
  if (seat.blocked) return 'blocked';
  if (!seat.available) return 'taken';
  return seat.zoneId !== zoneId ? 'other-zone' : 'free';
}

/** A seated zone (a category of the plan) as the legend and the seats' labels tell it. */
export interface SeatCategory {
  zoneId: string;
  name: string;
  /** "52.00 CHF", "dès 40.00 CHF", or null when no price is on sale for it. */
  price: string | null;
  /** Index in a fixed palette: each category has its own colour. */
  colour: number;
}

/** Colours for the categories, each dark enough for white numbers on it and for its ring on white (≥ 4.5:1). */
export const CATEGORY_COLOURS = ['#1b6e43', '#1d5fa8', '#7a3e9d', '#9a4a00', '#0f6b73', '#a3264b'] as const;

/** What a screen reader hears for a seat: "Parterre, rang C, place 4, Catégorie 1, 52.00 CHF, libre". */
export function seatAriaLabel(
  seat: Pick<MapSeat, 'section' | 'row' | 'number' | 'kind'>,
  category: Pick<SeatCategory, 'name' | 'price'> | undefined,
  state: SeatState,
  words: (key: string, named?: Record<string, unknown>) => string,
): string {
  const name = seat.section
    ? words('seatMap.seatName', { section: seat.section, row: seat.row, number: seat.number })
    : words('seatMap.seatNameNoSection', { row: seat.row, number: seat.number });
  const kind = seat.kind === 'standard' ? '' : words(`seatMap.kind.${seat.kind}`);
  const stateWords = [words(`seatMap.state.${state}`), kind].filter(Boolean).join(', ');
  const named = { seat: name, category: category?.name ?? '', price: category?.price ?? '', state: stateWords };
  return category?.price ? words('seatMap.seatLabel', named) : words('seatMap.seatLabelNoPrice', named);
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
