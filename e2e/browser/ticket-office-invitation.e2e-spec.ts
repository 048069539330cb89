import type { components } from '@guichet/api-client';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';
import { readPdf } from '../support/pdf';

type OrderResponse = components['schemas']['OrderResponse'];

/**
 * Issue 11 (TO-2, TO-3, ADR 0036) at the ticket office's tablet (1024×768): a manager gives 2
 * tickets away as invitations with a line printed on them; the order is an invitation (total zero,
 * paid), its page says what its tickets print, and the A4 tickets PDF shows « Invitation » and the line.
 */
describe('invitations at the counter', () => {
  const e2e = useOrganizer();
  const password = 'gestion-du-guichet';
  let eventName: string;
  let managerEmail: string;

  const order = async (orderId: string): Promise<OrderResponse> =>
    (await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } })).data!;

  beforeAll(async () => {
    eventName = uniqueName('Les Fourberies de Scapin');
    await e2e.createEvent({
      name: eventName,
      dates: [{ startsAt: '2027-06-19T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3900)] }],
    });
    // A manager of the ticketing, added by the admin, who chose a password from the invitation email.
    managerEmail = `direction.${Date.now().toString(36)}@remparts.test`;
    const { data: added, error } = await e2e.admin.POST('/api/v1/ticketings/{ticketingId}/members', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: { email: managerEmail, name: 'Mathilde Direction', role: 'manager' },
    });
    if (error) throw new Error(JSON.stringify(error));
    const mail = await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(added.email));
    const link = /http\S+\/invitation\?token=[\w-]+/.exec(mail.text ?? '')?.[0];
    if (!link) throw new Error(`no invitation link in: ${mail.text}`);
    const accepted = await e2e.stack
      .client()
      .POST('/api/v1/invitation/accept', { params: { query: { token: new URL(link).searchParams.get('token')! } }, body: { password } });
    if (accepted.error) throw new Error(JSON.stringify(accepted.error));
  });

  async function managerAtTheCounter(): Promise<Page> {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${e2e.stack.backofficeUrl}/login`);
    await page.getByTestId('login-email').fill(managerEmail);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-events').waitFor();
    await page.goto(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/ticket-office`);
    await page.getByTestId('counter-event').first().waitFor();
    const search = page.getByTestId('counter-event-search');
    if (await search.count()) await search.fill(eventName);
    await page.getByTestId('counter-event').filter({ hasText: eventName }).click();
    return page;
  }

  it('a manager gives 2 invitations with a printed line; the order is an invitation and its A4 tickets say so', async () => {
    const page = await managerAtTheCounter();
    const price = page.getByTestId('counter-price').filter({ hasText: 'Plein tarif' });
    await price.waitFor();
    await price.getByTestId('counter-more').click();
    await price.getByTestId('counter-more').click();
    await page.getByTestId('counter-add').click();
    await page.getByTestId('counter-line').waitFor();
    expect(await text(page.getByTestId('counter-total'))).toBe('78.00 CHF');

    // The guest, who gets the tickets by email too.
    await page.getByTestId('counter-customer').locator('summary').click();
    await page.getByTestId('counter-first-name').fill('Hyacinte');
    await page.getByTestId('counter-last-name').fill('Géronte');
    await page.getByTestId('counter-email').fill(`geronte.${Date.now().toString(36)}@remparts.test`);
    // The text printed on the tickets, from the keyboard; the holder's name taken from the customer tab.
    await page.getByTestId('counter-ticket-text').locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-ticket-line').fill('Invité de la direction');
    await page.getByTestId('counter-ticket-holder-customer').click();
    expect(await page.getByTestId('counter-ticket-holder').inputValue()).toBe('Hyacinte Géronte');

    await page.getByTestId('pay-invitation').click();
    expect(await page.getByTestId('pay-invitation').getAttribute('aria-pressed')).toBe('true');
    expect(await text(page.getByTestId('invitation-hint'))).toContain('la commande est à 0 (au lieu de 78.00 CHF)');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-office-invitation');

    await page.getByTestId('counter-invitation').click();
    await page.getByTestId('counter-done').waitFor();
    expect(await text(page.getByTestId('counter-done-title'))).toBe('Invitation enregistrée : billets offerts');
    const href = (await page.getByTestId('counter-done-order').getAttribute('href'))!;
    const given = await order(href.split('/orders/')[1]);
    expect(given).toMatchObject({
      status: 'paid',
      channel: 'ticket_office',
      paymentMethod: 'invitation',
      total: chf(0),
      paid: chf(0),
      ticketCount: 2,
      payments: [],
      ticketText: { line: 'Invité de la direction', holderName: 'Hyacinte Géronte' },
    });

    // The order page says it is an invitation and what its tickets print.
    await page.getByTestId('counter-done-order').click();
    await page.getByTestId('order-detail-number').filter({ hasText: given.number }).waitFor();
    expect(await text(page.locator('.subtitle').first())).toContain('Invitation');
    expect(await text(page.getByTestId('order-invitation'))).toContain('Invitation');
    expect(await text(page.getByTestId('order-ticket-line'))).toBe('Invité de la direction');
    expect(await text(page.getByTestId('order-ticket-holder'))).toBe('Hyacinte Géronte');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'ticket-office-invitation-order');

    await page.getByTestId('order-print').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Billets A4' }).click()]);
    const pdf = readFileSync((await download.path())!);
    const { renderedPages, pages } = await readPdf(pdf);
    expect(renderedPages).toBe(2);
    for (const p of pages) {
      expect(p).toContain('Invitation');
      expect(p).toContain('Invité de la direction');
      expect(p).toContain('Hyacinte Géronte');
    }
    await page.context().close();
  });
});
