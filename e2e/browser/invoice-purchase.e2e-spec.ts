import type { Page } from 'playwright-core';
import type { components } from '@guichet/api-client';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { payByInvoice, shot, startCheckout, text } from '../support/pages';
import { decodeQrBillFromPdf, readPdf } from '../support/pdf';

type EventResponse = components['schemas']['EventResponse'];
interface IkeEvent {
  type: string;
  detail: Record<string, unknown> & { currency?: { name: string }; topaid?: number; path?: string; paymentMethodSelected?: string };
}

const QR_IBAN = 'CH4431999123000889012';

/** The recursive mod-10 check digit of a Swiss QR reference (Swiss Payment Standards, annex B). */
function mod10(digits: string): number {
  const table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];
  let carry = 0;
  for (const d of digits) carry = table[(carry + Number(d)) % 10];
  return (10 - carry) % 10;
}

/**
 * SHOP-4, SHOP-5, PAY-3 in the browser: a customer goes through the checkout's steps (each tracked),
 * answers the attendee data the price asks, and pays by invoice. The order page says what happens
 * next; the email brings the invoice whose QR-bill, read by zbarimg from the rendered PDF, is a valid
 * Swiss QR-bill; the attendee answers are on the backoffice's order page.
 */
describe('buying with an invoice in the shop', () => {
  const e2e = useOrganizer();
  let event: EventResponse;

  beforeAll(async () => {
    const settings = await e2e.admin.PUT('/api/v1/ticketings/{ticketingId}/invoice-settings', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: {
        creditorName: 'Théâtre du Jorat',
        street: 'Route du Théâtre',
        buildingNumber: '2',
        zip: '1083',
        city: 'Mézières',
        country: 'CH',
        qrIban: QR_IBAN,
        paymentTermDays: 20,
      },
    });
    if (settings.error) throw new Error(JSON.stringify(settings.error));
    event = await e2e.createEvent({
      name: uniqueName('Andromaque'),
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-05-20T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 50 }],
      prices: [
        {
          name: 'Nominatif',
          kind: 'fixed',
          amounts: [chf(4550)],
          attendeeFields: [
            { key: 'holder', label: 'Nom du participant', kind: 'text', required: true },
            { key: 'meal', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
          ],
        },
      ],
    });
  });

  async function recordIkeEvents(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as { __ike: unknown[] };
      w.__ike = [];
      const names = [
        'ike_cart_confirm',
        'ike_cart_delivery_view',
        'ike_cart_form_view',
        'ike_cart_payment_view',
        'ike_cart_payment_changed',
        'ike_cart_payment_launched',
        'ike_cart_payment_success',
      ];
      for (const name of names) document.addEventListener(name, (e) => w.__ike.push({ type: name, detail: (e as CustomEvent).detail }));
    });
  }

  it('goes through the steps, pays by invoice, and the emailed invoice carries a valid QR-bill', async () => {
    const email = `facture.shop.${Date.now().toString(36)}@example.ch`;
    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await recordIkeEvents(page);
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${event.id}`);
    await page.locator('[data-testid^="quantity-"]').first().selectOption('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('checkout-start').waitFor();
    await shot(page, 'checkout-0-cart');

    // Delivery: one honest option.
    await page.getByTestId('checkout-start').click();
    await page.getByTestId('checkout-step-delivery').waitFor();
    expect(await page.getByTestId('delivery-email').isChecked()).toBe(true);
    await shot(page, 'checkout-1-delivery');
    await startCheckout(page);

    // Details: the contact, and the attendee data; a missing required answer keeps the customer here.
    await page.getByTestId('first-name').fill('Hermione');
    await page.getByTestId('last-name').fill('Facture');
    await page.getByTestId('email').fill(email);
    expect(await page.getByTestId('checkout-attendee').count()).toBe(2);
    await page.getByTestId('attendee-0-holder').fill('Hermione Facture');
    await page.getByTestId('attendee-0-meal').selectOption('Végétarien');
    await page.getByTestId('step-next').click();
    await page.getByTestId('problem').waitFor();
    expect(await page.getByTestId('checkout-step-details').count()).toBe(1);
    await shot(page, 'checkout-2-details-incomplete');
    await page.getByTestId('attendee-1-holder').fill('Oreste Facture');
    await page.getByTestId('attendee-1-meal').selectOption('Viande');
    await shot(page, 'checkout-2-details');
    await page.getByTestId('step-next').click();
    await page.getByTestId('checkout-step-payment').waitFor();

    // Back and forth keeps what was typed.
    await page.goBack();
    await page.getByTestId('checkout-step-details').waitFor();
    expect(await page.getByTestId('email').inputValue()).toBe(email);
    expect(await page.getByTestId('attendee-1-holder').inputValue()).toBe('Oreste Facture');
    await page.getByTestId('step-next').click();

    // Payment: card first, invoice offered with the ticketing's term.
    await page.getByTestId('checkout-step-payment').waitFor();
    expect(await page.getByTestId('payment-card').isChecked()).toBe(true);
    // The due date, 20 days on (the show is months away, ADR 0053), as the shop writes it in French.
    const dueDay = (ms: number) =>
      new Intl.DateTimeFormat('fr-CH', { timeZone: 'Europe/Zurich', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(ms));
    const hint = await text(page.getByTestId('payment-option-invoice'));
    expect(hint).toContain('au plus tard le');
    expect([dueDay(Date.now() + 20 * 86_400_000), dueDay(Date.now() + 20 * 86_400_000 - 60_000)].some((d) => hint.includes(d))).toBe(true);
    await payByInvoice(page);
    await shot(page, 'checkout-3-payment');
    await page.getByTestId('confirm-order').click();

    // The order page: what happens now, and the invoice, not the tickets (not valid until paid).
    await page.getByTestId('invoice-panel').waitFor();
    const number = await text(page.getByTestId('order-number'));
    await expect(text(page.getByTestId('order-status'))).resolves.toBe('En attente du paiement de la facture');
    await expect(text(page.getByTestId('invoice-amount'))).resolves.toBe('91.00 CHF');
    await expect(text(page.getByTestId('invoice-due'))).resolves.toMatch(/\d{4}$/);
    await expect(text(page.getByTestId('invoice-panel'))).resolves.toContain(email);
    expect(await page.getByTestId('download-tickets').count()).toBe(0);
    const invoiceHref = await page.getByTestId('download-invoice').getAttribute('href');
    expect(invoiceHref).toContain('/invoice.pdf?token=');
    await shot(page, 'checkout-4-invoice-confirmation');
    const download = await page.request.get(`${e2e.stack.shopUrl}${invoiceHref}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');

    // Each step was told to the organizer's tracking, in order, with what its tags read.
    const fired = await page.evaluate(() => (window as unknown as { __ike: IkeEvent[] }).__ike);
    expect(fired.map((e) => e.type).filter((type, i, all) => type !== all[i - 1])).toEqual([
      'ike_cart_confirm',
      'ike_cart_delivery_view',
      'ike_cart_form_view',
      'ike_cart_payment_view',
      'ike_cart_form_view',
      'ike_cart_payment_view',
      'ike_cart_payment_changed',
      'ike_cart_payment_launched',
      'ike_cart_payment_success',
    ]);
    expect(fired.find((e) => e.type === 'ike_cart_payment_view')?.detail.paymentMethodSelected).toBe('card');
    expect(fired.find((e) => e.type === 'ike_cart_payment_changed')?.detail.path).toBe('invoice');
    const launched = fired.find((e) => e.type === 'ike_cart_payment_launched')!.detail;
    expect(launched).toMatchObject({ currency: { name: 'CHF' }, topaid: 91, paymentMethodSelected: 'invoice' });

    // The email brings the invoice; its QR-bill is a valid Swiss QR-bill for this order.
    const mail = await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to ?? '').includes(email), 60000);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf).toBeDefined();
    expect((await readPdf(pdf!.content)).pages.join('\n')).toContain(number);
    const payload = decodeQrBillFromPdf(pdf!.content);
    expect(payload).not.toBeNull();
    const lines = payload!.replace(/\r/g, '').split('\n');
    expect(lines.slice(0, 3)).toEqual(['SPC', '0200', '1']);
    expect(lines[3]).toBe(QR_IBAN);
    expect(lines[18]).toBe('91.00');
    expect(lines[19]).toBe('CHF');
    expect(lines[27]).toBe('QRR');
    const reference = lines[28];
    expect(reference).toMatch(/^\d{27}$/);
    expect(Number(reference.at(-1))).toBe(mod10(reference.slice(0, 26)));
    expect(lines).toContain('EPD');

    // The backoffice's order page shows the answers given at checkout, and offers the invoice.
    const order = await e2e.orderOf(email);
    expect(order.paymentMethod).toBe('invoice');
    expect(order.qrReference).toBe(reference);
    const organizer = await e2e.organizerPage({ path: `orders/${order.id}` });
    await organizer.getByTestId('order-detail-number').waitFor();
    const answers = await organizer.getByTestId('ticket-attendee').allInnerTexts();
    // One line per ticket (the backoffice lists a ticket's answers in the order PostgreSQL's jsonb keeps them).
    const perTicket = answers.map((a) =>
      a
        .split(' · ')
        .map((part) => part.trim())
        .sort(),
    );
    expect(perTicket.sort()).toEqual([
      ['Hermione Facture', 'Végétarien'],
      ['Oreste Facture', 'Viande'],
    ]);
    const [invoice] = await Promise.all([organizer.waitForEvent('download'), organizer.getByTestId('download-order-invoice').click()]);
    expect(invoice.suggestedFilename()).toBe(`facture-${number}.pdf`);
    await shot(organizer, 'checkout-5-backoffice-order');
  });
});
