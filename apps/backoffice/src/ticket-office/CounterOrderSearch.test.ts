import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import CounterOrderSearch from './CounterOrderSearch.vue';
import { orderSearchTerm } from './order-search';

const api = vi.hoisted(() => ({ GET: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const summary = (id: string, number: string, firstName = '', lastName = '') => ({
  id,
  number,
  customer: { firstName, lastName, email: '' },
  createdAt: '2026-12-01T17:00:00Z',
  channel: 'ticket_office',
  ticketCount: 2,
  total: chf(8750),
  status: 'paid',
});

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: { template: '<div />' } },
    { path: '/t/:ticketingId/orders', name: 'orders', component: { template: '<div />' } },
    { path: '/t/:ticketingId/orders/:orderId', name: 'order', component: { template: '<div />' } },
  ],
});
const mountSearch = () => mount(CounterOrderSearch, { props: { ticketingId: 't1' }, global: { plugins: [router] } });

describe('the ticket office’s order search', () => {
  beforeEach(() => vi.resetAllMocks());

  it('searches once enough is typed, trimmed', () => {
    expect(orderSearchTerm(' a ')).toBe('');
    expect(orderSearchTerm('  Argan   Béralde ')).toBe('Argan Béralde');
    expect(orderSearchTerm('K7')).toBe('K7');
  });

  it('lists the matching orders, each a link to its page, and the rest a link to the order list', async () => {
    api.GET.mockResolvedValue({ data: { items: [summary('o1', 'K7QX4M2P', 'Toinette', 'Argan'), summary('o2', 'Z9ZZ9ZZ9')], total: 9 } });
    const search = mountSearch();
    await search.get('[data-testid="counter-order-q"]').setValue('argan');
    await search.get('form').trigger('submit');
    await flushPromises();
    expect(api.GET).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/orders', {
      params: { path: { ticketingId: 't1' }, query: { q: 'argan', limit: 6 } },
    });
    const results = search.findAll('[data-testid="counter-order-result"]');
    expect(results.map((r) => r.attributes('href'))).toEqual(['/t/t1/orders/o1', '/t/t1/orders/o2']);
    expect(results[0].text()).toContain('Toinette Argan');
    // An anonymous counter sale is named as such.
    expect(results[1].text()).toContain('Sans nom');
    expect(search.get('[data-testid="counter-order-count"]').text()).toBe('9 commandes trouvées');
    expect(search.get('[data-testid="counter-order-all"]').attributes('href')).toBe('/t/t1/orders?q=argan');
  });

  it('says when nothing matches', async () => {
    api.GET.mockResolvedValue({ data: { items: [], total: 0 } });
    const search = mountSearch();
    await search.get('[data-testid="counter-order-q"]').setValue('personne');
    await search.get('form').trigger('submit');
    await flushPromises();
    expect(search.get('[data-testid="counter-order-none"]').text()).toBe('Aucune commande ne correspond à « personne ».');
  });
});
