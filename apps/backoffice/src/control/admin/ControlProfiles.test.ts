import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ControlProfiles from './ControlProfiles.vue';

type Profile = components['schemas']['ControlProfileResponse'];

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn(), DELETE: vi.fn() }));
vi.mock('../../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const profile: Profile = { id: 'p1', name: 'Parterre', dateIds: ['d1'], zoneIds: [], mode: 'entry_exit', createdAt: '2026-12-01T10:00:00Z' };
const event = {
  id: 'e1',
  name: 'Carmen',
  dates: [{ id: 'd1', startsAt: '2027-02-09T19:00:00Z', status: 'scheduled' }],
  zones: [{ id: 'z1', name: 'Balcon' }],
};

/** Answers the list reads: the profiles, the upcoming events, an event's detail. */
function reads(profiles: Profile[]) {
  api.GET.mockImplementation((path: string) => {
    if (path.endsWith('/control-profiles')) return Promise.resolve({ data: { items: profiles } });
    if (path.endsWith('/events')) return Promise.resolve({ data: { items: [{ id: 'e1' }], nextCursor: null } });
    return Promise.resolve({ data: event });
  });
}
const mountProfiles = (writes = true) => mount(ControlProfiles, { props: { ticketingId: 't1', writes }, attachTo: document.body });

describe('the control profiles', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
  });

  it('lists each profile with its mode, dates and zones; the control role sees no write button', async () => {
    reads([profile]);
    const list = mountProfiles(false);
    await flushPromises();
    expect(list.get('[data-testid="control-profile"]').text()).toContain('Entrée-sortie · 1 date · Toutes les zones');
    expect(list.find('[data-testid="control-profile-add"]').exists()).toBe(false);
    expect(list.find('[data-testid="control-profile-code"]').exists()).toBe(false);
    // Without writes the events are not read: the form is never shown.
    expect(api.GET).toHaveBeenCalledTimes(1);
  });

  it('creates a profile with a date by event and a mode, explaining each mode, and shows a refusal on its field', async () => {
    reads([]);
    const list = mountProfiles();
    await flushPromises();
    await list.get('[data-testid="control-profile-add"]').trigger('click');
    const form = list.get('[data-testid="control-profile-form"]');
    expect(form.get('[data-testid="control-profile-mode"]').text()).toContain('Un billet entre autant de fois que voulu');
    await form.get('[data-testid="control-profile-save"]').trigger('submit');
    expect(list.get('[data-testid="error-name"]').text()).toBe('Donnez un nom au profil (par exemple « Entrée parterre »).');
    expect(api.POST).not.toHaveBeenCalled();

    await form.get('[data-testid="control-profile-name"]').setValue('Balcon');
    await form.get('[data-testid="control-profile-date-d1"]').setValue(true);
    await form.get('[data-testid="control-profile-zone-z1"]').setValue(true);
    await form.get('[data-testid="control-profile-mode-multiple"]').setValue(true);
    api.POST.mockResolvedValueOnce({
      error: { code: 'CONTROL_PROFILE_INVALID', status: 422, detail: 'x', errors: [{ field: 'zoneIds', message: 'not of this ticketing' }] },
    });
    await form.trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control-profiles', {
      params: { path: { ticketingId: 't1' } },
      body: { name: 'Balcon', dateIds: ['d1'], zoneIds: ['z1'], mode: 'multiple' },
    });
    expect(list.get('[data-testid="error-zoneIds"]').text()).toBe(
      'Un choix n’appartient plus à cette billetterie : rechargez la page et choisissez à nouveau.',
    );

    api.POST.mockResolvedValueOnce({ data: { ...profile, id: 'p2', name: 'Balcon' } });
    await form.trigger('submit');
    await flushPromises();
    expect(list.get('[data-testid="control-profile-notice"]').text()).toBe('Profil « Balcon » enregistré.');
    expect(list.find('[data-testid="control-profile-form"]').exists()).toBe(false);
  });

  it('edits a profile from what it holds: its dates checked, its mode chosen, sent back whole with a PUT', async () => {
    reads([profile]);
    api.PUT.mockResolvedValue({ data: { ...profile, mode: 'normal' } });
    const list = mountProfiles();
    await flushPromises();
    await list.get('[data-testid="control-profile-edit"]').trigger('click');
    const form = list.get('[data-testid="control-profile-form"]');
    expect((form.get('[data-testid="control-profile-date-d1"]').element as HTMLInputElement).checked).toBe(true);
    expect((form.get('[data-testid="control-profile-mode-entry_exit"]').element as HTMLInputElement).checked).toBe(true);
    await form.get('[data-testid="control-profile-mode-normal"]').setValue(true);
    await form.trigger('submit');
    await flushPromises();
    expect(api.PUT).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control-profiles/{profileId}', {
      params: { path: { ticketingId: 't1', profileId: 'p1' } },
      body: { name: 'Parterre', dateIds: ['d1'], zoneIds: [], mode: 'normal' },
    });
  });

  it('asks before deleting, saying its devices are revoked', async () => {
    reads([profile]);
    api.DELETE.mockResolvedValue({});
    const list = mountProfiles();
    await flushPromises();
    await list.get('[data-testid="control-profile-delete"]').trigger('click');
    expect(list.get('[data-testid="control-profile-confirm-delete"]').text()).toContain('Les appareils connectés avec ce profil seront révoqués');
    expect(api.DELETE).not.toHaveBeenCalled();
    await list.get('[data-testid="control-profile-delete-yes"]').trigger('click');
    await flushPromises();
    expect(api.DELETE).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control-profiles/{profileId}', {
      params: { path: { ticketingId: 't1', profileId: 'p1' } },
    });
    expect(list.emitted('changed')).toHaveLength(1);
  });

  it('shows a generated login code as text and as a QR code, with its end', async () => {
    reads([profile]);
    api.POST.mockResolvedValue({ data: { code: 'K7QM-4XRT-9HPW', expiresAt: '2026-12-03T20:00:00Z' } });
    const list = mountProfiles();
    await flushPromises();
    await list.get('[data-testid="control-profile-code"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control-profiles/{profileId}/login-code', {
      params: { path: { ticketingId: 't1', profileId: 'p1' } },
    });
    const dialog = list.get('[data-testid="login-code-dialog"]');
    expect(dialog.get('[data-testid="login-code-text"]').text()).toBe('K7QM-4XRT-9HPW');
    expect(dialog.get('[data-testid="login-code-qr"]').attributes('aria-label')).toBe('QR code du code de connexion K7QM-4XRT-9HPW');
    expect(dialog.get('[data-testid="login-code-qr"] path').attributes('d')).toMatch(/^M/);
    expect(dialog.get('[data-testid="login-code-expires"]').text()).toMatch(/^Valable jusqu’au .+ \(24 h\), pour un seul appareil\.$/);
  });
});
