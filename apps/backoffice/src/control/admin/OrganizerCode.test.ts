import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import OrganizerCode from './OrganizerCode.vue';

const api = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('../../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

describe('the organizer code', () => {
  beforeEach(() => vi.resetAllMocks());

  it('rotates only once confirmed, saying devices keep their access, then shows the new code without an end', async () => {
    api.POST.mockResolvedValue({ data: { code: 'ABCD-EFGH-JKLM', expiresAt: null } });
    const section = mount(OrganizerCode, { props: { ticketingId: 't1' } });
    await section.get('[data-testid="organizer-code-rotate"]').trigger('click');
    expect(section.get('[data-testid="organizer-code-confirm"]').text()).toContain('Les appareils déjà connectés gardent leur accès');
    expect(api.POST).not.toHaveBeenCalled();
    await section.get('[data-testid="organizer-code-rotate-yes"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control-organizer-code', { params: { path: { ticketingId: 't1' } } });
    const shown = section.get('[data-testid="organizer-code-shown"]');
    expect(shown.get('[data-testid="login-code-text"]').text()).toBe('ABCD-EFGH-JKLM');
    expect(shown.find('[data-testid="login-code-expires"]').exists()).toBe(false);
    expect(section.find('[data-testid="organizer-code-confirm"]').exists()).toBe(false);
  });

  it('says why a rotation was refused', async () => {
    api.POST.mockResolvedValue({ error: { code: 'FORBIDDEN', status: 403, detail: 'Forbidden' } });
    const section = mount(OrganizerCode, { props: { ticketingId: 't1' } });
    await section.get('[data-testid="organizer-code-rotate"]').trigger('click');
    await section.get('[data-testid="organizer-code-rotate-yes"]').trigger('click');
    await flushPromises();
    expect(section.text()).toContain('Votre rôle ne permet pas cette action.');
    expect(section.find('[data-testid="organizer-code-shown"]').exists()).toBe(false);
  });
});
