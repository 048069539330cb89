import type { Locator, Page } from 'playwright-core';

/** The element's text on one line, its whitespace collapsed (template line breaks, non-breaking spaces). */
export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** With E2E_SCREENSHOTS=<dir>, saves the page at desktop width and at 390 px for review. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dir}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** Fills the customer's details on the shop's cart page. */
export async function fillCustomer(page: Page, email: string): Promise<void> {
  await page.getByTestId('first-name').fill('Jeanne');
  await page.getByTestId('last-name').fill('Dubois');
  await page.getByTestId('email').fill(email);
}

/** Chooses to pay on site (card is offered first); a free cart has no choice to make. */
export async function payOnSite(page: Page): Promise<void> {
  const onSite = page.getByTestId('payment-on-site');
  if (await onSite.count()) await onSite.check();
}

/** Fills the customer's details, pays on site, confirms the order and waits for its confirmation page. */
export async function checkout(page: Page, email: string): Promise<void> {
  await fillCustomer(page, email);
  await payOnSite(page);
  await page.getByTestId('confirm-order').click();
  await page.getByTestId('order-number').waitFor();
}
