import { readFile } from 'node:fs/promises';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { seriousViolations } from '../support/axe';
import { payOnSite, shot, startCheckout, text } from '../support/pages';

/** A small but real PDF: what a buyer would attach. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * SHOP-3 in the browser: the organizer makes the city mandatory, keeps the company invisible and
 * adds a dropdown and a PDF upload; a customer buys with that form (an empty city is named); the
 * order page shows the answers and downloads the file.
 */
describe('the registration form', () => {
  const e2e = useOrganizer();

  it('is set in the backoffice, filled in the shop, and its answers and file are on the order page', async () => {
    // The organizer configures the form.
    const organizer = await e2e.organizerPage({ path: 'shop-settings' });
    await organizer.getByTestId('registration-form-link').click();
    await organizer.getByTestId('registration-form-settings').waitFor();
    // The email cannot be made optional or invisible.
    expect(await organizer.getByTestId('mode-email-hidden').isDisabled()).toBe(true);
    await organizer.getByTestId('mode-city-required').check();
    await organizer.getByTestId('mode-company-hidden').check();
    await organizer.getByTestId('custom-add').click();
    await organizer.getByTestId('custom-label-0').fill('Régime alimentaire');
    await organizer.getByTestId('custom-kind-0').selectOption('dropdown');
    await organizer.getByTestId('custom-required-0').check();
    await organizer.getByTestId('custom-options-0').fill('Végétarien\nSans restriction');
    await organizer.getByTestId('custom-add').click();
    await organizer.getByTestId('custom-label-1').fill('Attestation');
    await organizer.getByTestId('custom-kind-1').selectOption('file');
    await organizer.getByTestId('custom-required-1').check();
    await organizer.getByTestId('custom-max-1').fill('2');
    await organizer.getByTestId('registration-form-save').click();
    await organizer.getByTestId('registration-form-saved').waitFor();
    await shot(organizer, 'registration-form-settings');

    const saved = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/registration-form', { params: { path: { ticketingId: e2e.ticketingId } } });
    expect(saved.data).toMatchObject({
      standard: { city: 'required', company: 'hidden', email: 'required' },
      customFields: [
        { key: 'regimeAlimentaire', kind: 'dropdown', required: true, options: ['Végétarien', 'Sans restriction'] },
        { key: 'attestation', kind: 'file', required: true, accept: ['application/pdf'], maxBytes: 2 * 1024 * 1024 },
      ],
    });

    // A customer buys with it.
    const name = uniqueName('Le Misanthrope');
    await e2e.createEvent({
      name,
      dates: [{ startsAt: '2027-05-14T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    const customer = await e2e.browser.newPage();
    const email = `inscription.${Date.now()}@example.ch`;
    await customer.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await customer.getByText(name).click();
    await customer.locator('[data-testid^="quantity-"]').first().selectOption('1');
    await customer.getByTestId('add-to-cart').click();
    await startCheckout(customer);
    await customer.getByTestId('registration-form').waitFor();
    expect(await customer.getByTestId('reg-company').count()).toBe(0);
    await customer.getByTestId('first-name').fill('Célimène');
    await customer.getByTestId('last-name').fill('Arsinoé');
    await customer.getByTestId('email').fill(email);
    await customer.getByTestId('reg-answer-regimeAlimentaire').selectOption('Végétarien');
    await customer.getByTestId('reg-answer-attestation').setInputFiles({ name: 'attestation.pdf', mimeType: 'application/pdf', buffer: PDF });
    await customer.getByTestId('reg-answer-attestation-uploaded').waitFor();
    // The city is mandatory and empty: named, the checkout stays on this step.
    await customer.getByTestId('step-next').click();
    await customer.getByTestId('error-customer.city').waitFor();
    expect(await text(customer.getByTestId('error-customer.city'))).toBe('Indiquez votre localité.');
    await shot(customer, 'registration-form-shop');
    // Every kind of field the form renders, with an error shown, passes axe-core.
    expect(await seriousViolations(customer)).toEqual([]);
    await customer.getByTestId('reg-city').fill('Lausanne');
    await customer.getByTestId('step-next').click();
    await customer.getByTestId('checkout-step-payment').waitFor();
    await payOnSite(customer);
    await customer.getByTestId('confirm-order').click();
    await customer.getByTestId('order-number').waitFor();

    // The backoffice's order page shows the answers and downloads the file.
    const order = await e2e.orderOf(email);
    const page = await e2e.organizerPage({ path: `orders/${order.id}` });
    await page.getByTestId('order-registration').waitFor();
    expect(await text(page.getByTestId('registration-city'))).toBe('Lausanne');
    expect(await text(page.getByTestId('registration-answer-regimeAlimentaire'))).toBe('Végétarien');
    expect(await text(page.getByTestId('registration-answer-attestation'))).toContain('attestation.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('registration-download-attestation').click()]);
    expect(download.suggestedFilename()).toBe('attestation.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), PDF)).toBe(0);
    await shot(page, 'registration-form-order');
  });
});
