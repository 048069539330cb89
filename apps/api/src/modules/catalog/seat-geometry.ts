/** Where a seat stands among the others: how good it is, and which seats are its neighbours. */
export interface PlacedSeat {
  section: string;
  row: string;
  x: number;
  y: number;
}

/**
 * Ranks seats by distance to the middle of the stage (top centre of the plan; depth counts a little
 * more than sideways) and numbers each row's seats left to right, skipping a number across an aisle
 * (a gap wider than 1.5 × the row's usual spacing) so that consecutive positions mean side by side.
 */
export function placeSeats<S extends PlacedSeat>(seats: S[], width: number): (S & { rank: number; position: number })[] {
  const rows = new Map<string, S[]>();
  for (const s of seats) {
    const key = `${s.section}\u0000${s.row}`;
    rows.set(key, [...(rows.get(key) ?? []), s]);
  }
  const positions = new Map<S, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    const gaps = row
      .slice(1)
      .map((s, i) => s.x - row[i].x)
      .sort((a, b) => a - b);
    const usual = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
    let position = 0;
    row.forEach((s, i) => {
      if (i > 0) position += s.x - row[i - 1].x > 1.5 * usual ? 2 : 1;
      positions.set(s, position);
    });
  }
  return seats.map((s) => ({ ...s, rank: Math.round(Math.hypot(s.x - width / 2, s.y * 1.2)), position: positions.get(s)! }));
}

export interface CandidateSeat {
  seatId: string;
  section: string;
  row: string;
  position: number;
  rank: number;
}

/** The `count` side-by-side seats with the best (lowest) total rank, or null when no row has them. */
export function bestAdjacent(free: CandidateSeat[], count: number): string[] | null {
  const rows = new Map<string, CandidateSeat[]>();
  for (const s of free) {
    const key = `${s.section}\u0000${s.row}`;
    rows.set(key, [...(rows.get(key) ?? []), s]);
  }
  let best: { ids: string[]; score: number } | null = null;
  for (const row of rows.values()) {
    row.sort((a, b) => a.position - b.position);
    for (let i = 0; i + count <= row.length; i++) {
      const run = row.slice(i, i + count);
      if (run[count - 1].position - run[0].position !== count - 1) continue;
      const score = run.reduce((s, seat) => s + seat.rank, 0);
      if (!best || score < best.score) best = { ids: run.map((s) => s.seatId), score };
    }
  }
  return best?.ids ?? null;
}
