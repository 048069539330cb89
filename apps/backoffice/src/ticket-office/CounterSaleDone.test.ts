import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import CounterSaleDone from './CounterSaleDone.vue';

type Order = components['schemas']['OrderResponse'];

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const sale = { orderId: 'o1', orderNumber: 'T1234567', status: 'paid' as const, change: 1000 };
const orderWith = (email: string, tickets = [{ status: 'valid' }]) => ({ id: 'o1', number: 'T1234567', customer: { email }, tickets }) as unknown as Order;
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/t/:ticketingId/orders/:orderId', name: 'order', component: { template: '<div />' } }],
});
const mountDone = () => mount(CounterSaleDone, { props: { ticketingId: 't1', sale, currency: 'CHF' }, global: { plugins: [router] } });

describe('the end of a counter sale', () => {
  beforeEach(() => vi.resetAllMocks());

  it('prints A4, thermal and receipt; without an email it offers nothing to send and says so', async () => {
    api.GET.mockResolvedValue({ data: orderWith('') });
    const done = mountDone();
    await flushPromises();
    expect(done.findAll('[data-testid^="counter-done-print-"]').map((b) => b.text())).toEqual([
      'Billets A4',
      'Billets thermiques (80 mm)',
      'Billets thermiques, code-barres',
      'Reçu',
    ]);
    expect(done.find('[data-testid="counter-done-send-tickets"]').exists()).toBe(false);
    expect(done.get('[data-testid="counter-done-no-email"]').text()).toBe('Pas d’e-mail pour cette commande : imprimez les billets.');
  });

  it('sends the tickets or the receipt to the customer’s email and says where they went', async () => {
    api.GET.mockResolvedValue({ data: orderWith('ada@example.ch', [{ status: 'cancelled' }]) });
    api.POST.mockResolvedValue({ data: {} });
    const done = mountDone();
    await flushPromises();
    // Gift vouchers only (no valid ticket): nothing for the thermal printer.
    expect(done.findAll('[data-testid^="counter-done-print-"]').map((b) => b.text())).toEqual(['Billets A4', 'Reçu']);
    await done.get('[data-testid="counter-done-send-receipt"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/orders/{orderId}/resend', {
      params: { path: { ticketingId: 't1', orderId: 'o1' } },
      body: { what: 'receipt' },
    });
    expect(done.get('[data-testid="counter-done-sent"]').text()).toBe('Reçu envoyé à ada@example.ch.');
  });
});
