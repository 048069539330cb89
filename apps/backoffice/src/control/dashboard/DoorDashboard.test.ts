import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { DoorDate } from '../door-dates';
import DoorDashboard from './DoorDashboard.vue';
import type { DoorBoard } from './door-board';

const api = vi.hoisted(() => ({ GET: vi.fn() }));
vi.mock('../../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));
const fetchDoorDates = vi.hoisted(() => vi.fn());
vi.mock('../fetch-door-dates', () => ({ fetchDoorDates }));

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: { template: '<div />' } },
    { path: '/t/:ticketingId/control', name: 'control', component: { template: '<div />' } },
    { path: '/t/:ticketingId/orders/:orderId', name: 'order', component: { template: '<div />' } },
  ],
});

const date = (dateId: string, today: boolean): DoorDate => ({
  eventId: 'e',
  eventName: `Soirée ${dateId}`,
  venue: null,
  dateId,
  startsAt: '2026-12-02T19:00:00.000Z',
  doorsAt: null,
  expected: 3,
  today,
});

const board = (inside: number, generatedAt = '2026-12-02T18:31:05.000Z'): DoorBoard => ({
  generatedAt,
  dates: [
    {
      dateId: 'd1',
      eventName: 'Soirée d1',
      startsAt: '2026-12-02T19:00:00.000Z',
      tickets: 3,
      inside,
      entered: inside,
      zones: [{ zoneId: 'z', zoneName: 'Salle', tickets: 3, inside, entered: inside }],
    },
  ],
  scansPerMinute: [],
  refusals: [{ result: 'already_used', count: 2 }],
  gates: [],
  devices: [{ id: 'dv', name: 'Nord 1', gate: 'Nord', online: false, lastSeenAt: null, accepted: 0, refused: 0 }],
  conflicts: [],
});

const mountPage = () =>
  mount(DoorDashboard, {
    props: { ticketingId: 't1' },
    // happy-dom draws no canvas: the chart's own figures are tested in charts/.
    global: { plugins: [router], stubs: { BarChart: true } },
  });

describe('the door dashboard page', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.useFakeTimers();
    fetchDoorDates.mockResolvedValue({ dates: [date('d1', true), date('d2', false)], problem: null });
  });
  afterEach(() => vi.useRealTimers());

  it('watches today’s dates, shows the figures with the time they were read and the refusals in the scanner’s words', async () => {
    api.GET.mockResolvedValue({ data: board(1) });
    const page = mountPage();
    await flushPromises();
    expect(api.GET).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/control/dashboard', {
      params: { path: { ticketingId: 't1' }, query: { dateIds: 'd1' } },
    });
    expect(page.get('[data-testid=dashboard-date-d1]').element).toHaveProperty('checked', true);
    expect(page.get('[data-testid=dashboard-date-d2]').element).toHaveProperty('checked', false);
    expect(page.get('[data-testid=dashboard-updated]').text()).toBe('Mis à jour à 19:31:05');
    expect(page.get('[data-testid=dashboard-inside]').text()).toBe('1');
    expect(page.get('[data-testid=dashboard-refusal]').text()).toContain('Déjà utilisé');
    expect(page.get('[data-testid=dashboard-device-state]').text()).toBe('○ Hors ligne');
    page.unmount();
  });

  it('keeps the last figures, said stale, when a read fails, and says when they are fresh again', async () => {
    api.GET.mockResolvedValueOnce({ data: board(1) }).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const page = mountPage();
    await flushPromises();
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.get('[data-testid=dashboard-stale]').text()).toBe(
      '⚠ Mise à jour impossible : les chiffres affichés datent de 19:31:05. Nouvel essai dans quelques secondes.',
    );
    expect(page.get('[data-testid=dashboard-inside]').text()).toBe('1');

    api.GET.mockResolvedValueOnce({ data: board(2, '2026-12-02T18:31:15.000Z') });
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.find('[data-testid=dashboard-stale]').exists()).toBe(false);
    expect(page.get('[data-testid=dashboard-inside]').text()).toBe('2');
    expect(page.get('[data-testid=dashboard-updated]').text()).toBe('Mis à jour à 19:31:15');
    page.unmount();
  });

  it('asks for the dates ticked, and shows no figures of the dates before the change', async () => {
    api.GET.mockResolvedValue({ data: board(1) });
    const page = mountPage();
    await flushPromises();
    let answer: (value: { data: DoorBoard }) => void = () => {};
    api.GET.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    await page.get('[data-testid=dashboard-date-d2]').setValue(true);
    expect(api.GET).toHaveBeenLastCalledWith('/api/v1/ticketings/{ticketingId}/control/dashboard', {
      params: { path: { ticketingId: 't1' }, query: { dateIds: 'd1,d2' } },
    });
    expect(page.find('[data-testid=dashboard-inside]').exists()).toBe(false);
    answer({ data: board(4) });
    await flushPromises();
    expect(page.get('[data-testid=dashboard-inside]').text()).toBe('4');
    page.unmount();
  });

  it('asks nothing when no date is ticked', async () => {
    fetchDoorDates.mockResolvedValue({ dates: [date('d2', false)], problem: null });
    const page = mountPage();
    await flushPromises();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(api.GET).not.toHaveBeenCalled();
    expect(page.get('[data-testid=dashboard-choose]').text()).toBe('Cochez au moins une date pour voir ses entrées.');
    page.unmount();
  });
});
