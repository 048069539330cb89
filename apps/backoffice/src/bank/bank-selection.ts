import type { components } from '@guichet/api-client';

export type BankEntry = components['schemas']['BankEntryResponse'];
export type ValidateRequest = components['schemas']['ValidateBankEntriesRequest'];

/** The lists of the screen, one tab each: what the API lists by status. */
export const ENTRY_TABS = ['matched', 'suggested', 'unmatched', 'booked'] as const;
export type EntryTab = (typeof ENTRY_TABS)[number];

/** Whether a row may be ticked at all: a credit with a reserved order to pay, not booked yet. */
export function selectable(entry: BankEntry): boolean {
  return entry.credit && entry.order?.status === 'reserved' && (entry.status === 'matched' || entry.status === 'suggested');
}

/**
 * The rows ticked when the list arrives: those the API preselects (matched by reference, paying
 * exactly). A suggestion is never ticked for the user: they check it first.
 */
export function initialSelection(entries: readonly BankEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.preselected && e.match !== 'suggestion' && selectable(e)).map((e) => e.id));
}

/**
 * The validation request of the ticked rows: the rows that cannot be booked dropped, and `complete`
 * only for ticked partial payments the user marked as settling their order.
 */
export function validationRequest(entries: readonly BankEntry[], selected: ReadonlySet<string>, complete: ReadonlySet<string>): ValidateRequest {
  const chosen = entries.filter((e) => selected.has(e.id) && selectable(e));
  const settling = chosen.filter((e) => e.fit === 'partial' && complete.has(e.id)).map((e) => e.id);
  return { entryIds: chosen.map((e) => e.id), ...(settling.length ? { complete: settling } : {}) };
}

/** A bank date (`2026-12-01`, no time nor zone) as the tables show dates: `01.12.2026`. */
export function bankDay(date: string | null): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
