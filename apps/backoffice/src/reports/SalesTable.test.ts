import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ GET: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));
const saveFile = vi.hoisted(() => vi.fn());
vi.mock('../api/downloads', () => ({ saveFile }));

import SalesTable from './SalesTable.vue';

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const figures = {
  soldTickets: 2,
  cancelledTickets: 0,
  invitationTickets: 0,
  sold: chf(6000),
  cancelled: chf(0),
  revenue: chf(6000),
  refunds: chf(0),
  commission: chf(0),
};
const line = (key: string, label: string, extra: object = {}) => ({
  key,
  label,
  eventId: 'e1',
  eventName: 'Le Cid',
  startsAt: '2027-06-11T18:00:00.000Z',
  ...figures,
  ...extra,
});
const report = (by: string, lines: object[]) => ({ by, from: null, to: '2026-12-03T23:00:00.000Z', lines, totals: [{ ...figures, otherRefunds: chf(0) }] });

describe('the sales table', () => {
  beforeEach(() => {
    api.GET.mockReset();
    saveFile.mockReset();
  });

  it('names a line by what it groups: the price and its event, the channel in words', async () => {
    api.GET.mockImplementation((_path: string, { params }: { params: { query: { by: string } } }) => {
      const by = params.query.by;
      if (by === 'price') return Promise.resolve({ data: report('price', [line('p1', 'Plein tarif')]) });
      if (by === 'channel')
        return Promise.resolve({ data: report('channel', [line('ticket_office', 'ticket_office', { eventId: null, eventName: null, startsAt: null })]) });
      return Promise.resolve({ data: report(by, [line('e1', 'Le Cid')]) });
    });
    const table = mount(SalesTable, { props: { ticketingId: 't1', query: { from: '2026-11-03T23:00:00.000Z' }, today: '2026-12-03' } });
    await flushPromises();
    expect(table.get('[data-testid=report-line-name]').text()).toBe('Le Cid');
    expect(table.find('thead').text()).toContain('Événement');

    await table.get('[data-testid=report-by-price] input').setValue(true);
    await flushPromises();
    expect(api.GET).toHaveBeenLastCalledWith('/api/v1/ticketings/{ticketingId}/reports/sales', {
      params: { path: { ticketingId: 't1' }, query: { from: '2026-11-03T23:00:00.000Z', by: 'price' } },
    });
    expect(table.get('[data-testid=report-line-name]').text()).toBe('Plein tarif');
    expect(table.get('[data-testid=report-line-detail]').text()).toBe('Le Cid');

    await table.get('[data-testid=report-by-channel] input').setValue(true);
    await flushPromises();
    expect(table.get('[data-testid=report-line-name]').text()).toBe('Guichet');
    expect(table.find('[data-testid=report-line-detail]').exists()).toBe(false);
    // Every amount cell says its column's name on a phone.
    expect(table.get('[data-testid=report-revenue]').attributes('data-label')).toBe('Recettes');
  });

  it('saves the CSV of the grouping shown under a name that says it', async () => {
    api.GET.mockResolvedValue({ data: report('event', [line('e1', 'Le Cid')]) });
    const table = mount(SalesTable, { props: { ticketingId: 't1', query: {}, today: '2026-12-03' } });
    await flushPromises();
    await table.get('[data-testid=report-by-date] input').setValue(true);
    await flushPromises();
    const csv = new Blob(['date,label\n']);
    api.GET.mockResolvedValueOnce({ data: csv });
    await table.get('[data-testid=sales-report-csv]').trigger('click');
    await flushPromises();
    expect(api.GET).toHaveBeenLastCalledWith('/api/v1/ticketings/{ticketingId}/reports/sales.csv', {
      params: { path: { ticketingId: 't1' }, query: { by: 'date' } },
      parseAs: 'blob',
    });
    expect(saveFile).toHaveBeenCalledWith(csv, 'sales-by-date-2026-12-03.csv');
  });
});
