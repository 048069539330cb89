import type { Page } from 'playwright-core';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { fillCustomer, shot, text } from '../support/pages';

/**
 * PAY-1, PAY-2 in the browser: a customer pays by card on the test provider's page through 3-D Secure;
 * a declined card and a card not enrolled in 3-D Secure fail with the bank's note, shown to the customer
 * and in the backoffice's Transactions; a new attempt pays.
 */
describe('paying by card', () => {
  const e2e = useOrganizer();

  async function cardCheckout(page: Page, email: string) {
    const name = uniqueName('Tartuffe');
    await e2e.createEvent({
      name,
      dates: [{ startsAt: '2027-06-11T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4200)] }],
    });
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByText(name).click();
    await page.locator('[data-testid^="quantity-"]').first().selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await fillCustomer(page, email);
    expect(await page.getByTestId('payment-card').isChecked()).toBe(true);
    await page.getByTestId('confirm-order').click();
    // The provider's hosted page: the amount, the card form.
    await page.waitForURL((url) => url.toString().startsWith(e2e.stack.providerUrl));
    expect(await text(page.getByTestId('provider-amount'))).toBe('84.00 CHF');
  }

  async function payWith(page: Page, number: string, code?: string) {
    await page.getByLabel('Numéro de carte').fill(number);
    await page.getByLabel('Expiration (MM/AA)').fill('12/30');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: /^Payer/ }).click();
    if (code !== undefined) {
      await page.getByLabel(/Code reçu par SMS/).fill(code);
      await page.getByRole('button', { name: 'Confirmer' }).click();
    }
  }

  it('pays through 3-D Secure after a declined card; the customer and the backoffice see each attempt', async () => {
    const page = await e2e.browser.newPage();
    const email = `carte.${Date.now()}@example.ch`;
    await cardCheckout(page, email);

    // Declined by the bank: back in the shop, the bank's note and another try.
    await payWith(page, '4000 0000 0000 0002');
    await page.getByTestId('card-payment-note').waitFor();
    expect(await text(page.getByTestId('card-payment-note'))).toContain('05 Do not honor');
    expect(await text(page.getByTestId('order-status'))).toBe('En attente du paiement');
    expect(await page.getByTestId('download-tickets').count()).toBe(0);
    await shot(page, 'card-payment-declined');

    // Again, with a card that goes through the 3-D Secure challenge.
    await page.getByTestId('card-payment-pay').click();
    await page.waitForURL((url) => url.toString().startsWith(e2e.stack.providerUrl));
    await payWith(page, '4000 0000 0000 1000', '1234');
    await page.getByTestId('download-tickets').waitFor();
    expect(await text(page.getByTestId('order-status'))).toBe('Confirmée');
    expect(await page.getByTestId('card-payment').count()).toBe(0);
    await shot(page, 'card-payment-paid');

    // The confirmation with the tickets went out once paid.
    const mail = await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to ?? '').includes(email), 60000);
    expect(mail.attachments.some((a) => a.contentType === 'application/pdf')).toBe(true);

    // The backoffice: two transactions, the failed one with the bank's note; the card payment in the ledger.
    const order = await e2e.orderOf(email);
    const admin = await e2e.organizerPage({ path: `orders/${order.id}` });
    await admin.getByTestId('order-transactions').waitFor();
    expect(await text(admin.getByTestId('transactions-title'))).toBe('Transactions (2)');
    const statuses = await admin.getByTestId('transaction-status').allTextContents();
    expect(statuses.map((s) => s.trim())).toEqual(['Échouée', 'Réussie']);
    expect(await text(admin.getByTestId('transaction-note').first())).toBe('05 Do not honor: declined by the issuing bank');
    expect(await text(admin.getByTestId('ledger-method').first())).toBe('Carte');
    await shot(admin, 'card-payment-transactions');
    await admin.close();
    await page.close();
  });

  it('a card not enrolled in 3-D Secure leaves a blank page and a failed attempt the customer can retry', async () => {
    const page = await e2e.browser.newPage();
    const email = `blanche.${Date.now()}@example.ch`;
    await cardCheckout(page, email);
    await payWith(page, '4000 0000 0000 2008');
    await page.locator('[data-testid="blank-3ds"]').waitFor({ state: 'attached' });
    expect(await text(page.locator('body'))).toBe('');
    // The customer goes back: the provider's page, its payment over, sends them to their order, which says why.
    await page.goBack();
    await page.getByTestId('card-payment-note').waitFor();
    expect(await text(page.getByTestId('card-payment-note'))).toContain('3-D Secure is not activated on this card');
    expect(await page.getByTestId('card-payment-pay').isEnabled()).toBe(true);
    await page.close();
  });
});
