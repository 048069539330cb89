import type { components } from '@guichet/api-client';

type Customer = components['schemas']['CustomerSummaryResponse'];
type SaleRequest = components['schemas']['CounterSaleRequest'];
type Voucher = components['schemas']['GiftVoucherResponse'];

/**
 * A customer linked to the sale: one found by the search (with their phone and orders), or the
 * buyer of the gift voucher applied, whose voucher names them only.
 */
export type LinkedCustomer = Pick<Customer, 'id' | 'firstName' | 'lastName' | 'email'> & Partial<Pick<Customer, 'phone' | 'orderCount'>>;

/** The customer tab as the clerk fills it: a customer picked from the search, or one typed. */
export interface CustomerDraft {
  linked: LinkedCustomer | null;
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

/** The customer who bought the gift voucher, as its buyer names them; none for a voucher issued by hand. */
export function voucherBuyer(voucher: Pick<Voucher, 'buyer'> | null | undefined): LinkedCustomer | null {
  const buyer = voucher?.buyer;
  return buyer ? { id: buyer.customerId, firstName: buyer.firstName, lastName: buyer.lastName, email: buyer.email } : null;
}
