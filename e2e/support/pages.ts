import type { Locator, Page } from 'playwright-core';

/** The element's text on one line, its whitespace collapsed (template line breaks, non-breaking spaces). */
export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** With E2E_SCREENSHOTS=<dir>, saves the page at desktop width and at 390 px for review. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${dir}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dir}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/**
 * From the cart page to the checkout's Details step: « Commander », then the Delivery step (e-tickets
 * by email). On the checkout already, it goes on from the step shown.
 */
export async function startCheckout(page: Page): Promise<void> {
  const start = page.getByTestId('checkout-start');
  const details = page.getByTestId('checkout-step-details');
  const delivery = page.getByTestId('checkout-step-delivery');
  await start.or(delivery).or(details).first().waitFor();
  if (await details.count()) return;
  if (await start.count()) await start.click();
  await delivery.waitFor();
  await page.getByTestId('step-next').click();
  await details.waitFor();
}

/** Fills the customer's details in the checkout's Details step (reached from the cart page), then goes on to the Payment step. */
export async function fillCustomer(page: Page, email: string): Promise<void> {
  await startCheckout(page);
  await page.getByTestId('first-name').fill('Jeanne');
  await page.getByTestId('last-name').fill('Dubois');
  await page.getByTestId('email').fill(email);
  await page.getByTestId('step-next').click();
  await page.getByTestId('checkout-step-payment').waitFor();
}

/** Chooses to pay on site (card is offered first); a free cart has no choice to make. */
export async function payOnSite(page: Page): Promise<void> {
  const onSite = page.getByTestId('payment-on-site');
  if (await onSite.count()) await onSite.check();
}

/** Chooses to pay by invoice (offered when the ticketing has invoice settings). */
export async function payByInvoice(page: Page): Promise<void> {
  await page.getByTestId('payment-invoice').check();
}

/** Fills the customer's details, pays on site, confirms the order and waits for its confirmation page. */
export async function checkout(page: Page, email: string): Promise<void> {
  await fillCustomer(page, email);
  await payOnSite(page);
  await page.getByTestId('confirm-order').click();
  await page.getByTestId('order-number').waitFor();
}
