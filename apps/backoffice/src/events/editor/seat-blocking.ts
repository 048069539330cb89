import type { components } from '@guichet/api-client';

type MapSeat = components['schemas']['MapSeatResponse'];

/** What a date's seat can be in the blocking screen: chosen to block (free), to release (blocked here), or neither. */
export type SeatChoice = 'block' | 'release' | null;

/**
 * A seat blocked on the plan itself (never sold) cannot be released for one date: only a free
 * seat can be blocked for the date, and only a seat blocked for the date (it has a reason) released.
 * Held and sold seats belong to buyers.
 */
export function seatChoice(seat: Pick<MapSeat, 'status' | 'blockReason'> & { blocked?: boolean }): SeatChoice {
  if (seat.status === 'free' && !seat.blocked) return 'block';
  if (seat.status === 'blocked' && seat.blockReason !== null) return 'release';
  return null;
}

/** The chosen seats split by what can be done with them: the ids to block and the ids to release. */
export function splitSelection(
  seats: (Pick<MapSeat, 'id' | 'status' | 'blockReason'> & { blocked?: boolean })[],
  selected: ReadonlySet<string>,
): { block: string[]; release: string[] } {
  const block: string[] = [];
  const release: string[] = [];
  for (const seat of seats) {
    if (!selected.has(seat.id)) continue;
    const choice = seatChoice(seat);
    if (choice === 'block') block.push(seat.id);
    if (choice === 'release') release.push(seat.id);
  }
  return { block, release };
}

/** The seats blocked for this date, grouped by reason, for the list beside the map. */
export function blockedByReason(seats: Pick<MapSeat, 'label' | 'status' | 'blockReason'>[]): { reason: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const seat of seats) {
    if (seat.status !== 'blocked' || seat.blockReason === null) continue;
    groups.set(seat.blockReason, [...(groups.get(seat.blockReason) ?? []), seat.label]);
  }
  return [...groups.entries()].map(([reason, labels]) => ({ reason, labels }));
}

/** Under half the smallest distance between two seats, so neighbours never touch; seats sorted by x to stop early. */
export function seatRadius(seats: Pick<MapSeat, 'x' | 'y'>[]): number {
  let closest = Number.POSITIVE_INFINITY;
  const sorted = [...seats].sort((a, b) => a.x - b.x || a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].x - sorted[i].x < closest; j++) {
      const d = Math.hypot(sorted[j].x - sorted[i].x, sorted[j].y - sorted[i].y);
      if (d > 0) closest = Math.min(closest, d);
    }
  }
  return Number.isFinite(closest) ? Math.max(3, closest * 0.4) : 10;
}
