import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CounterSessionClose from './CounterSessionClose.vue';

type Session = components['schemas']['CounterSessionResponse'];

const api = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
/** A drawer opened with 200.00 that took 50.00 in cash. */
const session = {
  id: 's1',
  openedAt: '2027-03-01T08:00:00Z',
  closedAt: null,
  openingFloat: chf(20000),
  totals: [],
  expectedCash: chf(25000),
  countedCash: null,
  difference: null,
  closingNote: null,
} as unknown as Session;
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('closing the drawer', () => {
  beforeEach(() => vi.resetAllMocks());

  it('shows the expected cash, and the difference as the count is typed, before anything is sent', async () => {
    const dialog = mount(CounterSessionClose, { props: { ticketingId: 't1', session }, attachTo: document.body });
    expect(text(dialog.get('[data-testid="counter-close-expected"]').text())).toBe('250.00 CHF');
    expect(dialog.get('[data-testid="counter-close-difference"]').text()).toBe('—');
    expect(dialog.get('[data-testid="counter-close-confirm"]').attributes('disabled')).toBeDefined();
    await dialog.get('[data-testid="counter-close-counted"]').setValue('249,50');
    expect(text(dialog.get('[data-testid="counter-close-difference"]').text())).toBe('-0.50 CHF');
    expect(text(dialog.get('[data-testid="counter-close-confirm"]').text())).toBe('Fermer avec 249.50 CHF');
    await dialog.get('[data-testid="counter-close-counted"]').setValue('260');
    expect(text(dialog.get('[data-testid="counter-close-difference"]').text())).toBe('10.00 CHF');
    expect(api.POST).not.toHaveBeenCalled();
    dialog.unmount();
  });

  it('sends the count in minor units with the note, and hands the closed session back', async () => {
    const closed = { ...session, closedAt: '2027-03-01T18:00:00Z', countedCash: chf(24950), difference: chf(-50) };
    api.POST.mockResolvedValue({ data: closed });
    const dialog = mount(CounterSessionClose, { props: { ticketingId: 't1', session }, attachTo: document.body });
    await dialog.get('[data-testid="counter-close-counted"]').setValue('249.50');
    await dialog.get('[data-testid="counter-close-note"]').setValue('  Pièce manquante ');
    await dialog.get('form').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/counter-sessions/{sessionId}/close', {
      params: { path: { ticketingId: 't1', sessionId: 's1' } },
      body: { countedCash: 24950, note: 'Pièce manquante' },
    });
    expect(dialog.emitted('closed')).toEqual([[closed]]);
    dialog.unmount();
  });
});
