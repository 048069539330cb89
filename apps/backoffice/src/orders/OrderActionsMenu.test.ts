import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computed } from 'vue';
import OrderActionsMenu from './OrderActionsMenu.vue';

type Order = components['schemas']['OrderResponse'];

const api = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));
vi.mock('../layout/useTicketing', () => ({ useTicketing: () => computed(() => ({ id: 't1', slug: 'remparts', role: 'admin' })) }));

const yes = { allowed: true, reason: null };
const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const order = {
  id: 'o1',
  status: 'paid',
  total: chf(6000),
  paid: chf(6000),
  refunded: chf(0),
  customer: { firstName: 'Jeanne', lastName: 'Dubois', email: 'jeanne@example.ch' },
  tickets: [],
  actions: {
    resend: yes,
    recordPayment: yes,
    cancelOrder: yes,
    cancelTickets: yes,
    refund: yes,
    reschedule: yes,
    openPersonalisation: yes,
    splitReservation: yes,
    exchange: yes,
  },
} as unknown as Order;

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the order’s refund dialog', () => {
  beforeEach(() => vi.resetAllMocks());

  it('says which amount to correct until it is changed, then sends the corrected one', async () => {
    api.POST.mockResolvedValue({ data: order });
    const menu = mount(OrderActionsMenu, { props: { ticketingId: 't1', order }, attachTo: document.body });
    await menu.get('[data-testid="order-actions"]').trigger('click');
    await menu.get('[data-testid="order-action-refund"]').trigger('click');
    await menu.get('[data-testid="refund-amount"]').setValue('75');
    await menu.get('[data-testid="confirm-order-action"]').trigger('click');
    expect(text(menu.get('[role="alert"]').text())).toContain('60.00 CHF');
    expect(api.POST).not.toHaveBeenCalled();

    await menu.get('[data-testid="refund-amount"]').setValue('20');
    expect(menu.find('[role="alert"]').exists()).toBe(false);
    await menu.get('[data-testid="confirm-order-action"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/orders/{orderId}/refunds', {
      params: { path: { ticketingId: 't1', orderId: 'o1' } },
      body: { amount: 2000, method: 'cash' },
    });
    expect(menu.emitted('done')?.[0][0]).toMatch(/^Remboursement de 20\.00\sCHF enregistré\.$/);
    menu.unmount();
  });

  it('keeps the API’s refusal on screen when a field changes', async () => {
    api.POST.mockResolvedValue({ error: { code: 'REFUND_EXCEEDS_PAID', status: 409, title: 'x', type: 'about:blank' } });
    const menu = mount(OrderActionsMenu, { props: { ticketingId: 't1', order }, attachTo: document.body });
    await menu.get('[data-testid="order-actions"]').trigger('click');
    await menu.get('[data-testid="order-action-refund"]').trigger('click');
    await menu.get('[data-testid="confirm-order-action"]').trigger('click');
    await flushPromises();
    expect(menu.find('[role="alert"]').exists()).toBe(true);
    await menu.get('[data-testid="refund-amount"]').setValue('10');
    expect(menu.find('[role="alert"]').exists()).toBe(true);
    menu.unmount();
  });
});
