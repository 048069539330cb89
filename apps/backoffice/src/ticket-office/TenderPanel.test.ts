import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import TenderPanel from './TenderPanel.vue';

const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const mountPanel = (amount = 8750) => mount(TenderPanel, { props: { total: { amount, currency: 'CHF' }, busy: false } });

describe('TenderPanel', () => {
  it('takes cash: prefilled with the total, round amounts offered, the change shown, less than due refused', async () => {
    const panel = mountPanel();
    await panel.get('[data-testid="pay-cash"]').trigger('click');
    const amount = panel.get<HTMLInputElement>('[data-testid="tender-amount"]');
    expect(amount.element.value).toBe('87.50');
    expect(panel.findAll('[data-testid="tender-quick"]').map((b) => words(b.text()))).toEqual(['87.50 CHF', '90.00 CHF', '100.00 CHF']);

    await amount.setValue('50');
    expect(words(panel.get('[data-testid="tender-remaining"]').text())).toBe('Reste à encaisser : 37.50 CHF');
    expect(panel.get('[data-testid="counter-sell"]').attributes('disabled')).toBeDefined();

    await panel.findAll('[data-testid="tender-quick"]')[2].trigger('click');
    expect(words(panel.get('[data-testid="tender-change"]').text())).toBe('À rendre : 12.50 CHF');
    await panel.get('form').trigger('submit');
    expect(panel.emitted('sell')).toEqual([[{ settlement: 'paid', tenders: [{ method: 'cash', amount: 8750, given: 10_000 }] }]]);
  });

  it('mixes a card terminal payment with cash for the rest', async () => {
    const panel = mountPanel(8000);
    await panel.get('[data-testid="pay-card"]').trigger('click');
    await panel.get('[data-testid="tender-amount"]').setValue('30');
    await panel.get('[data-testid="tender-reference"]').setValue('T-17');
    await panel.get('[data-testid="tender-add"]').trigger('click');
    const rows = panel.findAll('[data-testid="tender-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[1].get<HTMLSelectElement>('[data-testid="tender-method"]').element.value).toBe('cash');
    expect(rows[1].get<HTMLInputElement>('[data-testid="tender-amount"]').element.value).toBe('50.00');
    await panel.get('form').trigger('submit');
    expect(panel.emitted('sell')).toEqual([
      [
        {
          settlement: 'paid',
          tenders: [
            { method: 'card', amount: 3000, reference: 'T-17' },
            { method: 'cash', amount: 5000, given: 5000 },
          ],
        },
      ],
    ]);
  });

  it('validates a zero total with one button, and a reservation without tenders', async () => {
    const free = mountPanel(0);
    expect(free.find('[data-testid="pay-cash"]').exists()).toBe(false);
    expect(free.get('[data-testid="counter-free"]').text()).toBe('Valider (gratuit)');
    await free.get('form').trigger('submit');
    expect(free.emitted('sell')?.[0]).toEqual([{ settlement: 'paid', tenders: [] }]);

    const reservation = mountPanel();
    await reservation.get('[data-testid="pay-on-site"]').trigger('click');
    await reservation.get('form').trigger('submit');
    expect(reservation.emitted('sell')).toEqual([[{ settlement: 'on_site' }]]);
  });

  it('offers the invitation only to who may give tickets away, says what it means, and sends it without tenders', async () => {
    expect(mountPanel().find('[data-testid="pay-invitation"]').exists()).toBe(false);
    expect(mountPanel(0).find('[data-testid="counter-invitation"]').exists()).toBe(false);

    const panel = mount(TenderPanel, { props: { total: { amount: 5000, currency: 'CHF' }, busy: false, mayInvite: true } });
    await panel.get('[data-testid="pay-invitation"]').trigger('click');
    expect(panel.get('[data-testid="pay-invitation"]').attributes('aria-pressed')).toBe('true');
    expect(words(panel.get('[data-testid="invitation-hint"]').text())).toContain('la commande est à 0 (au lieu de 50.00 CHF)');
    await panel.get('form').trigger('submit');
    expect(panel.emitted('sell')).toEqual([[{ settlement: 'invitation' }]]);

    // A free cart can be recorded as an invitation too, or as free.
    const free = mount(TenderPanel, { props: { total: { amount: 0, currency: 'CHF' }, busy: false, mayInvite: true } });
    await free.get('[data-testid="counter-invitation"]').trigger('click');
    await free.get('form').trigger('submit');
    await free.get('[data-testid="counter-free"]').trigger('click');
    await free.get('form').trigger('submit');
    expect(free.emitted('sell')).toEqual([[{ settlement: 'invitation' }], [{ settlement: 'paid', tenders: [] }]]);
  });

  it('offers only what is received now when asked to (an exchange’s difference): no reservation, no invoice', () => {
    const panel = mount(TenderPanel, { props: { total: { amount: 1500, currency: 'CHF' }, busy: false, nowOnly: true } });
    expect(panel.findAll('.modes button').map((b) => b.attributes('data-testid'))).toEqual(['pay-cash', 'pay-card']);
  });
});
