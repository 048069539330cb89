import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ControlDevices from './ControlDevices.vue';

type Device = components['schemas']['ControlDeviceResponse'];

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const NOW = Date.parse('2026-12-02T20:00:00Z');
const scanner: Device = {
  id: 'd1',
  name: 'Scanner nord',
  doorRole: 'steward',
  profileId: 'p1',
  profileName: 'Parterre',
  gate: 'Entrée nord',
  createdAt: '2026-12-01T10:00:00Z',
  lastSeenAt: '2026-12-02T19:57:00Z',
  revokedAt: null,
};
const phone: Device = {
  id: 'd2',
  name: 'Téléphone',
  doorRole: 'supervisor',
  profileId: null,
  profileName: null,
  gate: null,
  createdAt: '2026-12-01T10:00:00Z',
  lastSeenAt: null,
  revokedAt: null,
};
const mountDevices = (writes = true) => mount(ControlDevices, { props: { ticketingId: 't1', writes } });
const cells = (row: ReturnType<ReturnType<typeof mountDevices>['get']>) => row.findAll('td').map((td) => td.text());

describe('the control devices', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('lists each device with its profile, door role, gate and last activity in words; the control role cannot revoke', async () => {
    api.GET.mockResolvedValue({ data: { items: [scanner, phone] } });
    const list = mountDevices(false);
    await flushPromises();
    const rows = list.findAll('[data-testid="control-device"]');
    expect(cells(rows[0])).toEqual(['Scanner nord', 'Parterre', 'Steward', 'Entrée nord', expect.any(String), 'il y a 3 min', 'Actif']);
    expect(rows[0].get('[data-testid="control-device-role"]').attributes('title')).toBe('scanne les billets.');
    expect(cells(rows[1]).slice(1, 6)).toEqual(['Sans profil (tout)', 'Superviseur', '—', expect.any(String), 'Jamais']);
    expect(list.find('[data-testid="control-device-revoke"]').exists()).toBe(false);
  });

  it('revokes a device after asking, then shows it revoked', async () => {
    api.GET.mockResolvedValueOnce({ data: { items: [scanner] } });
    api.GET.mockResolvedValueOnce({ data: { items: [{ ...scanner, revokedAt: '2026-12-02T19:59:00Z' }] } });
    api.POST.mockResolvedValue({});
    const list = mountDevices();
    await flushPromises();
    await list.get('[data-testid="control-device-revoke"]').trigger('click');
    expect(list.get('[data-testid="control-device-confirm"]').text()).toContain('Révoquer « Scanner nord » ? Il ne pourra plus scanner');
    await list.get('[data-testid="control-device-revoke-yes"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control-devices/{deviceId}/revoke', {
      params: { path: { ticketingId: 't1', deviceId: 'd1' } },
    });
    expect(list.get('[data-testid="control-device-notice"]').text()).toBe('« Scanner nord » est révoqué.');
    const state = list.get('[data-testid="control-device-state"]');
    expect(state.text()).toBe('Révoqué');
    expect(state.attributes('title')).toMatch(/^Révoqué le /);
    expect(list.find('[data-testid="control-device-revoke"]').exists()).toBe(false);
  });
});
