import type { TicketStatus } from './entities/ticket.entity';

/**
 * ORD-11: what can be done to selected tickets of an order, in bulk (seed 004):
 * - `set_unscanned`: unused and valid again (also lifts a blacklisting);
 * - `scan_in` / `scan_out`: marked as entered or as gone out (a ticket scanned out may enter again);
 * - `blacklist`: refused at the door with "ticket is blacklisted";
 * - `reissue`: the codes are revoked (the door answers "replaced") and new tickets take their place,
 *   sent only when someone resends the order.
 */
export const TICKET_OPERATIONS = ['set_unscanned', 'scan_in', 'scan_out', 'blacklist', 'reissue'] as const;
export type TicketOperation = (typeof TICKET_OPERATIONS)[number];

/** Why a ticket refuses an operation: the problem code the operation answers. */
export type TicketRefusal = 'TICKET_CANCELLED' | 'TICKET_REPLACED' | 'TICKET_BLACKLISTED';

/** Which statuses each operation accepts; a cancelled or replaced ticket accepts none. */
const ACCEPTS: Record<TicketOperation, readonly TicketStatus[]> = {
  set_unscanned: ['valid', 'blacklisted'],
  scan_in: ['valid'],
  scan_out: ['valid'],
  blacklist: ['valid', 'blacklisted'],
  reissue: ['valid', 'blacklisted'],
};

/** Why this ticket refuses the operation, or null when it accepts it. */
export function ticketRefusal(operation: TicketOperation, status: TicketStatus): TicketRefusal | null {
  if (ACCEPTS[operation].includes(status)) return null;
  return status === 'cancelled' ? 'TICKET_CANCELLED' : status === 'replaced' ? 'TICKET_REPLACED' : 'TICKET_BLACKLISTED';
}

/** The history action written for each operation. */
export const TICKET_OPERATION_ACTIONS: Record<TicketOperation, string> = {
  set_unscanned: 'orders.tickets.set_unscanned',
  scan_in: 'orders.tickets.scanned_in',
  scan_out: 'orders.tickets.scanned_out',
  blacklist: 'orders.tickets.blacklisted',
  reissue: 'orders.tickets.reissued',
};
