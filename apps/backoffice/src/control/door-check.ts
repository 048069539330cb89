import type { components } from '@guichet/api-client';
import { checkSignedCode, readCode } from './ticket-code';

export type DoorList = components['schemas']['DoorListResponse'];
export type DoorTicket = components['schemas']['DoorListTicketResponse'];
export type ScanResult = components['schemas']['ScanResponse']['result'];
export type ScanMode = components['schemas']['ScanResponse']['mode'];
export type ScanDirection = components['schemas']['ScanResponse']['direction'];
export type ScanState = DoorTicket['scanState'];

export interface OfflineAnswer {
  result: ScanResult;
  ticket: DoorTicket | null;
}

/** How the door scans: the mode (the profile's, or normal), the direction of an entry/exit door, the zones it may let in (empty: all). */
export interface DoorRules {
  mode: ScanMode;
  direction: ScanDirection;
  zoneIds: readonly string[];
}

export const NORMAL_DOOR: DoorRules = { mode: 'normal', direction: 'in', zoneIds: [] };

/**
 * The door's answer without the server (ADR 0043), in the server's order: a signed code is
 * verified, a barcode looked up; then the ticket's status (the revocation list), its zone, its
 * order's payment, and its scan state — as the list said, or as this device moved it since — read
 * as the server's moves read it (ADR 0042): normal lets in from `unscanned|out`; entry/exit lets in
 * from `unscanned|out` and out from `in`; multiple lets in whatever the state.
 * A genuine code not in the list is another date's (the list has every ticket of the chosen dates);
 * a barcode not in the list proves nothing: `unknown`.
 */
export async function answerOffline(
  raw: string,
  list: DoorList,
  moved: { get(ticketId: string): ScanState | undefined },
  door: DoorRules = NORMAL_DOOR,
): Promise<OfflineAnswer> {
  const code = readCode(raw);
  let ticket: DoorTicket | undefined;
  if (code.kind === 'malformed') return { result: 'unknown', ticket: null };
  if (code.kind === 'barcode') ticket = list.tickets.find((t) => t.barcode === code.barcode);
  else {
    const check = await checkSignedCode(code, list.keys);
    if (check.status === 'forged') return { result: 'forged', ticket: null };
    if (check.status !== 'genuine') return { result: 'unknown', ticket: null };
    ticket = list.tickets.find((t) => t.id === check.ticketId);
    if (!ticket) return { result: 'wrong_date', ticket: null };
  }
  if (!ticket) return { result: 'unknown', ticket: null };
  if (ticket.status !== 'valid') return { result: ticket.status, ticket };
  if (door.zoneIds.length > 0 && !door.zoneIds.includes(ticket.zoneId)) return { result: 'wrong_zone', ticket };
  const state = moved.get(ticket.id) ?? ticket.scanState;
  // A ticket let in before its order was marked unpaid again is inside: its state says more than its payment.
  if (!ticket.paid && state !== 'in') return { result: 'not_paid', ticket };
  return { result: resultOf(state, door), ticket };
}

function resultOf(state: ScanState, door: DoorRules): ScanResult {
  if (door.mode === 'multiple') return 'accepted';
  if (door.mode === 'entry_exit') {
    if (door.direction === 'out') return state === 'in' ? 'accepted' : 'not_inside';
    return state === 'in' ? 'already_inside' : 'accepted';
  }
  return state === 'in' ? 'already_used' : 'accepted';
}

/** Where an accepted scan leaves the ticket: outside after an exit, inside otherwise. */
export function stateAfter(door: Pick<DoorRules, 'mode' | 'direction'>): ScanState {
  return door.mode === 'entry_exit' && door.direction === 'out' ? 'out' : 'in';
}
