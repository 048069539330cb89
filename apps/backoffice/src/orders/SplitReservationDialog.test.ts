import type { components } from '@guichet/api-client';
import { formatMoney } from '@guichet/ui';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SplitReservationDialog from './SplitReservationDialog.vue';

type Order = components['schemas']['OrderResponse'];

const api = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const ticket = (id: string, status = 'valid', attendee: Record<string, string> | null = null) => ({
  id,
  status,
  eventName: 'Cyrano',
  startsAt: '2027-04-01T18:00:00Z',
  zoneName: 'Parterre',
  seatLabel: null,
  priceName: 'Plein tarif',
  price: chf(2500),
  attendee,
});
/** A reservation to pay on site: three valid tickets and one cancelled. */
const order = {
  id: 'o1',
  number: 'RSV12345',
  status: 'reserved',
  paymentMethod: 'on_site',
  total: chf(7500),
  tickets: [ticket('a', 'valid', { firstName: 'Ada', lastName: 'Lovelace' }), ticket('x', 'cancelled'), ticket('b'), ticket('c')],
} as unknown as Order;

const mountDialog = () => mount(SplitReservationDialog, { props: { ticketingId: 't1', order }, attachTo: document.body });
const text = (s: string) => s.replace(/\s+/g, ' ');

describe('SplitReservationDialog', () => {
  beforeEach(() => vi.resetAllMocks());

  it('lists the valid tickets to tick, with the tenders of a payment, and the amount of the selection', async () => {
    const dialog = mountDialog();
    const choices = dialog.findAll('[data-testid="split-ticket-choice"]');
    expect(choices).toHaveLength(3);
    expect(text(choices[0].text())).toContain('Ada Lovelace');
    expect(dialog.findAll('[data-testid^="split-method-"]').map((m) => m.text())).toEqual(['Espèces', 'Carte', 'Virement', 'Autre moyen']);
    await choices[0].get('input').setValue(true);
    await choices[2].get('input').setValue(true);
    expect(dialog.get('[data-testid="split-amount-due"]').text()).toBe(formatMoney(chf(5000)));
    expect(dialog.get('[data-testid="split-confirm"]').text()).toBe(`Valider 2 billets — ${formatMoney(chf(5000))}`);
    dialog.unmount();
  });

  it('asks for at least one ticket, and sends to « Enregistrer le paiement » when all are ticked, without calling the API', async () => {
    const dialog = mountDialog();
    await dialog.get('[data-testid="split-confirm"]').trigger('click');
    expect(dialog.text()).toContain('Cochez au moins un billet à valider.');
    for (const choice of dialog.findAll('[data-testid="split-ticket-choice"] input')) await choice.setValue(true);
    await dialog.get('[data-testid="split-confirm"]').trigger('click');
    expect(dialog.text()).toContain('utilisez « Enregistrer le paiement »');
    expect(api.POST).not.toHaveBeenCalled();
    dialog.unmount();
  });

  it('splits the ticked tickets, paid by the tender chosen, and hands the new order up with a notice', async () => {
    api.POST.mockResolvedValue({ data: { id: 'o2', number: 'NEW12345' } });
    const dialog = mountDialog();
    const choices = dialog.findAll('[data-testid="split-ticket-choice"] input');
    await choices[2].setValue(true);
    await choices[0].setValue(true);
    await dialog.get('[data-testid="split-method-card"] input').setValue(true);
    await dialog.get('[data-testid="split-confirm"]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/orders/{orderId}/split', {
      params: { path: { ticketingId: 't1', orderId: 'o1' } },
      body: { ticketIds: ['a', 'c'], payment: { method: 'card' } },
    });
    expect(dialog.emitted('split')).toEqual([
      [{ id: 'o2', number: 'NEW12345' }, 'Réservation RSV12345 scindée : cette commande est payée avec 2 billets ; la réservation garde les autres.'],
    ]);
    dialog.unmount();
  });

  it('says why the API refused, in the catalog’s words', async () => {
    api.POST.mockResolvedValue({ error: { code: 'ORDER_NOT_SPLITTABLE', status: 409, title: 'Conflict', type: 'about:blank', detail: 'Only a reservation…' } });
    const dialog = mountDialog();
    await dialog.get('[data-testid="split-ticket-choice"] input').setValue(true);
    await dialog.get('[data-testid="split-confirm"]').trigger('click');
    await flushPromises();
    expect(dialog.text()).toContain('Scission refusée');
    expect(dialog.text()).toContain('Seule une réservation à payer sur place, pas encore validée, peut être scindée.');
    expect(dialog.emitted('split')).toBeUndefined();
    dialog.unmount();
  });
});
