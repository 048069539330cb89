import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { fillCustomer, payOnSite, shot, startCheckout, text } from '../support/pages';

const ACCOUNT_EVENTS = ['ike_user_login', 'ike_user_logout'];

/** Records the login/logout triggers the way an organizer's tag would listen to them. */
async function recordAccountEvents(page: Page): Promise<void> {
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { __ike: unknown[] };
    w.__ike = JSON.parse(sessionStorage.getItem('__ike') ?? '[]');
    for (const name of names) {
      document.addEventListener(name, (e) => {
        w.__ike.push({ type: name, detail: (e as CustomEvent).detail });
        // Kept across the pages of the tab (a confirmation link opens a new document).
        sessionStorage.setItem('__ike', JSON.stringify(w.__ike));
      });
    }
  }, ACCOUNT_EVENTS);
}
const accountEvents = (page: Page) => page.evaluate(() => (window as unknown as { __ike: { type: string; detail: unknown }[] }).__ike);

/** A customer account in the shop, in Chromium: sign up, confirm by email, buy, my orders, log out, reset the password, claim a guest order — each page checked by axe-core. */
describe('customer account in the shop', () => {
  const e2e = useOrganizer();
  const PASSWORD = 'Remparts-2027';
  const NEW_PASSWORD = 'Nouveau-mot-2028';

  const linkIn = async (email: string, subject: RegExp) => {
    const mail = await e2e.stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && subject.test(m.subject ?? ''), 60000);
    return /https?:\/\/\S+/.exec(mail.text ?? '')![0];
  };

  async function buyOne(page: Page, eventName: string) {
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByText(eventName).click();
    await page.locator('[data-testid^="quantity-"]').first().selectOption('1');
    await page.getByTestId('add-to-cart').click();
    await startCheckout(page);
    await page.getByTestId('email').waitFor();
  }

  async function logIn(page: Page, email: string, password: string) {
    await page.getByTestId('account-menu-login').click();
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('account-orders').waitFor();
  }

  it('signs up, confirms by email, buys logged in, finds the order and its tickets, logs out, resets the password and claims a guest order', async () => {
    const eventName = uniqueName('Récital');
    await e2e.createEvent({
      name: eventName,
      venue: 'Grande salle',
      dates: [{ startsAt: '2027-05-14T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3500)] }],
    });
    const email = `compte.${Date.now()}@example.ch`;
    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await recordAccountEvents(page);

    // Sign up from the header's "log in".
    await page.goto(`${e2e.stack.shopUrl}/shop/${SLUG}`);
    await page.getByTestId('account-menu-login').click();
    await shot(page, 'account-login');
    expect({ page: 'account-login', violations: await seriousViolations(page) }).toEqual({ page: 'account-login', violations: [] });
    await page.getByTestId('sign-up-link').click();
    await page.getByTestId('sign-up-first-name').fill('Jeanne');
    await page.getByTestId('sign-up-last-name').fill('Dubois');
    await page.getByTestId('sign-up-email').fill(email);
    await page.getByTestId('sign-up-password').fill('court');
    await page.getByTestId('sign-up-submit').click();
    await expect(text(page.getByTestId('error-password'))).resolves.toBe('Au moins 10 caractères, avec au moins une lettre et un chiffre ou un symbole.');
    await shot(page, 'account-sign-up-refused');
    expect({ page: 'account-sign-up-refused', violations: await seriousViolations(page) }).toEqual({ page: 'account-sign-up-refused', violations: [] });
    await page.getByTestId('sign-up-password').fill(PASSWORD);
    await page.getByTestId('sign-up-submit').click();
    await expect(text(page.getByTestId('sign-up-sent'))).resolves.toContain(email);
    await shot(page, 'account-sign-up-sent');
    expect({ page: 'account-sign-up-sent', violations: await seriousViolations(page) }).toEqual({ page: 'account-sign-up-sent', violations: [] });

    // Not before the email is confirmed.
    await page.getByTestId('account-menu-login').click();
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(text(page.getByTestId('problem'))).resolves.toContain('pas encore confirmée');
    await page.getByTestId('resend-confirmation').waitFor();

    // The confirmation email's link confirms and logs in.
    const confirm = await linkIn(email, /Confirmez votre compte/);
    expect(confirm).toContain(`${e2e.stack.shopUrl}/shop/${SLUG}/account/confirm?token=`);
    await page.goto(confirm);
    await page.getByTestId('account-confirmed').waitFor();
    await page.getByTestId('account-menu-logout').waitFor();
    await shot(page, 'account-confirmed');
    expect({ page: 'account-confirmed', violations: await seriousViolations(page) }).toEqual({ page: 'account-confirmed', violations: [] });
    expect(await accountEvents(page)).toEqual([{ type: 'ike_user_login', detail: null }]);

    // Buying while logged in: the contact is filled in, the order joins the account.
    await buyOne(page, eventName);
    await expect(page.getByTestId('email').inputValue()).resolves.toBe(email);
    await expect(page.getByTestId('first-name').inputValue()).resolves.toBe('Jeanne');
    await page.getByTestId('step-next').click();
    await page.getByTestId('checkout-step-payment').waitFor();
    await payOnSite(page);
    await page.getByTestId('confirm-order').click();
    const number = (await text(page.getByTestId('order-number'))).trim();
    // Placed while logged in: already the account's, nothing to claim.
    await page.getByTestId('account-menu-orders').waitFor();
    await expect(page.getByTestId('claim-order').count()).resolves.toBe(0);
    await page.getByTestId('account-menu-orders').click();
    const orders = page.getByTestId('account-order');
    await orders.first().waitFor();
    await expect(orders.count()).resolves.toBe(1);
    await expect(text(orders.first())).resolves.toContain(number);
    await shot(page, 'account-orders');
    expect({ page: 'account-orders', violations: await seriousViolations(page) }).toEqual({ page: 'account-orders', violations: [] });
    const href = (await page.getByTestId('account-order-tickets').getAttribute('href'))!;
    const pdf = await page.request.get(`${e2e.stack.shopUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Log out: the server forgets the session too.
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('guichet.shop.customer')!).accessToken as string);
    await page.getByTestId('account-menu-logout').click();
    await page.getByTestId('account-menu-login').waitFor();
    expect((await accountEvents(page)).map((e) => e.type)).toEqual(['ike_user_login', 'ike_user_logout']);
    const after = await e2e.stack.client(token).GET('/api/v1/shop/{slug}/account', { params: { path: { slug: SLUG } } });
    expect(after.response.status).toBe(401);

    // Forgot password → the emailed link → a new password, logged in.
    await page.getByTestId('account-menu-login').click();
    await page.getByTestId('forgot-password-link').click();
    await page.getByTestId('forgot-email').fill(email);
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('forgot-password-sent').waitFor();
    await shot(page, 'account-forgot-password');
    expect({ page: 'account-forgot-password', violations: await seriousViolations(page) }).toEqual({ page: 'account-forgot-password', violations: [] });
    const reset = await linkIn(email, /Nouveau mot de passe/);
    await page.goto(reset);
    await page.getByTestId('reset-password').fill(NEW_PASSWORD);
    await shot(page, 'account-reset-password');
    expect({ page: 'account-reset-password', violations: await seriousViolations(page) }).toEqual({ page: 'account-reset-password', violations: [] });
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('account-orders').waitFor();
    await page.getByTestId('account-menu-logout').click();
    await page.getByTestId('account-menu-login').click();
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(text(page.getByTestId('problem'))).resolves.toContain('mot de passe incorrect');
    await page.getByTestId('login-password').fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('account-orders').waitFor();
    await page.getByTestId('account-menu-logout').click();
    await page.getByTestId('account-menu-login').waitFor();

    // A guest order with the same email, claimed once logged in.
    await buyOne(page, eventName);
    await fillCustomer(page, email);
    await payOnSite(page);
    await page.getByTestId('confirm-order').click();
    const guestNumber = (await text(page.getByTestId('order-number'))).trim();
    const orderUrl = page.url();
    await expect(page.getByTestId('claim-order').count()).resolves.toBe(0);
    await logIn(page, email, NEW_PASSWORD);
    await page.getByTestId('account-order').first().waitFor();
    await expect(page.getByTestId('account-order').count()).resolves.toBe(1);
    await page.goto(orderUrl);
    await page.getByTestId('claim-order-submit').click();
    await page.getByTestId('claim-order-done').waitFor();
    await shot(page, 'account-claim');
    expect({ page: 'account-claim', violations: await seriousViolations(page) }).toEqual({ page: 'account-claim', violations: [] });
    await page.getByTestId('account-menu-orders').click();
    await page.getByTestId('account-order').nth(1).waitFor();
    await expect(page.getByTestId('account-order').count()).resolves.toBe(2);
    await expect(text(page.getByTestId('account-order').first())).resolves.toContain(guestNumber);
  });
});
