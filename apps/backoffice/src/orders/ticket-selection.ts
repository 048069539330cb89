import type { components } from '@guichet/api-client';

type Ticket = components['schemas']['TicketResponse'];
export type TicketOperation = components['schemas']['ApplyTicketOperationRequest']['operation'];
/** What the bulk bar offers: the API's operations, and downloading the selected tickets. */
export type BulkAction = TicketOperation | 'download';
export const BULK_ACTIONS: BulkAction[] = ['set_unscanned', 'scan_in', 'scan_out', 'blacklist', 'reissue', 'download'];

/** Which ticket statuses each action accepts — the API's rule (a cancelled or replaced ticket accepts none). */
const ACCEPTS: Record<BulkAction, Ticket['status'][]> = {
  set_unscanned: ['valid', 'blacklisted'],
  scan_in: ['valid'],
  scan_out: ['valid'],
  blacklist: ['valid', 'blacklisted'],
  reissue: ['valid', 'blacklisted'],
  download: ['valid'],
};

export type Unavailable = 'none' | 'cancelled' | 'replaced' | 'blacklisted';

/** Why an action cannot apply to the selected tickets now, or null when it can. */
export function unavailableReason(action: BulkAction, selected: Ticket[]): Unavailable | null {
  if (!selected.length) return 'none';
  const refusing = selected.find((t) => !ACCEPTS[action].includes(t.status));
  return refusing ? (refusing.status as Exclude<Ticket['status'], 'valid'>) : null;
}
