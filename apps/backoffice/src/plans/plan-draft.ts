import type { components } from '@guichet/api-client';

export type SeatInput = components['schemas']['SeatInput'];
export type SeatKind = NonNullable<SeatInput['kind']>;
/** A seat being edited: the API's seat plus a key that stays the same while the seat moves or changes. */
export type DraftSeat = Required<SeatInput> & { key: number };

export interface BlockSpec {
  section: string;
  /** Letter (or letters) of the row nearest the stage, e.g. "A". */
  firstRow: string;
  rows: number;
  seatsPerRow: number;
  firstNumber: number;
  /** Distance between two seats' centres, across and between rows. */
  spacing: number;
  startX: number;
  startY: number;
  category: string;
  /** An aisle after every N seats of a row (0 = none)… */
  aisleEvery: number;
  /** …as wide as this (plan units). */
  aisleWidth: number;
}

/** Row letters as on tickets: A, B, … Z, AA, AB, … */
export function rowLetter(first: string, offset: number): string {
  const clean = first.trim().toUpperCase();
  if (!/^[A-Z]+$/.test(clean)) return String(Number(clean || 1) + offset);
  let n = 0;
  for (const c of clean) n = n * 26 + (c.charCodeAt(0) - 64);
  n += offset;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A rectangular block of seats, rows going away from the stage, with aisles as gaps in x. */
export function generateBlock(spec: BlockSpec, nextKey: number): DraftSeat[] {
  const seats: DraftSeat[] = [];
  for (let r = 0; r < spec.rows; r++) {
    for (let i = 0; i < spec.seatsPerRow; i++) {
      const aisles = spec.aisleEvery > 0 ? Math.floor(i / spec.aisleEvery) : 0;
      seats.push({
        key: nextKey++,
        section: spec.section.trim(),
        row: rowLetter(spec.firstRow, r),
        number: String(spec.firstNumber + i),
        x: Math.round(spec.startX + i * spec.spacing + aisles * spec.aisleWidth),
        y: Math.round(spec.startY + r * spec.spacing),
        kind: 'standard',
        blocked: false,
        category: spec.category.trim(),
      });
    }
  }
  return seats;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The seats whose centre lies in the rectangle dragged from (x1,y1) to (x2,y2), in any direction. */
export function seatsInRect<T extends { x: number; y: number }>(seats: T[], rect: Rect): T[] {
  const [left, right] = [Math.min(rect.x1, rect.x2), Math.max(rect.x1, rect.x2)];
  const [top, bottom] = [Math.min(rect.y1, rect.y2), Math.max(rect.y1, rect.y2)];
  return seats.filter((s) => s.x >= left && s.x <= right && s.y >= top && s.y <= bottom);
}

/** A plan size holding every seat with a margin (the API refuses seats outside width × height). */
export function fitSize(seats: { x: number; y: number }[], margin: number, current: { width: number; height: number }): { width: number; height: number } {
  const maxX = Math.max(0, ...seats.map((s) => s.x));
  const maxY = Math.max(0, ...seats.map((s) => s.y));
  return { width: Math.max(current.width, maxX + margin), height: Math.max(current.height, maxY + margin) };
}

/** Seats per category (all, and sellable = not blocked), in first-seen order. */
export function categoryCounts(seats: Pick<DraftSeat, 'category' | 'blocked'>[]): { category: string; seats: number; sellable: number }[] {
  const counts = new Map<string, { category: string; seats: number; sellable: number }>();
  for (const s of seats) {
    const c = counts.get(s.category) ?? { category: s.category, seats: 0, sellable: 0 };
    c.seats++;
    if (!s.blocked) c.sellable++;
    counts.set(s.category, c);
  }
  return [...counts.values()];
}

const PALETTE = ['#1d5fa8', '#1f7a4d', '#9a5b00', '#7b3fa0', '#b3261e', '#00838f', '#5d4037', '#c2185b'];
/** A stable colour per category, in legend order. */
export function categoryColour(categories: string[], category: string): string {
  const i = categories.indexOf(category);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length];
}

/** "Parterre, rang C, place 12", as the API labels seats. */
export function seatLabel(seat: Pick<SeatInput, 'section' | 'row' | 'number'>): string {
  return `${seat.section}, rang ${seat.row}, place ${seat.number}`;
}

/** Seats that repeat an earlier section/row/number (the API would refuse the plan). */
export function duplicateKeys(seats: DraftSeat[]): Set<number> {
  const seen = new Set<string>();
  const dup = new Set<number>();
  for (const s of seats) {
    const id = `${s.section}\u0000${s.row}\u0000${s.number}`;
    if (seen.has(id)) dup.add(s.key);
    seen.add(id);
  }
  return dup;
}

export function toSeatInputs(seats: DraftSeat[]): SeatInput[] {
  return seats.map(({ key: _key, ...seat }) => seat);
}
