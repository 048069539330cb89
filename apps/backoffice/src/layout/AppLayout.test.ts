import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '../auth/roles';
import { session } from '../auth/session';
import { router } from '../router';
import AppLayout from './AppLayout.vue';

type Role = components['schemas']['TicketingAccessResponse']['role'];

vi.mock('../api/client', () => ({
  api: { GET: vi.fn(), POST: vi.fn(), PATCH: vi.fn(), PUT: vi.fn(), DELETE: vi.fn() },
  tokenStore: { get: () => null, set: () => {}, clear: () => {} },
  onUnauthorized: () => {},
}));

const T = '7d3f1a52-3c1e-4e8b-9d55-0c4f7a1b2c3d';
const ORDER = '0b8a5a2e-9d1c-4f7e-8a6b-2c3d4e5f6a7b';

async function layoutAt(role: Role, path: string) {
  session.me = { id: 'u1', email: 'u1@example.ch', name: 'Léa', organizerName: 'Remparts', ticketings: [{ id: T, name: 'Remparts', role }] } as never;
  await router.push(path);
  const layout = mount(AppLayout, { global: { plugins: [router], stubs: { RouterView: true } } });
  await flushPromises();
  const links = layout.findAll('.sidebar-nav .sidebar-link');
  return {
    texts: links.map((l) => l.text()),
    testIds: links.map((l) => l.attributes('data-testid')),
    hrefs: links.map((l) => l.attributes('href')),
    active: links.filter((l) => l.classes('active')).map((l) => l.attributes('data-testid')),
  };
}

describe('the sidebar', () => {
  it('lists the ticket office’s sections, each linked to its page, the current one marked', async () => {
    const menu = await layoutAt('ticket_office', `/t/${T}/orders/${ORDER}`);
    expect(menu.texts).toEqual(['Guichet', 'Événements', 'Commandes', 'Clients', 'Bons cadeaux']);
    expect(menu.testIds).toEqual(['nav-ticket-office', 'nav-events', 'nav-orders', 'nav-customers', 'nav-gift-vouchers']);
    expect(menu.hrefs).toEqual([`/t/${T}/ticket-office`, `/t/${T}/events`, `/t/${T}/orders`, `/t/${T}/customers`, `/t/${T}/gift-vouchers`]);
    expect(menu.active).toEqual(['nav-orders']);
  });

  it('gives an admin every section in the order of SECTIONS, and marks a page without a section by its name', async () => {
    const menu = await layoutAt('admin', `/t/${T}/team`);
    expect(menu.testIds).toEqual(SECTIONS.admin.map((s) => `nav-${s}`));
    expect(menu.texts.slice(-4)).toEqual(['Rapports', 'Rapprochement bancaire', 'Contrôle', 'Équipe']);
    expect(menu.active).toEqual(['nav-team']);
    expect((await layoutAt('admin', `/t/${T}/events/new`)).active).toEqual(['nav-events']);
    expect((await layoutAt('admin', `/t/${T}/gift-voucher-offers`)).active).toEqual(['nav-gift-voucher-offers']);
  });

  it('shows the control role its one section', async () => {
    const menu = await layoutAt('control', `/t/${T}/control`);
    expect(menu.texts).toEqual(['Contrôle']);
    expect(menu.active).toEqual(['nav-control']);
  });
});
