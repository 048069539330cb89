import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ZonesCard from './ZonesCard.vue';

type EventResponse = components['schemas']['EventResponse'];

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PATCH: vi.fn() }));
vi.mock('../../api/client', () => ({ api }));

const event = {
  id: 'e1',
  zones: [{ id: 'z1', name: 'Parterre', kind: 'general_admission', capacity: 80 }],
} as EventResponse;
const saved = { ...event, name: 'saved' } as EventResponse;

const mountCard = () => mount(ZonesCard, { props: { ticketingId: 't1', event }, global: { stubs: { RouterLink: true } } });

describe('ZonesCard', () => {
  beforeEach(() => vi.resetAllMocks());

  it('adds a general-admission zone with its capacity, then closes the form', async () => {
    api.POST.mockResolvedValue({ data: saved });
    const card = mountCard();
    await card.get('[data-testid="open-add-zone"]').trigger('click');
    await card.get('[data-testid="zone-form-name"]').setValue(' Balcon ');
    await card.get('[data-testid="zone-form-capacity"]').setValue('40');
    await card.get('[data-testid="zone-form"]').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/events/{eventId}/zones', {
      params: { path: { ticketingId: 't1', eventId: 'e1' } },
      body: { name: 'Balcon', capacity: 40 },
    });
    expect(card.emitted('updated')).toEqual([[saved]]);
    expect(card.find('[data-testid="zone-form"]').exists()).toBe(false);
  });

  it('adds a seated zone from a plan category', async () => {
    api.GET.mockResolvedValue({ data: { items: [{ id: 'p1', name: 'Salle', seatCount: 10, categories: [{ category: 'A', seats: 10 }] }], nextCursor: null } });
    api.POST.mockResolvedValue({ data: saved });
    const card = mountCard();
    await card.get('[data-testid="open-add-zone"]').trigger('click');
    await card.get('[data-testid="zone-kind-seated"]').trigger('click');
    await flushPromises();
    await card.get('[data-testid="zone-form-name"]').setValue('Orchestre');
    await card.get('[data-testid="zone-form-plan"]').setValue('p1');
    await flushPromises();
    await card.get('[data-testid="zone-form"]').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/events/{eventId}/zones', {
      params: { path: { ticketingId: 't1', eventId: 'e1' } },
      body: { name: 'Orchestre', planId: 'p1', category: 'A' },
    });
    expect(card.emitted('updated')).toEqual([[saved]]);
  });

  it('renames a zone and keeps a refusal on screen', async () => {
    api.PATCH.mockResolvedValue({ error: { code: 'CAPACITY_BELOW_TAKEN', detail: 'below taken' } });
    const card = mountCard();
    await card.get('button.btn-ghost').trigger('click');
    await card.get('[data-testid="zone-form-capacity"]').setValue('5');
    await card.get('[data-testid="zone-form"]').trigger('submit');
    await flushPromises();
    expect(api.PATCH).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/events/{eventId}/zones/{zoneId}', {
      params: { path: { ticketingId: 't1', eventId: 'e1', zoneId: 'z1' } },
      body: { name: 'Parterre', capacity: 5 },
    });
    expect(card.emitted('updated')).toBeUndefined();
    expect(card.get('[data-testid="zone-form"]').text()).toContain('La capacité ne peut pas être inférieure aux places déjà vendues ou en panier.');
  });
});
