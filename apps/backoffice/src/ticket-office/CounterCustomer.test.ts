import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CounterCustomer from './CounterCustomer.vue';
import { emptyCustomer, voucherBuyer, type CustomerDraft } from './counter-customer';

const api = vi.hoisted(() => ({ GET: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const lea = {
  id: 'c1',
  firstName: 'Léa',
  lastName: 'Monnier',
  email: 'lea@example.ch',
  phone: null,
  orderCount: 2,
  createdAt: '2027-01-01T00:00:00Z',
};
const buyer = { customerId: 'c1', firstName: 'Léa', lastName: 'Monnier', email: 'lea@example.ch' };
const voucherPath = '/api/v1/ticketings/{ticketingId}/gift-vouchers';

/** The API as the tab sees it: the voucher with `code` and its buyer. */
function answer(voucherBuyer: typeof buyer | null) {
  api.GET.mockImplementation(async (path: string) =>
    path === voucherPath ? { data: { items: [{ id: 'v1', buyer: voucherBuyer }], nextCursor: null } } : { data: undefined },
  );
}

function mountTab(giftVoucherCode: string | null, draft: CustomerDraft = emptyCustomer()) {
  const tab = mount(CounterCustomer, {
    props: {
      ticketingId: 't1',
      problem: null,
      giftVoucherCode,
      draft,
      open: true,
      'onUpdate:draft': (d: CustomerDraft) => tab.setProps({ draft: d }),
    },
  });
  return tab;
}

describe('the customer tab suggests the buyer of the gift voucher applied', () => {
  beforeEach(() => vi.resetAllMocks());

  it('takes the buyer as the voucher names them, none for a voucher issued by hand', () => {
    expect(voucherBuyer({ buyer })).toEqual({ id: 'c1', firstName: 'Léa', lastName: 'Monnier', email: 'lea@example.ch' });
    expect(voucherBuyer({ buyer: null })).toBeNull();
    expect(voucherBuyer(undefined)).toBeNull();
  });

  it('suggests the buyer, links them only on the click, and then suggests nothing', async () => {
    answer(buyer);
    const tab = mountTab('K7PM-2QXD-9HWT');
    await flushPromises();
    expect(api.GET).toHaveBeenCalledWith(voucherPath, { params: { path: { ticketingId: 't1' }, query: { code: 'K7PM-2QXD-9HWT', limit: 1 } } });
    // One lookup: the voucher names its buyer.
    expect(api.GET).toHaveBeenCalledTimes(1);
    const suggestion = tab.get('[data-testid="counter-customer-suggestion"]');
    expect(suggestion.text()).toContain('Le bon cadeau a été acheté par Léa Monnier.');
    expect(tab.props('draft').linked).toBeNull();
    await tab.get('[data-testid="counter-customer-link-suggested"]').trigger('click');
    await flushPromises();
    expect(tab.props('draft').linked).toEqual({ id: 'c1', firstName: 'Léa', lastName: 'Monnier', email: 'lea@example.ch' });
    expect(tab.get('[data-testid="counter-customer-linked"]').text()).toContain('Léa Monnier');
    expect(tab.find('[data-testid="counter-customer-suggestion"]').exists()).toBe(false);
  });

  it('suggests nothing for a voucher issued by hand, nor once the voucher is removed', async () => {
    answer(null);
    const tab = mountTab('K7PM-2QXD-9HWT');
    await flushPromises();
    expect(tab.find('[data-testid="counter-customer-suggestion"]').exists()).toBe(false);
    answer(buyer);
    await tab.setProps({ giftVoucherCode: 'AAAA-BBBB-CCCC' });
    await flushPromises();
    expect(tab.find('[data-testid="counter-customer-suggestion"]').exists()).toBe(true);
    await tab.setProps({ giftVoucherCode: null });
    await flushPromises();
    expect(tab.find('[data-testid="counter-customer-suggestion"]').exists()).toBe(false);
  });

  it('asks nothing while a customer is already linked', async () => {
    answer(buyer);
    mountTab('K7PM-2QXD-9HWT', { ...emptyCustomer(), linked: { ...lea, id: 'c9' } });
    await flushPromises();
    expect(api.GET).not.toHaveBeenCalled();
  });
});
