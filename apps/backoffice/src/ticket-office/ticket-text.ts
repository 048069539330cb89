import type { components } from '@guichet/api-client';
import type { Role } from '../auth/roles';

type TicketText = NonNullable<components['schemas']['CounterSaleRequest']['ticketText']>;

/** The bounds the API holds the printed text to (CounterTicketTextRequest). */
export const TICKET_LINE_MAX = 60;
export const TICKET_HOLDER_MAX = 80;

/** Who may give tickets away at the counter: the API's fixed rule (ADR 0036), so nobody else is offered a button it would refuse. */
const INVITATION_ROLES: readonly Role[] = ['admin', 'manager'];

export function mayGiveInvitations(role: Role | undefined): boolean {
  return role !== undefined && INVITATION_ROLES.includes(role);
}

/** The ticket text as the API wants it: only what was typed, trimmed, nothing at all when empty. */
export function ticketTextBody(text: { line: string; holderName: string }): TicketText | undefined {
  const line = text.line.trim();
  const holderName = text.holderName.trim();
  if (!line && !holderName) return undefined;
  return { ...(line ? { line } : {}), ...(holderName ? { holderName } : {}) };
}

/** The customer's name as typed in the customer tab, to print as the holder's. */
export function customerName(customer: { firstName: string; lastName: string }): string {
  return [customer.firstName.trim(), customer.lastName.trim()].filter(Boolean).join(' ');
}
