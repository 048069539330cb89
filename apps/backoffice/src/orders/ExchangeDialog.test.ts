import type { components } from '@guichet/api-client';
import { formatMoney } from '@guichet/ui';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CounterPicker from '../ticket-office/CounterPicker.vue';
import ExchangeDialog from './ExchangeDialog.vue';

type Order = components['schemas']['OrderResponse'];

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), DELETE: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const ticket = (id: string, status = 'valid') => ({
  id,
  status,
  eventName: 'Cyrano',
  startsAt: '2027-04-01T18:00:00Z',
  zoneName: 'Parterre',
  seatLabel: null,
  priceName: 'Plein tarif',
  price: chf(3000),
});
/** A paid order of two valid tickets at 30.00 and a cancelled one. */
const order = {
  id: 'o1',
  number: 'ABC12345',
  status: 'paid',
  total: chf(6000),
  tickets: [ticket('a'), ticket('x', 'cancelled'), ticket('b')],
} as unknown as Order;
const cart = (amount: number) => ({
  id: 'cart1',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  total: chf(amount),
  subtotal: chf(amount),
  discount: chf(0),
  giftVoucher: chf(0),
  giftVouchers: [],
  items: [{ id: 'l1', eventName: 'Cyrano', startsAt: '2027-04-08T18:00:00Z', zoneName: 'Balcon', priceName: 'Premium', quantity: 1, lineTotal: chf(amount) }],
});

const mountDialog = () => mount(ExchangeDialog, { props: { ticketingId: 't1', order }, attachTo: document.body, global: { stubs: { CounterPicker: true } } });
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const item = { dateId: 'd2', zoneId: 'z2', priceId: 'p2', quantity: 1 };

describe('ExchangeDialog', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    api.DELETE.mockResolvedValue({});
  });

  it('gives back a ticket for a dearer one: the difference paid in cash with change, then the order read again', async () => {
    const dialog = mountDialog();
    const choices = dialog.findAll('[data-testid="exchange-ticket-choice"]');
    expect(choices).toHaveLength(2);
    await choices[0].get('input').setValue(true);
    expect(text(dialog.get('[data-testid="exchange-balance"]').text())).toBe('Ajoutez les nouveaux billets.');

    api.POST.mockResolvedValueOnce({ data: cart(4500) });
    dialog.findComponent(CounterPicker).vm.$emit('add', [item]);
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/counter/carts', {
      params: { path: { ticketingId: 't1' } },
      body: { items: [item], currency: 'CHF' },
    });
    expect(text(dialog.get('[data-testid="exchange-balance"]').text())).toBe(text(`À payer : ${formatMoney(chf(1500))}`));
    // Only what is received now settles an exchange.
    expect(dialog.find('[data-testid="pay-on-site"]').exists()).toBe(false);

    await dialog.get('[data-testid="pay-cash"]').trigger('click');
    await dialog.get('[data-testid="tender-amount"]').setValue('20');
    api.POST.mockResolvedValueOnce({ data: { difference: 1500, change: 500, ticketIds: ['n1'] } });
    api.GET.mockResolvedValueOnce({ data: { ...order, number: 'ABC12345' } });
    await dialog.get('[data-testid="tender-panel"] form').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenLastCalledWith('/api/v1/ticketings/{ticketingId}/orders/{orderId}/exchange', {
      params: { path: { ticketingId: 't1', orderId: 'o1' } },
      body: { ticketIds: ['a'], cartId: 'cart1', tenders: [{ method: 'cash', amount: 1500, given: 2000 }] },
    });
    expect(text(dialog.get('[data-testid="exchange-change"]').text())).toBe(text(formatMoney(chf(500))));
    expect(dialog.emitted('exchanged')?.[0][1]).toBe('Échange enregistré : 1 nouveau billet émis.');
    // Sold: nothing to release when the dialog closes.
    dialog.unmount();
    expect(api.DELETE).not.toHaveBeenCalled();
  });

  it('refunds a cheaper exchange with the method chosen, and shows a refusal in the catalog’s words', async () => {
    const dialog = mountDialog();
    await dialog.findAll('[data-testid="exchange-ticket-choice"]')[1].get('input').setValue(true);
    api.POST.mockResolvedValueOnce({ data: cart(2000) });
    dialog.findComponent(CounterPicker).vm.$emit('add', [item]);
    await flushPromises();
    expect(text(dialog.get('[data-testid="exchange-balance"]').text())).toBe(text(`À rembourser : ${formatMoney(chf(1000))}`));
    await dialog.get('[data-testid="exchange-refund-method"]').setValue('card');
    api.POST.mockResolvedValueOnce({ error: { code: 'TICKETS_NOT_CANCELLABLE', status: 409, title: 'x', type: 'about:blank', detail: 'x' } });
    await dialog.get('[data-testid="exchange-confirm"]').trigger('submit');
    await flushPromises();
    expect(api.POST).toHaveBeenLastCalledWith('/api/v1/ticketings/{ticketingId}/orders/{orderId}/exchange', {
      params: { path: { ticketingId: 't1', orderId: 'o1' } },
      body: { ticketIds: ['b'], cartId: 'cart1', refund: { method: 'card' } },
    });
    expect(dialog.get('[data-testid="problem"]').text()).toContain('Échange refusé');
    dialog.unmount();
  });

  it('gives the places held back when the clerk gives up', async () => {
    const dialog = mountDialog();
    api.POST.mockResolvedValueOnce({ data: cart(4500) });
    dialog.findComponent(CounterPicker).vm.$emit('add', [item]);
    await flushPromises();
    await dialog.get('[data-testid="exchange-cancel"]').trigger('click');
    expect(dialog.emitted('close')).toHaveLength(1);
    dialog.unmount();
    expect(api.DELETE).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/counter/carts/{cartId}', {
      params: { path: { ticketingId: 't1', cartId: 'cart1' } },
    });
  });
});
