import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ReportTable from './ReportTable.vue';

describe('a report’s table', () => {
  it('is a named, focusable region with the page’s cells, its caption, and a footer only when given one', () => {
    const table = mount(ReportTable, {
      props: { label: 'Par jour', testid: 'days', caption: 'Montants en CHF' },
      slots: { head: '<th>Jour</th>', default: '<tr><td>02.12.2026</td></tr>' },
    });
    const region = table.get('[role="region"]');
    expect(region.attributes()).toMatchObject({ 'aria-label': 'Par jour', tabindex: '0' });
    expect(table.get('[data-testid="days"] thead').text()).toBe('Jour');
    expect(table.get('tbody').text()).toBe('02.12.2026');
    expect(table.get('caption').text()).toBe('Montants en CHF');
    expect(table.find('tfoot').exists()).toBe(false);
  });

  it('shows the totals in the footer', () => {
    const table = mount(ReportTable, { props: { label: 'Ventes', testid: 'sales' }, slots: { foot: '<tr><th>Total</th></tr>' } });
    expect(table.get('tfoot').text()).toBe('Total');
    expect(table.find('caption').exists()).toBe(false);
  });
});
