import type { components } from '@guichet/api-client';
import { ref } from 'vue';

type SessionResponse = components['schemas']['CustomerSessionResponse'];

/** A logged-in customer of one shop: the session token the API gave, and who they are. */
export interface CustomerSession {
  slug: string;
  accessToken: string;
  expiresAt: string;
  account: SessionResponse['account'];
}

/**
 * Kept in memory and in this tab's sessionStorage (ADR 0029): it survives a reload and the card
 * payment's round trip, ends with the tab, and is sent as a bearer header only to its own shop's
 * API routes, so no cookie rides along with another site's request (no CSRF to defend against).
 */
const KEY = 'guichet.shop.customer';

function read(): CustomerSession | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as CustomerSession | null;
    return stored && new Date(stored.expiresAt) > new Date() ? stored : null;
  } catch {
    return null;
  }
}

export const customerSession = ref<CustomerSession | null>(read());

export function startSession(slug: string, response: SessionResponse): void {
  customerSession.value = { slug, accessToken: response.accessToken, expiresAt: response.expiresAt, account: response.account };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(customerSession.value));
  } catch {
    // Storage refused: the session holds until the page is left.
  }
}

export function endSession(): void {
  customerSession.value = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}

/** The session of this shop, if the customer is logged in there (and it has not run out). */
export function sessionOf(slug: string | undefined): CustomerSession | null {
  const session = customerSession.value;
  return session && slug && session.slug === slug && new Date(session.expiresAt) > new Date() ? session : null;
}

/** The bearer token for a request to the API: only to the routes of the session's own shop. */
export function tokenForUrl(url: string): string | null {
  const session = customerSession.value;
  if (!session) return null;
  const path = new URL(url, 'http://shop.invalid').pathname;
  return path.startsWith(`/api/v1/shop/${encodeURIComponent(session.slug)}/`) ? session.accessToken : null;
}

/** Fills the checkout's empty contact fields from the logged-in account. */
export function prefillContact(slug: string, contact: { firstName: string; lastName: string; email: string }): void {
  const session = sessionOf(slug);
  if (!session) return;
  contact.firstName ||= session.account.firstName;
  contact.lastName ||= session.account.lastName;
  contact.email ||= session.account.email;
}
