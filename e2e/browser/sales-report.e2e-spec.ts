import { readFileSync } from 'node:fs';
import type { components } from '@guichet/api-client';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type PaymentsReport = components['schemas']['PaymentsReportResponse'];

/** Today in Zurich ("2026-12-03"), the day the orders placed here are counted on. */
const zurichToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich' }).format(new Date());
/** Each row's cells' text. */
const cells = async (rows: Locator) =>
  Promise.all((await rows.all()).map(async (row) => (await row.locator('th, td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim())));

/**
 * ORD-15, PAY-6, PLT-7 in the browser: the admin sets the platform commission, a sale is charged it,
 * a cancelled ticket keeps it; the reports page draws the sales per day, gives the sales by event,
 * performance, price and channel, the payments and refunds by method and the open invoices, each as CSV.
 */
describe('the reports', () => {
  const e2e = useOrganizer();

  it('charges the commission set in the backoffice and reports the event’s figures', async () => {
    const page = await e2e.organizerPage();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('commission-terms').waitFor();
    await page.getByTestId('edit-commission').click();
    await page.getByTestId('commission-fixed').fill('0.80');
    await page.getByTestId('commission-rate').fill('3');
    await page.getByTestId('save-commission').click();
    await page.getByTestId('commission-line').filter({ hasText: '0.80 par billet + 3 % du prix' }).waitFor();

    // Refused terms change nothing.
    await page.getByTestId('edit-commission').click();
    await page.getByTestId('commission-rate').fill('80');
    await page.getByTestId('save-commission').click();
    await page.getByTestId('commission-terms').filter({ hasText: 'part du prix entre 0 et 50 %' }).waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByTestId('commission-line').filter({ hasText: '3 % du prix' }).waitFor();

    const name = uniqueName('Les Fourberies');
    const event = await e2e.createEvent({
      name,
      dates: [{ startsAt: '2027-05-07T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4000)] }],
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 3 }] },
    });
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data!.id } },
      body: { customer: { firstName: 'Scapin', lastName: 'Valet', email: `scapin.${Date.now().toString(36)}@example.ch` }, paymentMethod: 'on_site' },
    });
    const path = { ticketingId: e2e.ticketingId, orderId: placed.data!.orderId };
    await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path }, body: { method: 'cash' } });
    const order = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path } });
    const cancelled = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/tickets/cancel', {
      params: { path },
      body: { ticketIds: [order.data!.tickets[0].id], refund: { amount: 4000, method: 'cash', reason: 'Empêchement' } },
    });
    expect(cancelled.error).toBeUndefined();

    await page.reload();
    await page.getByTestId('report-period-all').click();
    const line = page.getByTestId('report-line').filter({ hasText: name });
    await line.waitFor();
    expect(await text(line.getByTestId('report-soldTickets'))).toBe('3');
    expect(await text(line.getByTestId('report-cancelledTickets'))).toBe('1');
    // One currency: the caption says it, the cells give the amounts alone (the columns fit the page).
    expect(await text(page.getByTestId('sales-report').locator('caption'))).toBe('Montants en CHF');
    expect(await text(line.getByTestId('report-sold'))).toBe('120.00');
    expect(await text(line.getByTestId('report-cancelled'))).toBe('40.00');
    expect(await text(line.getByTestId('report-revenue'))).toBe('80.00');
    expect(await text(line.getByTestId('report-refunds'))).toBe('40.00');
    // 0.80 + 3 % of 40.00 = 2.00 per ticket, the cancelled one included.
    expect(await text(line.getByTestId('report-commission'))).toBe('6.00');

    // A period before any sale: nothing to show, neither in the table nor in the chart.
    await page.getByTestId('report-period-custom').click();
    await page.getByTestId('report-from').fill('2020-01-01');
    await page.getByTestId('report-to').fill('2020-01-31');
    await page.getByTestId('report-empty').waitFor();
    await page.getByTestId('sales-chart-empty').waitFor();
    await page.close();
  });

  describe('with a sale partly cancelled and refunded, and an invoice left open', () => {
    const name = uniqueName('Le Misanthrope');
    let page: Page;
    let invoiceNumber = '';
    let invoiceOrderId = '';

    beforeAll(async () => {
      const { admin, ticketingId, stack } = e2e;
      const settings = await admin.PUT('/api/v1/ticketings/{ticketingId}/invoice-settings', {
        params: { path: { ticketingId } },
        body: {
          creditorName: 'Théâtre des Remparts',
          street: 'Rue des Remparts',
          buildingNumber: '1',
          zip: '1400',
          city: 'Yverdon-les-Bains',
          country: 'CH',
          qrIban: 'CH4431999123000889012',
        },
      });
      if (settings.error) throw new Error(JSON.stringify(settings.error));
      const event = await e2e.createEvent({
        name,
        dates: [{ startsAt: '2027-06-11T20:00:00+02:00' }],
        zones: [{ name: 'Parterre', capacity: 50 }],
        prices: [
          { name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] },
          { name: 'Réduit', kind: 'fixed', amounts: [chf(2000)] },
        ],
      });
      const [full, reduced] = event.prices;
      const line = (priceId: string, quantity: number) => ({ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId, quantity });
      const shop = stack.client();
      const place = async (items: ReturnType<typeof line>[], paymentMethod: 'on_site' | 'invoice', lastName: string) => {
        const cart = await shop.POST('/api/v1/shop/{slug}/carts', { params: { path: { slug: SLUG } }, body: { items } });
        if (cart.error) throw new Error(JSON.stringify(cart.error));
        const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
          params: { path: { slug: SLUG, cartId: cart.data.id } },
          body: { customer: { firstName: 'Alceste', lastName, email: `${lastName.toLowerCase()}.${Date.now().toString(36)}@example.ch` }, paymentMethod },
        });
        if (placed.error) throw new Error(JSON.stringify(placed.error));
        return { ticketingId, orderId: placed.data.orderId };
      };

      // Two full and one reduced, 80.00 paid by bank transfer; the reduced one cancelled, 20.00 given back in cash.
      const sale = await place([line(full.id, 2), line(reduced.id, 1)], 'on_site', 'Misanthrope');
      const paid = await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', { params: { path: sale }, body: { method: 'bank_transfer' } });
      if (paid.error) throw new Error(JSON.stringify(paid.error));
      const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: sale } });
      const reducedTicket = order.data!.tickets.find((t) => t.price.amount === 2000)!;
      const cancelled = await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/tickets/cancel', {
        params: { path: sale },
        body: { ticketIds: [reducedTicket.id], refund: { amount: 2000, method: 'cash', reason: 'Empêchement' } },
      });
      if (cancelled.error) throw new Error(JSON.stringify(cancelled.error));

      // One full by invoice, not paid.
      const invoice = await place([line(full.id, 1)], 'invoice', 'Facture');
      invoiceOrderId = invoice.orderId;
      invoiceNumber = (await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: invoice } })).data!.number;

      const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
      page = await e2e.organizerPage({ path: 'reports', context });
    });
    afterAll(() => page?.context().close());

    const download = async (testid: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      return {
        name: file.suggestedFilename(),
        lines: readFileSync((await file.path())!, 'utf8')
          .trim()
          .split('\n'),
      };
    };

    it('draws the tickets and the revenue per day, the days without a sale at zero, and says them in a table', async () => {
      const today = zurichToday();
      const [y, m, d] = today.split('-');
      await page.getByTestId('sales-chart').locator('canvas').waitFor();
      expect(await text(page.getByTestId('sales-chart-summary'))).toMatch(/^Du \d\d\.\d\d\.\d{4} au \d\d\.\d\d\.\d{4} : \d+ billets vendus, .+ de recettes\.$/);

      await page.getByTestId('sales-chart-event').selectOption({ label: name });
      await page.getByTestId('sales-chart-summary').filter({ hasText: ' : 3 billets vendus, 90.00 CHF de recettes.' }).waitFor();
      await page.getByTestId('sales-chart-table-toggle').click();
      const table = page.getByTestId('sales-chart-table');
      expect(await cells(table.locator('thead tr'))).toEqual([['Jour', name]]);
      const rows = await cells(table.locator('tbody tr'));
      // The last 30 days, today included: one row each, zero where nothing sold.
      expect(rows).toHaveLength(30);
      expect(rows.at(-1)).toEqual([expect.stringContaining(`${d}.${m}.${y}`), '3']);
      expect(rows.slice(0, -1).every(([, tickets]) => tickets === '0')).toBe(true);

      await page.getByTestId('sales-chart-revenue').click();
      await table
        .locator('thead')
        .filter({ hasText: 'Recettes par jour' })
        .or(table.locator('caption').filter({ hasText: 'Recettes par jour' }))
        .waitFor();
      expect((await cells(table.locator('tbody tr'))).at(-1)).toEqual([expect.stringContaining(`${d}.${m}.${y}`), '90.00']);

      // All the events: one series each, stacked, and a total per day.
      await page.getByTestId('sales-chart-event').selectOption('');
      await page.getByTestId('sales-chart-tickets').click();
      const head = (await cells(table.locator('thead tr')))[0];
      expect(head[0]).toBe('Jour');
      expect(head).toContain(name);
      expect(head.at(-1)).toBe('Total');
      const todayRow = (await cells(table.locator('tbody tr'))).at(-1)!;
      expect(Number(todayRow.at(-1))).toBe(todayRow.slice(1, -1).reduce((sum, n) => sum + Number(n), 0));
      expect(todayRow[head.indexOf(name)]).toBe('3');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('gives the sales by event, performance, price and channel, and each as CSV', async () => {
      const sales = page.getByTestId('sales-report');
      const lineOf = (detail: string) => page.getByTestId('report-line').filter({ has: page.getByTestId('report-line-detail').filter({ hasText: detail }) });
      const byEvent = page.getByTestId('report-line').filter({ hasText: name });
      await byEvent.waitFor();
      // Sold: 2 × 30 + 20, the reduced one cancelled since; the invoice awaiting payment is sold too.
      expect(await text(byEvent.getByTestId('report-soldTickets'))).toBe('4');
      expect(await text(byEvent.getByTestId('report-cancelledTickets'))).toBe('1');
      expect(await text(byEvent.getByTestId('report-revenue'))).toBe('90.00');
      expect(await text(byEvent.getByTestId('report-refunds'))).toBe('20.00');

      await page.getByTestId('report-by-date').click();
      await sales.locator('thead').filter({ hasText: 'Représentation' }).waitFor();
      const date = page.getByTestId('report-line').filter({ hasText: name });
      await date.waitFor();
      expect(await text(date.getByTestId('report-line-detail'))).toMatch(/^ven\.,? 11 juin 2027 à 20:00$/);
      expect(await text(date.getByTestId('report-soldTickets'))).toBe('4');

      await page.getByTestId('report-by-price').click();
      await sales.locator('thead').filter({ hasText: 'Tarif' }).waitFor();
      await lineOf(name).first().waitFor();
      const prices = await Promise.all(
        (await lineOf(name).all()).map(async (l) => [
          await text(l.getByTestId('report-line-name')),
          await text(l.getByTestId('report-soldTickets')),
          await text(l.getByTestId('report-revenue')),
        ]),
      );
      expect(prices.sort()).toEqual([
        ['Plein tarif', '3', '90.00'],
        ['Réduit', '1', '0.00'],
      ]);
      // The 20.00 refunded is shared over the order's prices by what they sold for (60.00 and 20.00): 15.00 and 5.00.
      // The commission set above: 0.80 + 3 % of 20.00.
      const csv = await download('sales-report-csv');
      expect(csv.name).toBe(`sales-by-price-${zurichToday()}.csv`);
      expect(csv.lines[0]).toBe(
        'price,label,event,starts_at,currency,sold_tickets,cancelled_tickets,invitation_tickets,sold,cancelled,revenue,refunds,commission',
      );
      expect(csv.lines.find((l) => l.includes(`,Réduit,${name},`))).toMatch(
        /^[\w-]+,Réduit,.+,2027-06-11T18:00:00\.000Z,CHF,1,1,0,20\.00,20\.00,0\.00,5\.00,1\.40$/,
      );

      await page.getByTestId('report-by-channel').click();
      await sales.locator('thead').filter({ hasText: 'Canal' }).waitFor();
      await page.getByTestId('report-line').first().waitFor();
      const channels = await page.getByTestId('report-line-name').allTextContents();
      expect(channels).toContain('Boutique en ligne');
      expect(channels.every((c) => ['Boutique en ligne', 'Guichet', 'Import', 'API'].includes(c.trim()))).toBe(true);
      await page.getByTestId('report-total').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'reports-sales');
    });

    it('gives the payments and refunds by method with their totals, as CSV', async () => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/reports/payments') && r.ok()),
        page.getByTestId('report-tab-payments').click(),
      ]);
      const report = (await response.json()) as PaymentsReport;
      const panel = page.getByTestId('report-panel-payments');
      await panel.getByTestId('payments-report').waitFor();
      expect(await page.getByTestId('report-panel-sales').isVisible()).toBe(false);

      const transfer = panel.locator('[data-testid=payments-line][data-method=bank_transfer]');
      expect(await cells(transfer)).toEqual([['Virement', '1', '80.00', '0', '0.00', '80.00']]);
      // Cash: the other test's sale in full and both refunds.
      const cash = report.lines.find((l) => l.method === 'cash')!;
      expect(cash.refunds).toBe(2);
      expect(await cells(panel.locator('[data-testid=payments-line][data-method=cash]'))).toEqual([
        ['Espèces', String(cash.payments), (cash.received.amount / 100).toFixed(2), '2', '60.00', (cash.net.amount / 100).toFixed(2)],
      ]);
      const total = report.totals[0];
      expect(await cells(panel.getByTestId('payments-total'))).toEqual([
        [
          'Total CHF',
          String(total.payments),
          (total.received.amount / 100).toFixed(2),
          String(total.refunds),
          (total.refunded.amount / 100).toFixed(2),
          (total.net.amount / 100).toFixed(2),
        ],
      ]);

      const csv = await download('payments-report-csv');
      expect(csv.name).toBe(`payments-${zurichToday()}.csv`);
      expect(csv.lines[0]).toBe('method,currency,payments,received,refunds,refunded,net');
      expect(csv.lines).toContain('bank_transfer,CHF,1,80.00,0,0.00,80.00');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('lists the open invoice with its age, linked to its order, and the totals by age, as CSV', async () => {
      await page.getByTestId('report-tab-invoices').click();
      const panel = page.getByTestId('report-panel-invoices');
      const invoice = panel.locator(`[data-testid=invoices-line][data-number="${invoiceNumber}"]`);
      await invoice.waitFor();
      expect(await text(invoice.getByTestId('invoices-customer'))).toMatch(/^Alceste Facture facture\.\w+@example\.ch$/);
      expect(await text(invoice.getByTestId('invoices-age'))).toBe('0 jour');
      expect(await text(invoice.getByTestId('invoices-overdue'))).toBe('Dans le délai');
      expect(await text(invoice.getByTestId('invoices-total'))).toBe('30.00');
      expect(await text(invoice.getByTestId('invoices-paid'))).toBe('0.00');
      expect(await text(invoice.getByTestId('invoices-due'))).toBe('30.00');
      expect(await invoice.getByTestId('invoices-number').getAttribute('href')).toMatch(new RegExp(`/orders/${invoiceOrderId}$`));
      // The only invoice: 30.00 due, aged 0 to 30 days.
      expect(await cells(panel.getByTestId('invoices-age-band'))).toEqual([
        ['0 à 30 jours', '1', '30.00'],
        ['31 à 60 jours', '0', '0.00'],
        ['61 à 90 jours', '0', '0.00'],
        ['Plus de 90 jours', '0', '0.00'],
      ]);
      expect(await text(panel.getByTestId('invoices-total-due'))).toBe('30.00');

      const csv = await download('invoices-report-csv');
      expect(csv.name).toBe(`open-invoices-${zurichToday()}.csv`);
      expect(csv.lines[0]).toBe('number,customer,email,issued_at,due_at,age_days,days_overdue,kept,currency,total,paid,due');
      expect(csv.lines[1]).toMatch(new RegExp(`^${invoiceNumber},Alceste Facture,facture\\.\\w+@example\\.ch,[^,]+,[^,]*,0,0,no,CHF,30.00,0.00,30.00$`));
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'reports-invoices');

      await invoice.getByTestId('invoices-number').click();
      await page.waitForURL(`**/orders/${invoiceOrderId}`);
      await page.getByTestId('order-detail-number').waitFor();
    });

    it('fits a phone: the toolbar wraps, the tables are cards, the chart stays in the page', async () => {
      const phone = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const small = await e2e.organizerPage({ path: 'reports', context: phone });
      await small.getByTestId('sales-chart').locator('canvas').waitFor();
      await small.getByTestId('report-line').first().waitFor();
      const box = await small.getByTestId('sales-chart').locator('canvas').boundingBox();
      expect(box!.width).toBeGreaterThan(250);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(small)).toEqual([]);
      await shot(small, 'reports-sales-phone');
      await small.getByTestId('report-tab-invoices').click();
      await small.getByTestId('invoices-line').first().waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(small, 'reports-invoices-phone');
      await phone.close();
    });
  });
});
