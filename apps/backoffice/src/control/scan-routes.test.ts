import { beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../auth/session';
import { router } from '../router';
import { scannerSetup } from './scanner-setup';

// No user on this phone: no token, and the user's client is never asked.
vi.mock('../api/client', () => ({
  api: { GET: vi.fn(), POST: vi.fn() },
  tokenStore: { get: () => null, set: () => {}, clear: () => {} },
  onUnauthorized: () => {},
}));

const T = '7d3f1a52-3c1e-4e8b-9d55-0c4f7a1b2c3d';
const OTHER = '0b8a5a2e-9d1c-4f7e-8a6b-2c3d4e5f6a7b';
const DEVICE = { device: { id: 'dev', name: 'Porte', token: 'device-token' }, dateIds: ['d1'], profile: null };

describe('the scanner’s routes for a door device without a user (ADR 0049)', () => {
  beforeEach(async () => {
    localStorage.clear();
    session.me = null;
    session.token = null;
    await router.push('/login');
  });

  it('open the scanner of a device kept in this browser, without a user and without asking the network', async () => {
    scannerSetup.save(T, DEVICE);
    await router.push(`/t/${T}/scan`);
    expect(router.currentRoute.value.name).toBe('scan');
    // The installed app's start goes to the ticketing scanned last.
    await router.push('/scan');
    expect(router.currentRoute.value.fullPath).toBe(`/t/${T}/scan`);
  });

  it('open the device login on a scanner this browser has no device for, and on the app’s start', async () => {
    await router.push(`/t/${OTHER}/scan`);
    expect(router.currentRoute.value.name).toBe('scan');
    await router.push('/scan');
    expect(router.currentRoute.value.name).toBe('scan-home');
  });

  it('keep a link carrying a code on the login, even with a device kept', async () => {
    scannerSetup.save(T, DEVICE);
    await router.push('/scan?code=K7QM-4XRT-9HPW');
    expect(router.currentRoute.value.fullPath).toBe('/scan?code=K7QM-4XRT-9HPW');
  });

  it('still send the rest of the backoffice to the user login', async () => {
    scannerSetup.save(T, DEVICE);
    await router.push(`/t/${T}/orders`);
    expect(router.currentRoute.value.name).toBe('login');
  });
});
