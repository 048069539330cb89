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
