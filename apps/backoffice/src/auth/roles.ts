import type { components } from '@guichet/api-client';

export type Role = components['schemas']['TicketingAccessResponse']['role'];

/** The backoffice's sections, each a menu entry and the routes under it. */
export type Section =
  | 'control'
  | 'events'
  | 'orders'
  | 'ticket-office'
  | 'cash-report'
  | 'customers'
  | 'plans'
  | 'promo-codes'
  | 'gift-vouchers'
  | 'gift-voucher-offers'
  | 'shop-settings'
  | 'reports'
  | 'bank-reconciliation'
  | 'team';

/** The organizer's whole menu: an admin's. */
const ADMIN_SECTIONS: readonly Section[] = [
  'events',
  'orders',
  'ticket-office',
  'cash-report',
  'customers',
  'plans',
  'promo-codes',
  'gift-vouchers',
  'gift-voucher-offers',
  'shop-settings',
  'reports',
  'bank-reconciliation',
  'control',
  'team',
];

/**
 * The sections each role may use, read from the roles the API's operations declare ("Roles: …" in
 * the contract): a section whose every write its role would be refused stays out of its menu, so
 * nobody lands on forms that answer "forbidden". Reads are open to every member; a menu is more than
 * a read. Each list is the role's menu, in order (the sidebar renders it as it is); the first
 * section is where the role lands. A section's route has the section's name.
 */
export const SECTIONS: Record<Role, readonly Section[]> = {
  admin: ADMIN_SECTIONS,
  // Managers see the team (read only) from its address, not in the menu: it is the admins' page.
  manager: ADMIN_SECTIONS.filter((s) => s !== 'team'),
  // The ticket office sells and cashes: it lands on the sale screen (TO-1); an event's seats blocked
  // for a date, orders (payments of reservations, the tickets and receipts of a sale), gift vouchers.
  ticket_office: ['ticket-office', 'events', 'orders', 'customers', 'gift-vouchers'],
  control: ['control'],
  // Accounting checks the bank's payments against the invoices (PAY-5).
  accounting: ['orders', 'reports', 'cash-report', 'bank-reconciliation'],
};

export function maySee(role: Role | undefined, section: Section): boolean {
  return role ? SECTIONS[role].includes(section) : false;
}

/** Where a role lands in a ticketing. */
export function landingSection(role: Role): Section {
  return SECTIONS[role][0];
}

/** Whether a role edits the catalog (events, prices, plans); the others read it. */
export function editsCatalog(role: Role | undefined): boolean {
  return role === 'admin' || role === 'manager';
}

/** Whether a role changes orders (payments, resends, cancellations, ticket operations) — the API's roles for those writes. */
export function changesOrders(role: Role | undefined): boolean {
  return role === 'admin' || role === 'manager' || role === 'ticket_office';
}

/** Whether a role reads the cash report — the API's roles for it (a clerk reads their own sessions, from the ticket office's bar). */
export function readsCashReport(role: Role | undefined): boolean {
  return role !== undefined && role !== 'control';
}

/** Whether a role imports orders from a file (ORD-13) — the API's roles for it. */
export function importsOrders(role: Role | undefined): boolean {
  return role === 'admin' || role === 'manager';
}

/** Whether a role records refunds: those who change orders, and accounting. */
export function refunds(role: Role | undefined): boolean {
  return changesOrders(role) || role === 'accounting';
}

/**
 * Whether the user may edit or delete a comment — the API's rule: its author while their role still
 * comments (the roles that change orders), or an admin, whoever wrote it.
 */
export function changesComment(role: Role | undefined, userId: string | undefined, author: { kind: string; id: string | null }): boolean {
  if (role === 'admin') return true;
  return changesOrders(role) && author.kind === 'user' && author.id !== null && author.id === userId;
}

/** Whether a role writes the control's profiles and revokes its devices — the API's roles for those writes; the control role reads them. */
export function writesControl(role: Role | undefined): boolean {
  return role === 'admin' || role === 'manager';
}
