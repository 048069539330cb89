import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import ShopTracking from './ShopTracking.vue';

const api = vi.hoisted(() => ({ GET: vi.fn(async () => ({ data: { headSnippet: '', csp: { scriptSrc: [], imgSrc: [], connectSrc: [] } } })), PUT: vi.fn() }));
vi.mock('../api/client', () => ({ api }));

describe('the shop’s tracking settings', () => {
  it('words its hints from the catalog, with their code examples as code', async () => {
    const card = mount(ShopTracking, { props: { ticketingId: 't1' }, global: { plugins: [i18n] } });
    await flushPromises();
    const hint = card.get('#head-snippet-hint');
    expect(hint.text()).toContain('Inséré dans l’en-tête (<head>) de chaque page de la boutique');
    expect(hint.findAll('code').map((c) => c.text())).toEqual(['ike_event_view', 'ike_cart_add', 'ike_cart_payment_success', 'onload="…"']);
    expect(card.text()).toContain('un hôte (https://www.googletagmanager.com, *.facebook.net) ou https:.');
  });
});
