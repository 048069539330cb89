/** Moving seats on the plan editor's canvas: pure geometry, so the component only wires pointer events. */

export interface Point {
  x: number;
  y: number;
}
export interface Offset {
  dx: number;
  dy: number;
}

/** Plan units a moved seat snaps to: fine enough for any seat spacing in use (20–40), coarse enough to line seats up. */
export const GRID = 5;

export function snap(value: number, step = GRID): number {
  return Math.round(value / step) * step;
}

/** The seat whose circle is under the point, if any (the nearest when circles touch). */
export function seatAt<S extends Point>(seats: readonly S[], point: Point, radius: number): S | undefined {
  let best: S | undefined;
  let bestDistance = radius * 1.1;
  for (const s of seats) {
    const d = Math.hypot(s.x - point.x, s.y - point.y);
    if (d <= bestDistance) [best, bestDistance] = [s, d];
  }
  return best;
}

/** Keeps moved seats on the plan's positive side (the API refuses negative coordinates); the plan grows to the right and down instead. */
export function clampOffset(moving: readonly Point[], offset: Offset): Offset {
  if (moving.length === 0) return { dx: 0, dy: 0 };
  const minX = Math.min(...moving.map((s) => s.x));
  const minY = Math.min(...moving.map((s) => s.y));
  return { dx: Math.max(offset.dx, -minX), dy: Math.max(offset.dy, -minY) };
}

/**
 * The offset for a drag from `from` to `to` of the seats `moving`, grabbed by `anchor`: the grabbed
 * seat lands on the grid and the others keep their distance to it (a block keeps its shape).
 */
export function dragOffset(anchor: Point, from: Point, to: Point, moving: readonly Point[], step = GRID): Offset {
  const dx = snap(anchor.x + to.x - from.x, step) - anchor.x;
  const dy = snap(anchor.y + to.y - from.y, step) - anchor.y;
  return clampOffset(moving, { dx, dy });
}

/** The arrow keys nudge the selection one grid step, five with Shift. */
export function keyOffset(key: string, shift: boolean, step = GRID): Offset | null {
  const d = shift ? step * 5 : step;
  const offsets: Record<string, Offset> = {
    ArrowLeft: { dx: -d, dy: 0 },
    ArrowRight: { dx: d, dy: 0 },
    ArrowUp: { dx: 0, dy: -d },
    ArrowDown: { dx: 0, dy: d },
  };
  return offsets[key] ?? null;
}

/** The seats with the chosen ones moved; coordinates stay integers, as the API wants. */
export function moveSeats<S extends Point & { key: number }>(seats: readonly S[], keys: ReadonlySet<number>, offset: Offset): S[] {
  if (offset.dx === 0 && offset.dy === 0) return [...seats];
  return seats.map((s) => (keys.has(s.key) ? { ...s, x: Math.round(s.x + offset.dx), y: Math.round(s.y + offset.dy) } : s));
}
