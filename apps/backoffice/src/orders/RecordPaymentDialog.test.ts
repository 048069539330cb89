import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import RecordPaymentDialog from './RecordPaymentDialog.vue';

type Order = components['schemas']['OrderResponse'];

const api = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const order = { id: 'o1', amountDue: { amount: 4250, currency: 'CHF' }, giftVouchers: [] } as unknown as Order;
const mountDialog = () => mount(RecordPaymentDialog, { props: { ticketingId: 't1', order } });
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('recording a reservation’s payment at the counter', () => {
  beforeEach(() => vi.resetAllMocks());

  it('shows the change as the cash handed over is typed, refuses too little, and keeps the change on screen once recorded', async () => {
    api.POST.mockResolvedValue({ data: {} });
    const dialog = mountDialog();
    // Round amounts above what is due, one tap each.
    expect(dialog.findAll('[data-testid="payment-quick"]').map((b) => text(b.text()))).toContain('50.00 CHF');
    await dialog.get('[data-testid="payment-given"]').setValue('40');
    expect(text(dialog.get('[role="alert"]').text())).toBe('Il manque 2.50 CHF.');
    expect(dialog.get('[data-testid="confirm-payment"]').attributes('disabled')).toBeDefined();
    await dialog.get('[data-testid="payment-given"]').setValue('50');
    expect(text(dialog.get('[data-testid="payment-change"]').text())).toBe('7.50 CHF');
    await dialog.get('[data-testid="confirm-payment"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', {
      params: { path: { ticketingId: 't1', orderId: 'o1' } },
      body: { method: 'cash', given: 5000 },
    });
    expect(dialog.emitted('recorded')).toHaveLength(1);
    expect(dialog.emitted('close')).toBeUndefined();
    expect(text(dialog.get('[data-testid="payment-change-recorded"]').text())).toBe('7.50 CHF');
    await dialog.get('[data-testid="payment-done"]').trigger('click');
    expect(dialog.emitted('close')).toHaveLength(1);
  });

  it('sends a card terminal’s reference, without cash handed over, and closes once recorded', async () => {
    api.POST.mockResolvedValue({ data: {} });
    const dialog = mountDialog();
    await dialog.get('[data-testid="payment-given"]').setValue('50');
    await dialog.get('[data-testid="payment-method-card"] input').setValue(true);
    await dialog.get('[data-testid="payment-reference"]').setValue(' TPE-4411 ');
    await dialog.get('[data-testid="confirm-payment"]').trigger('click');
    await flushPromises();
    expect(api.POST.mock.calls[0][1].body).toEqual({ method: 'card', reference: 'TPE-4411' });
    expect(dialog.emitted('close')).toHaveLength(1);
  });

  it('says why a payment was refused, and reads the order again when it was paid meanwhile', async () => {
    api.POST.mockResolvedValue({ error: { code: 'ORDER_NOT_AWAITING_PAYMENT', status: 409, title: 'x', type: 'about:blank', orderStatus: 'paid' } });
    const dialog = mountDialog();
    await dialog.get('[data-testid="confirm-payment"]').trigger('click');
    await flushPromises();
    expect(dialog.emitted('recorded')).toHaveLength(1);
    expect(dialog.text()).toContain('Paiement non enregistré');
  });
});
