import type { components } from '@guichet/api-client';
import { checkSignedCode, readCode } from './ticket-code';

export type DoorList = components['schemas']['DoorListResponse'];
export type DoorTicket = components['schemas']['DoorListTicketResponse'];
export type ScanResult = components['schemas']['ScanResponse']['result'];

export interface OfflineAnswer {
  result: ScanResult;
  ticket: DoorTicket | null;
}

/**
 * The door's answer without the server (ADR 0043), in the server's order: a signed code is
 * verified, a barcode looked up; then the ticket's status (the revocation list), its order's
 * payment, and whether it is inside — as the list said, or as this device admitted it since.
 * A genuine code not in the list is another date's (the list has every ticket of the chosen dates);
 * a barcode not in the list proves nothing: `unknown`.
 */
export async function answerOffline(raw: string, list: DoorList, admitted: { has(ticketId: string): boolean }): Promise<OfflineAnswer> {
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
  const inside = ticket.scanState === 'in' || admitted.has(ticket.id);
  if (ticket.status !== 'valid') return { result: ticket.status, ticket };
  if (!ticket.paid && !inside) return { result: 'not_paid', ticket };
  return { result: inside ? 'already_used' : 'accepted', ticket };
}
