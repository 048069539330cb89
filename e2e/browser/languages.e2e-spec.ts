import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { checkout, shot, text } from '../support/pages';

type Language = 'fr' | 'de' | 'it' | 'en';

/** What a customer reads in each language, from the event's page to the confirmation (amounts as each language writes them). */
const EXPECTED: Record<
  Language,
  { book: string; headerCart: string; cart: RegExp; thanks: RegExp; status: string; due: RegExp; download: string; subject: string; inBackoffice: string }
> = {
  fr: {
    book: 'Réserver',
    headerCart: 'Mon panier',
    cart: /^Votre panier$/,
    thanks: /^Merci ! Commande [0-9A-Z]+$/,
    status: 'Réservée — paiement sur place',
    due: /Le montant de 25\.00\sCHF est à régler à la caisse avant la représentation\./,
    download: 'Télécharger mes billets (PDF)',
    subject: 'votre commande',
    inBackoffice: 'Français',
  },
  de: {
    book: 'Reservieren',
    headerCart: 'Mein Warenkorb',
    cart: /^Ihr Warenkorb$/,
    thanks: /^Vielen Dank! Bestellung [0-9A-Z]+$/,
    status: 'Reserviert — Zahlung vor Ort',
    due: /Der Betrag von CHF\s25\.00 ist vor der Vorstellung an der Kasse zu bezahlen\./,
    download: 'Meine Billette herunterladen (PDF)',
    subject: 'Ihre Bestellung',
    inBackoffice: 'Allemand',
  },
  it: {
    book: 'Prenotare',
    headerCart: 'Il mio carrello',
    cart: /^Il suo carrello$/,
    thanks: /^Grazie! Ordine [0-9A-Z]+$/,
    status: 'Prenotato — pagamento sul posto',
    due: /L’importo di CHF\s25\.00 è da pagare alla cassa prima della rappresentazione\./,
    download: 'Scarica i miei biglietti (PDF)',
    subject: 'il suo ordine',
    inBackoffice: 'Italien',
  },
  en: {
    book: 'Book',
    headerCart: 'My cart',
    cart: /^Your cart$/,
    thanks: /^Thank you! Order [0-9A-Z]+$/,
    status: 'Reserved — pay at the venue',
    due: /The amount of CHF\s25\.00 is to be paid at the box office before the performance\./,
    download: 'Download my tickets (PDF)',
    subject: 'your order',
    inBackoffice: 'Anglais',
  },
};

/** Issue 10: the checkout in each of the shop's four languages, and the order's email in the language chosen. */
describe('the shop in French, German, Italian and English', () => {
  const e2e = useOrganizer();
  let eventId: string;

  beforeAll(async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Guillaume Tell'),
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-06-12T20:00:00+02:00' }],
      zones: [{ name: 'Placement libre', capacity: 100 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(2500)] }],
    });
    eventId = event.id;
  });

  it.each(['fr', 'de', 'it', 'en'] as const)('checks out in %s: switch, book a ticket to pay on site, read the confirmation', async (language) => {
    const words = EXPECTED[language];
    const email = `langue.${language}.${Date.now()}@example.ch`;
    const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${eventId}`);
    await page.getByTestId(`language-${language}`).click();
    await expect(page.getByTestId(`language-${language}`).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
    await expect(text(page.locator('[data-testid="booking"] h2').first())).resolves.toBe(words.book);
    await shot(page, `languages-${language}-event`);

    await page.locator('[data-testid^="quantity-"]').first().selectOption('1');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('checkout-start').waitFor();
    // Back on the event's page, the header holds the shop's name, the languages and the cart (long words in German).
    await page.goBack();
    await expect(text(page.getByTestId('header-cart'))).resolves.toBe(words.headerCart);
    await shot(page, `languages-${language}-header`);
    await page.getByTestId('header-cart').click();
    await page.getByTestId('checkout-start').waitFor();
    await expect(text(page.locator('h1'))).resolves.toMatch(words.cart);
    await shot(page, `languages-${language}-cart`);
    await checkout(page, email);

    await expect(text(page.locator('.confirmation h1'))).resolves.toMatch(words.thanks);
    await expect(text(page.getByTestId('order-status'))).resolves.toBe(words.status);
    await expect(text(page.locator('.confirmation-header'))).resolves.toMatch(words.due);
    await expect(text(page.getByTestId('download-tickets'))).resolves.toBe(words.download);
    await shot(page, `languages-${language}-confirmation`);

    // The order remembers the language: the backoffice shows it, and the email is written in it.
    const order = await e2e.orderOf(email);
    expect(order.language).toBe(language);
    const organizer = await e2e.organizerPage({ path: `orders/${order.id}` });
    await expect(text(organizer.getByTestId('contact-language'))).resolves.toBe(words.inBackoffice);
    await organizer.close();
    const mail = await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email));
    expect(mail.subject).toContain(words.subject);

    // The choice is remembered: the next visit opens in the same language.
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
    await context.close();
  });

  it('opens in the browser’s language when it has one, French otherwise', async () => {
    for (const [browserLocale, expected] of [
      ['de-CH', 'de'],
      ['it-CH', 'it'],
      ['es-ES', 'fr'],
    ] as const) {
      const context = await e2e.browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}/events/${eventId}`);
      await page.getByTestId('booking').waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(expected);
      await expect(page.getByTestId(`language-${expected}`).getAttribute('aria-pressed')).resolves.toBe('true');
      await context.close();
    }
  });
});
