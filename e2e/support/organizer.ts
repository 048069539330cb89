import type { components, GuichetClient } from '@guichet/api-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, Stack, STACK_START_MS, startStack } from './stack';

type CreateEvent = components['schemas']['CreateEventRequest'];
type EventResponse = components['schemas']['EventResponse'];
type OrderDetail = components['schemas']['OrderResponse'];

/** The demo season's organizer (seeded) and its shop. */
export const ADMIN = { email: 'admin@remparts.demo', password: 'remparts-demo' };
export const SLUG = 'remparts';

export const chf = (amount: number) => ({ amount, currency: 'CHF' as const });

let run = 0;
/** A unique name, so each test finds its own event or plan among the demo season and the others'. */
export const uniqueName = (base: string) => `${base} ${Date.now().toString(36)}${(run++).toString(36)}`;

/** The whole stack, a browser and the organizer signed in through the API; set once `beforeAll` has run. */
export interface Organizer {
  stack: Stack;
  browser: Browser;
  /** The typed client, signed in as the organizer. */
  admin: GuichetClient;
  /** The organizer's ticketing (the shop `SLUG`). */
  ticketingId: string;
  createEvent(body: CreateEvent): Promise<EventResponse>;
  /** The order the customer with this email placed, as the ticket office sees it. */
  orderOf(email: string): Promise<OrderDetail>;
  /** A new backoffice page, signed in through the login form; `path` opens a page of the ticketing. */
  organizerPage(options?: { path?: string; context?: BrowserContext }): Promise<Page>;
}

/**
 * Starts the stack and a browser and signs the organizer in before the describe block's tests,
 * and stops them after: call it at the top of a `describe`.
 */
export function useOrganizer(): Organizer {
  const organizer = {} as Organizer;

  beforeAll(async () => {
    const stack = await startStack();
    organizer.stack = stack;
    organizer.browser = await launchBrowser();
    const login = await stack.client().POST('/api/v1/auth/login', { body: ADMIN });
    if (login.error) throw new Error(JSON.stringify(login.error));
    organizer.admin = stack.client(login.data.accessToken);
    organizer.ticketingId = login.data.user.ticketings.find((t) => t.slug === SLUG)!.id;
  }, STACK_START_MS);
  afterAll(async () => {
    await organizer.browser?.close();
    await organizer.stack?.stop();
  });

  organizer.createEvent = async (body) => {
    const { admin, ticketingId } = organizer;
    const { data, error } = await admin.POST('/api/v1/ticketings/{ticketingId}/events', {
      params: { path: { ticketingId } },
      // A new event is a draft; the specs sell what they create.
      body: { status: 'published', ...body },
    });
    if (error) throw new Error(JSON.stringify(error));
    return data;
  };

  organizer.orderOf = async (email) => {
    const { admin, ticketingId } = organizer;
    const list = await admin.GET('/api/v1/ticketings/{ticketingId}/orders', { params: { path: { ticketingId }, query: { q: email } } });
    const summary = list.data!.items.find((o) => o.customer.email === email)!;
    const { data } = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId: summary.id } } });
    return data!;
  };

  organizer.organizerPage = async ({ path, context } = {}) => {
    const { stack, browser, ticketingId } = organizer;
    const page = await (context ?? browser).newPage();
    await page.goto(`${stack.backofficeUrl}/login`);
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-events').waitFor();
    if (path) await page.goto(`${stack.backofficeUrl}/t/${ticketingId}/${path}`);
    return page;
  };

  return organizer;
}
