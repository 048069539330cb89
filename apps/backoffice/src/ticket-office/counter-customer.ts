import type { components } from '@guichet/api-client';

type Customer = components['schemas']['CustomerSummaryResponse'];
type SaleRequest = components['schemas']['CounterSaleRequest'];
type Voucher = components['schemas']['GiftVoucherResponse'];

/** The customer tab as the clerk fills it: a customer picked from the search, or one typed. */
export interface CustomerDraft {
  linked: Customer | null;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export const emptyCustomer = (): CustomerDraft => ({ linked: null, firstName: '', lastName: '', email: '', phone: '' });

/** TO-4, one customer per order: the linked customer's id, or what was typed (only the fields filled), or nothing. */
export function saleCustomer(draft: CustomerDraft): Pick<SaleRequest, 'customer' | 'customerId'> {
  if (draft.linked) return { customerId: draft.linked.id };
  const typed = { firstName: draft.firstName, lastName: draft.lastName, email: draft.email, phone: draft.phone };
  const filled = Object.fromEntries(Object.entries(typed).flatMap(([k, v]) => (v.trim() ? [[k, v.trim()]] : [])));
  return Object.keys(filled).length ? { customer: filled } : {};
}

/** The existing customer whose email is the one typed (emails are kept lower-case), to suggest linking them. */
export function customerWithEmail(found: readonly Customer[], email: string): Customer | null {
  const typed = email.trim().toLowerCase();
  return typed ? (found.find((c) => c.email === typed) ?? null) : null;
}

/**
 * The customer who bought the gift voucher applied to the cart, among the customers found by their email —
 * only that very customer (same id), and only when the voucher has a buyer.
 */
export function voucherBuyerAmong(found: readonly Customer[], voucher: Pick<Voucher, 'buyer'> | null | undefined): Customer | null {
  const buyer = voucher?.buyer;
  return buyer ? (found.find((c) => c.id === buyer.customerId) ?? null) : null;
}
