import { beforeEach, describe, expect, it } from 'vitest';
import { customerSession, endSession, prefillContact, sessionOf, startSession, tokenForUrl } from './customer-session';

const account = { id: '6f0f5c1e-0000-4000-8000-000000000001', email: 'ada@example.ch', firstName: 'Ada', lastName: 'Lovelace', language: 'fr' as const };
const later = () => new Date(Date.now() + 3600_000).toISOString();

describe('customer session', () => {
  beforeEach(() => endSession());

  it('is its own shop’s only: the token goes to that shop’s API routes and nowhere else', () => {
    startSession('remparts', { accessToken: 'cs1.abc', expiresAt: later(), account });
    expect(sessionOf('remparts')?.account.email).toBe('ada@example.ch');
    expect(sessionOf('autre')).toBeNull();
    expect(tokenForUrl('http://127.0.0.1:5174/api/v1/shop/remparts/account/orders')).toBe('cs1.abc');
    expect(tokenForUrl('/api/v1/shop/remparts/carts/1/checkout')).toBe('cs1.abc');
    expect(tokenForUrl('/api/v1/shop/remparts-bis/account')).toBeNull();
    expect(tokenForUrl('/api/v1/ticketings/1/orders')).toBeNull();
  });

  it('is kept for the tab, and forgotten when it ends or has run out', () => {
    startSession('remparts', { accessToken: 'cs1.abc', expiresAt: later(), account });
    expect(JSON.parse(sessionStorage.getItem('guichet.shop.customer')!).accessToken).toBe('cs1.abc');
    endSession();
    expect(sessionStorage.getItem('guichet.shop.customer')).toBeNull();
    expect(customerSession.value).toBeNull();
    startSession('remparts', { accessToken: 'cs1.old', expiresAt: new Date(Date.now() - 1000).toISOString(), account });
    expect(sessionOf('remparts')).toBeNull();
  });

  it('fills only the empty contact fields at checkout', () => {
    const contact = { firstName: '', lastName: 'Byron', email: '' };
    prefillContact('remparts', contact);
    expect(contact).toEqual({ firstName: '', lastName: 'Byron', email: '' });
    startSession('remparts', { accessToken: 'cs1.abc', expiresAt: later(), account });
    prefillContact('remparts', contact);
    expect(contact).toEqual({ firstName: 'Ada', lastName: 'Byron', email: 'ada@example.ch' });
  });
});
