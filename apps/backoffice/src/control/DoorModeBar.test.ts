import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import DoorModeBar from './DoorModeBar.vue';

const INSIDE = [{ dateId: 'd1', eventName: 'Festival', startsAt: '2026-12-02T19:00:00.000Z', insideNow: 12 }];

function bar(props: { mode: 'normal' | 'entry_exit' | 'multiple'; profileName: string | null }) {
  return mount(DoorModeBar, { props: { ...props, inside: INSIDE, direction: 'in' as const }, global: { plugins: [i18n] } });
}

describe('the door’s mode bar', () => {
  it('at an entry/exit door: the profile and mode, the In/Out toggle (said by aria-checked, not colour alone) and who is inside', async () => {
    const wrapper = bar({ mode: 'entry_exit', profileName: 'Porte nord' });
    expect(wrapper.get('[data-testid="scan-mode"]').text()).toContain('Entrée-sortie');
    expect(wrapper.get('[data-testid="scan-mode"]').text()).toContain('profil « Porte nord »');
    expect(wrapper.get('[data-testid="scan-direction-in"]').attributes('aria-checked')).toBe('true');
    await wrapper.get('[data-testid="scan-direction-out"]').trigger('click');
    expect(wrapper.emitted('update:direction')).toEqual([['out']]);
    expect(wrapper.get('[data-testid="scan-inside"]').text()).toBe('Festival (20:00) : 12 personnes à l’intérieur');
  });

  it('says the mode of a profile in multiple-entry mode, with no toggle', () => {
    const wrapper = bar({ mode: 'multiple', profileName: 'Bar' });
    expect(wrapper.get('[data-testid="scan-mode"]').text()).toContain('Entrées multiples');
    expect(wrapper.find('[data-testid="scan-direction-in"]').exists()).toBe(false);
  });

  it('says nothing for a device without a profile, which scans in normal mode as it always did', () => {
    expect(bar({ mode: 'normal', profileName: null }).find('[data-testid="scan-mode"]').exists()).toBe(false);
  });
});
