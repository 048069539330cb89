import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../i18n/i18n';
import type { DoorOperations, Outcome } from './door-operations';
import DoorActions from './DoorActions.vue';
import type { ShownVerdict } from './useDoor';
import { verdictLook, type Verdict } from './verdicts';

const shown = (result: Verdict, scanId: string): ShownVerdict => ({
  ...verdictLook(result),
  code: `code-${scanId}`,
  scanId,
  at: '2026-12-02T19:00:00.000Z',
  direction: 'in',
  offline: false,
  ticket: null,
  firstScannedAt: null,
  firstScannedBy: null,
});

const entry = {
  scanId: '43',
  result: 'accepted' as const,
  valid: true,
  message: '',
  mode: 'normal' as const,
  direction: 'in' as const,
  ticket: null,
  scannedAt: '2026-12-02T19:01:00.000Z',
};

/** The API's door operations as the test answers them (the calls themselves are tested in door-operations.test.ts). */
function operations(answers: { annul?: Outcome<unknown>; override?: Outcome<unknown> }) {
  return {
    annul: vi.fn(async () => answers.annul),
    override: vi.fn(async () => answers.override),
    quickCancel: vi.fn(),
    searchOrders: vi.fn(),
  } as unknown as DoorOperations & { annul: ReturnType<typeof vi.fn>; override: ReturnType<typeof vi.fn> };
}

function actions(verdict: ShownVerdict, ops: DoorOperations, role: 'steward' | 'supervisor' = 'supervisor') {
  return mount(DoorActions, { props: { verdict, role, online: true, done: null, ops }, attachTo: document.body });
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the door’s actions under a verdict', () => {
  it('asks a reason before letting a refused ticket in, and shows the override’s entry', async () => {
    const ops = operations({ override: { ok: true, data: entry } });
    const wrapper = actions(shown('already_used', '42'), ops);
    await wrapper.get('[data-testid=door-override]').trigger('click');
    await wrapper.get('[data-testid=door-override-dialog-confirm]').trigger('click');
    expect(wrapper.get('[data-testid=door-override-dialog] [role=alert]').text()).toBe(t('door.reasonRequired'));
    expect(ops.override).not.toHaveBeenCalled();

    await wrapper.findAll('[data-testid=door-override-dialog-preset]')[0].trigger('click');
    await wrapper.get('[data-testid=door-override-dialog-confirm]').trigger('click');
    await settle();
    expect(ops.override).toHaveBeenCalledWith('42', t('door.overrideReasons.checked'));
    expect(wrapper.emitted('overridden')![0][0]).toMatchObject({ verdict: 'accepted', scanId: '43', code: 'code-42' });
    expect(wrapper.emitted('closed')).toHaveLength(1);
    expect(wrapper.find('[data-testid=door-override-dialog]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('keeps the dialog open with the refusal in the catalog’s words', async () => {
    const ops = operations({ annul: { ok: false, problem: { code: 'SCAN_TOO_OLD', detail: t('problems.SCAN_TOO_OLD') } } });
    const wrapper = actions(shown('accepted', '42'), ops, 'steward');
    await wrapper.get('[data-testid=door-annul]').trigger('click');
    await wrapper.get('[data-testid=door-annul-dialog-reason]').setValue('Tourniquet bloqué');
    await wrapper.get('[data-testid=door-annul-dialog-confirm]').trigger('click');
    await settle();
    expect(wrapper.get('[data-testid=door-annul-dialog] [data-testid=problem]').text()).toContain(t('problems.SCAN_TOO_OLD'));
    expect(wrapper.emitted('annulled')).toBeUndefined();
    expect(wrapper.emitted('closed')).toBeUndefined();
    wrapper.unmount();
  });

  it('annuls the scan the dialog was opened for, though the camera read another ticket meanwhile', async () => {
    const ops = operations({ annul: { ok: true, data: { scanId: '42', ticketId: 't', scanState: 'unscanned', annulledAt: '' } } });
    const wrapper = actions(shown('accepted', '42'), ops, 'steward');
    await wrapper.get('[data-testid=door-annul]').trigger('click');
    await wrapper.setProps({ verdict: shown('accepted', '44') });
    await wrapper.get('[data-testid=door-annul-dialog-reason]').setValue('Mauvais billet');
    await wrapper.get('[data-testid=door-annul-dialog-confirm]').trigger('click');
    await settle();
    expect(ops.annul).toHaveBeenCalledWith('42', 'Mauvais billet');
    expect(wrapper.emitted('annulled')![0]).toEqual(['42']);
    wrapper.unmount();
  });
});
