/** An arrow key's direction on a seat map. */
export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The seat an arrow key moves to from `from`: the nearest among `seats` lying in that direction
 * (within 45° of it), a seat straight ahead preferred over one off to the side. Null at the edge.
 */
export function nextSeat<S extends { id: string; x: number; y: number }>(seats: readonly S[], from: S, direction: Direction): S | null {
  let best: S | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const seat of seats) {
    if (seat.id === from.id) continue;
    const dx = seat.x - from.x;
    const dy = seat.y - from.y;
    const [ahead, aside] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (ahead <= 0 || Math.abs(aside) > ahead) continue;
    const score = ahead + 2 * Math.abs(aside);
    if (score < bestScore) [best, bestScore] = [seat, score];
  }
  return best;
}

/**
 * The seat holding a map's only Tab stop (roving tabindex: with hundreds of seats the keyboard
 * would tab forever): the one last focused while it can still be chosen, else the first chosen,
 * else the first choosable. Null when no seat can be chosen.
 */
export function tabStop<S extends { id: string }>(
  seats: readonly S[],
  choosable: (seat: S) => boolean,
  selected: ReadonlySet<string>,
  lastFocused: string | undefined,
): string | null {
  const candidates = seats.filter(choosable);
  const pick = candidates.find((s) => s.id === lastFocused) ?? candidates.find((s) => selected.has(s.id)) ?? candidates[0];
  return pick?.id ?? null;
}
