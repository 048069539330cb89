/** When something is on sale: from `startAt` (null: already) until `endAt` (null: until the date). */
export interface SalesWindow {
  startAt: Date | null;
  endAt: Date | null;
}

export const SALES_STATUSES = ['not_open_yet', 'open', 'closed'] as const;
export type SalesStatus = (typeof SALES_STATUSES)[number];

/** A price is on sale where its own window and its event's overlap. */
export function effectiveWindow(event: SalesWindow, price: SalesWindow): SalesWindow {
  const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);
  const earlier = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b);
  return { startAt: later(event.startAt, price.startAt), endAt: earlier(event.endAt, price.endAt) };
}

/** Whether a window is open at `now`; it opens at its start (included) and closes at its end (excluded). */
export function salesStatus(w: SalesWindow, now: Date): SalesStatus {
  if (w.startAt && now < w.startAt) return 'not_open_yet';
  if (w.endAt && now >= w.endAt) return 'closed';
  return 'open';
}

/** The field errors of a window given in a request: its end must come after its start. */
export function windowProblems(w: SalesWindow, field: string): { field: string; message: string }[] {
  return w.startAt && w.endAt && w.endAt <= w.startAt ? [{ field, message: 'must be after salesStartAt' }] : [];
}
