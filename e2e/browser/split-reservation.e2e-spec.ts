import type { components } from '@guichet/api-client';
import { chf, uniqueName, useOrganizer } from '../support/organizer';
import { decodeQrCodesFromPdf } from '../support/pdf';
import { shot, text } from '../support/pages';
import { placeReservation } from '../support/reservations';

type OrderResponse = components['schemas']['OrderResponse'];

/**
 * Issue 11 (seed 003) at the ticket office's tablet (1024×768): a reservation of 3 tickets, 2 of
 * them validated now and paid cash — « Scinder la réservation… » — the new order opens paid with
 * those 2, and the reservation keeps the third, still to pay.
 */
describe('splitting a reservation in the backoffice', () => {
  const e2e = useOrganizer();
  const email = `scinder.${Date.now().toString(36)}@example.ch`;
  let reservation: { orderId: string; orderNumber: string };
  let before: OrderResponse;

  const order = async (orderId: string): Promise<OrderResponse> =>
    (await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId: e2e.ticketingId, orderId } } })).data!;

  beforeAll(async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Les Fourberies'),
      dates: [{ startsAt: '2027-05-21T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    reservation = await placeReservation(e2e.stack.client(), event, 3, email);
    before = await order(reservation.orderId);
  });

  it('validates 2 of the 3 tickets paid cash: the new order is paid with 2, the reservation keeps 1', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await e2e.organizerPage({ context, path: `orders/${reservation.orderId}` });
    await page.getByTestId('order-detail-number').filter({ hasText: reservation.orderNumber }).waitFor();

    await page.getByTestId('split-reservation').click();
    const dialog = page.getByTestId('split-dialog');
    await dialog.waitFor();
    const choices = page.getByTestId('split-ticket-choice');
    expect(await choices.count()).toBe(3);
    await choices.nth(0).locator('input').check();
    await choices.nth(1).locator('input').check();
    await page.getByTestId('split-method-cash').locator('input').check();
    expect(await text(page.getByTestId('split-amount-due'))).toBe('60.00 CHF');
    expect(await text(page.getByTestId('split-confirm'))).toBe('Valider 2 billets — 60.00 CHF');
    await shot(page, 'split-reservation-dialog');

    await page.getByTestId('split-confirm').click();
    await page
      .getByTestId('order-notice')
      .filter({ hasText: `Réservation ${reservation.orderNumber} scindée` })
      .waitFor();
    await dialog.waitFor({ state: 'detached' });
    const newNumber = await text(page.getByTestId('order-detail-number'));
    expect(newNumber).not.toBe(reservation.orderNumber);
    expect(await page.getByTestId('ticket-row').count()).toBe(2);
    expect(await page.locator('.page-header .badge').first().textContent()).toBe('Payée');
    expect(await text(page.getByTestId('history'))).toContain(`Commande issue de la réservation ${reservation.orderNumber}`);

    const created = await order(page.url().split('/orders/')[1]);
    expect(created).toMatchObject({ number: newNumber, status: 'paid', total: chf(6000), paid: chf(6000), ticketCount: 2, customer: { email } });
    expect(created.payments).toEqual([expect.objectContaining({ method: 'cash', amount: chf(6000) })]);
    // Its confirmation carries the 2 tickets with the codes the customer already had (ADR 0032).
    const mail = await e2e.stack.mailbox.waitFor((m) => m.subject?.includes(newNumber) ?? false);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(new Set(await decodeQrCodesFromPdf(pdf.content))).toEqual(new Set(before.tickets.slice(0, 2).map((tk) => tk.code)));

    // Back to the reservation: 1 ticket, still to pay.
    await page.getByTestId('split-from-link').click();
    await page.getByTestId('order-detail-number').filter({ hasText: reservation.orderNumber }).waitFor();
    await page.getByTestId('ticket-row').first().waitFor();
    expect(await page.getByTestId('ticket-row').count()).toBe(1);
    expect(await page.locator('.page-header .badge').first().textContent()).toBe('Réservée');
    expect(await text(page.getByTestId('history'))).toContain(`validés dans la commande ${newNumber}`);
    // One ticket left: splitting it would be validating the reservation.
    expect(await page.getByTestId('split-reservation').isDisabled()).toBe(true);
    const original = await order(reservation.orderId);
    expect(original).toMatchObject({ status: 'reserved', total: chf(3000), amountDue: chf(3000), ticketCount: 1 });
    await context.close();
  });
});
