import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FixedClock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { OrderLinks } from '../../platform/signing/order-link';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { accountLinkToken } from './account-link-token';
import { AccountLinkPurpose } from './entities/customer-account-link.entity';

const PASSWORD = 'Remparts-2027';
const HOUR = 3600 * 1000;

/** Customer accounts of a shop through HTTP, real PostgreSQL, the outbox, the worker and a real SMTP catcher. */
describe('customer accounts (sign up, confirm, log in and out, reset, my orders, claim)', () => {
  const SHOP = 'https://shop.remparts.test';
  const clock = new FixedClock(new Date());
  let t: TestApp;
  let smtp: SmtpCatcher;
  let worker: INestApplicationContext | undefined;
  let a: Tenant;
  let b: Tenant;
  let ev: { dateId: string; zoneId: string; priceId: string };
  let n = 0;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'accounts', clock, env: { SMTP_URL: smtp.url, SHOP_PUBLIC_URL: `${SHOP}/` } });
    a = await t.createTenant('acc-a');
    b = await t.createTenant('acc-b');
    ev = await t.createEvent(a, { capacity: 50 });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.close();
  });

  const shop = (tenant: Tenant, path: string) => `/api/v1/shop/${tenant.slug}/account${path}`;
  const uniqueEmail = (name: string) => `${name}-${++n}-${process.pid}@Example.ch`;
  const signUp = (tenant: Tenant, email: string, extra: Record<string, unknown> = {}) =>
    t
      .http()
      .post(shop(tenant, '/sign-up'))
      .send({ email, password: PASSWORD, firstName: 'Ada', lastName: 'Lovelace', ...extra });
  /** The token of the account's open link (the one its email carries), derived like the mail job does. */
  const linkToken = async (tenant: Tenant, email: string, purpose: AccountLinkPurpose) => {
    const { rows } = await t.sql.query(
      `SELECT l.id FROM customer_account_links l JOIN customer_accounts c ON c.id = l.account_id
        WHERE c.ticketing_id = $1 AND c.email = $2 AND l.purpose = $3 AND l.used_at IS NULL AND l.revoked_at IS NULL`,
      [tenant.ticketingId, email.toLowerCase(), purpose],
    );
    return accountLinkToken(t.app.get(AppConfig).JWT_SECRET, purpose, rows[0].id);
  };
  const logIn = (tenant: Tenant, email: string, password = PASSWORD) => t.http().post(shop(tenant, '/login')).send({ email, password });
  /** A confirmed account and a session token. */
  const account = async (tenant: Tenant, email = uniqueEmail('ada')) => {
    await signUp(tenant, email).expect(201);
    const confirmed = await t
      .http()
      .post(shop(tenant, '/confirm'))
      .send({ token: await linkToken(tenant, email, 'confirm_email') })
      .expect(200);
    return { email: email.toLowerCase(), token: confirmed.body.accessToken as string };
  };
  const checkout = async (tenant: Tenant, email: string, bearer?: string) => {
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
      .expect(201);
    const req = t.http().post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`);
    if (bearer) req.set('authorization', `Bearer ${bearer}`);
    const res = await req.send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email }, paymentMethod: 'on_site' }).expect(201);
    return res.body as { orderId: string; accessToken: string; orderNumber: string };
  };
  const myOrders = (tenant: Tenant, token: string) => t.http().get(shop(tenant, '/orders')).set('authorization', `Bearer ${token}`);

  it('signs up, emails a link to confirm (in the account’s language), refuses the login until then, and the link works once', async () => {
    const email = uniqueEmail('ada');
    expect((await signUp(a, email, { language: 'de' }).expect(201)).body).toEqual({ email: email.toLowerCase() });
    const refused = await logIn(a, email).expect(403);
    expect(refused.body.code).toBe('ACCOUNT_NOT_CONFIRMED');

    const mail = await smtp.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email.toLowerCase()));
    expect(mail.subject).toBe(`Bestätigen Sie Ihr Konto – Ticketing acc-a ${a.slug.split('-')[2]}`);
    expect(mail.text).toContain('Guten Tag Ada,');
    const link = new URL(/https:\/\/\S+/.exec(mail.text ?? '')![0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${SHOP}/shop/${a.slug}/account/confirm`);
    const token = link.searchParams.get('token')!;
    expect(mail.html).toContain(`href="${SHOP}/shop/${a.slug}/account/confirm?token=${token}"`);
    const { rows } = await t.sql.query(`SELECT token_hash FROM customer_account_links WHERE token_hash = $1`, [token]);
    expect(rows).toHaveLength(0); // only the hash is stored

    const confirmed = await t.http().post(shop(a, '/confirm')).send({ token }).expect(200);
    expect(confirmed.body.account).toMatchObject({ email: email.toLowerCase(), firstName: 'Ada', language: 'de' });
    expect((await t.http().post(shop(a, '/confirm')).send({ token }).expect(410)).body.code).toBe('ACCOUNT_LINK_USED');
    const session = await logIn(a, email.toUpperCase()).expect(200);
    const me = await t.http().get(shop(a, '')).set('authorization', `Bearer ${session.body.accessToken}`).expect(200);
    expect(me.body.email).toBe(email.toLowerCase());
  });

  it('refuses bad input, naming the field, and a second account with the same email', async () => {
    const email = uniqueEmail('bad');
    for (const [password, message] of [
      ['short-1', 'must be at least 10 characters long'],
      ['onlyletterslong', 'must contain a digit or a symbol'],
      ['1234567890123', 'must contain a letter'],
    ]) {
      const res = await signUp(a, email, { password }).expect(400);
      expect(res.body.errors).toContainEqual({ field: 'password', message });
    }
    expect((await signUp(a, email, { firstName: '   ' }).expect(400)).body.errors).toContainEqual({ field: 'firstName', message: 'must not be blank' });
    expect((await signUp(a, 'not-an-email').expect(400)).body.errors[0].field).toBe('email');
    expect((await signUp(a, email, { language: 'xx' }).expect(400)).body.errors[0].field).toBe('language');
    await signUp(a, email).expect(201);
    const again = await signUp(a, email.toUpperCase()).expect(409);
    expect(again.body).toMatchObject({ code: 'ACCOUNT_ALREADY_EXISTS', errors: [{ field: 'email', message: 'already has an account' }] });
    expect((await t.http().post(shop(a, '/confirm')).send({ token: 'nope' }).expect(404)).body.code).toBe('ACCOUNT_LINK_NOT_FOUND');
    const { rows } = await t.sql.query(`SELECT count(*)::int AS n FROM customer_accounts WHERE email = $1`, [email.toLowerCase()]);
    expect(rows[0].n).toBe(1);
  });

  it('a confirmation link expires after a day; a new one replaces it', async () => {
    const email = uniqueEmail('late');
    await signUp(a, email).expect(201);
    const first = await linkToken(a, email, 'confirm_email');
    clock.advance(24 * HOUR + 1000);
    try {
      expect((await t.http().post(shop(a, '/confirm')).send({ token: first }).expect(410)).body.code).toBe('ACCOUNT_LINK_EXPIRED');
      await t.http().post(shop(a, '/confirmation-email')).send({ email }).expect(202);
      await t
        .http()
        .post(shop(a, '/confirmation-email'))
        .send({ email: uniqueEmail('nobody') })
        .expect(202);
      const second = await linkToken(a, email, 'confirm_email');
      expect(second).not.toBe(first);
      expect((await t.http().post(shop(a, '/confirm')).send({ token: first }).expect(404)).body.code).toBe('ACCOUNT_LINK_NOT_FOUND');
      await t.http().post(shop(a, '/confirm')).send({ token: second }).expect(200);
    } finally {
      clock.advance(-(24 * HOUR + 1000));
    }
  });

  it('a wrong password and an unknown email get the same answer; five wrong ones in a row lock the login for 15 minutes', async () => {
    const { email } = await account(a);
    const wrong = await logIn(a, email, 'Wrong-password-1').expect(401);
    const unknown = await logIn(a, uniqueEmail('nobody')).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body).toEqual({ ...wrong.body, instance: unknown.body.instance });
    for (let i = 0; i < 4; i++) await logIn(a, email, 'Wrong-password-1').expect(401);
    expect((await logIn(a, email).expect(429)).body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    clock.advance(15 * 60 * 1000 + 1000);
    try {
      await logIn(a, email).expect(200);
      // A good password starts the count again.
      for (let i = 0; i < 4; i++) await logIn(a, email, 'Wrong-password-1').expect(401);
      await logIn(a, email).expect(200);
    } finally {
      clock.advance(-(15 * 60 * 1000 + 1000));
    }
  });

  it('logging out revokes the session on the server; a session ends after a day anyway', async () => {
    const { email, token } = await account(a);
    await t.http().get(shop(a, '')).set('authorization', `Bearer ${token}`).expect(200);
    await t.http().post(shop(a, '/logout')).set('authorization', `Bearer ${token}`).expect(204);
    expect((await t.http().get(shop(a, '')).set('authorization', `Bearer ${token}`).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await t.http().post(shop(a, '/logout')).set('authorization', `Bearer ${token}`).expect(401);
    const again = (await logIn(a, email).expect(200)).body.accessToken;
    clock.advance(24 * HOUR + 1000);
    try {
      await t.http().get(shop(a, '')).set('authorization', `Bearer ${again}`).expect(401);
    } finally {
      clock.advance(-(24 * HOUR + 1000));
    }
  });

  it('forgot password answers the same for any email; the reset link works once, within the hour, and ends every other session', async () => {
    const { email, token: before } = await account(a);
    const known = await t.http().post(shop(a, '/forgot-password')).send({ email }).expect(202);
    const unknown = await t
      .http()
      .post(shop(a, '/forgot-password'))
      .send({ email: uniqueEmail('nobody') })
      .expect(202);
    expect(unknown.body).toEqual(known.body);
    const mail = await smtp.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && /mot de passe/.test(m.subject ?? ''));
    expect(mail.text).toContain(`${SHOP}/shop/${a.slug}/account/reset-password?token=`);
    const token = await linkToken(a, email, 'reset_password');
    expect(mail.text).toContain(token);

    const weak = await t.http().post(shop(a, '/reset-password')).send({ token, password: 'short' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    const reset = await t.http().post(shop(a, '/reset-password')).send({ token, password: 'Nouveau-2028' }).expect(200);
    await t.http().get(shop(a, '')).set('authorization', `Bearer ${before}`).expect(401);
    await t.http().get(shop(a, '')).set('authorization', `Bearer ${reset.body.accessToken}`).expect(200);
    expect((await t.http().post(shop(a, '/reset-password')).send({ token, password: 'Encore-2029x' }).expect(410)).body.code).toBe('ACCOUNT_LINK_USED');
    await logIn(a, email).expect(401);
    await logIn(a, email, 'Nouveau-2028').expect(200);

    await t.http().post(shop(a, '/forgot-password')).send({ email }).expect(202);
    const late = await linkToken(a, email, 'reset_password');
    clock.advance(HOUR + 1000);
    try {
      expect((await t.http().post(shop(a, '/reset-password')).send({ token: late, password: 'Tardif-2030' }).expect(410)).body.code).toBe(
        'ACCOUNT_LINK_EXPIRED',
      );
    } finally {
      clock.advance(-(HOUR + 1000));
    }
    // A confirmation link is no reset link.
    expect((await t.http().post(shop(a, '/confirm')).send({ token: late }).expect(404)).body.code).toBe('ACCOUNT_LINK_NOT_FOUND');
  });

  it('an order placed while logged in is in "my orders", whose link opens it and downloads its tickets; a guest order is not', async () => {
    const { email, token } = await account(a);
    const mine = await checkout(a, email, token);
    const guest = await checkout(a, email);
    const list = await myOrders(a, token).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([mine.orderId]);
    const [order] = list.body.items;
    expect(order).toMatchObject({ number: mine.orderNumber, status: 'reserved', paymentMethod: 'on_site', ticketCount: 1 });
    await t.http().get(`/api/v1/shop/${a.slug}/orders/${order.id}`).query({ token: order.accessToken }).expect(200);
    const pdf = await t.http().get(`/api/v1/shop/${a.slug}/orders/${order.id}/tickets.pdf`).query({ token: order.accessToken }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(list.body.nextCursor).toBeNull();
    const history = await t.sql.query(`SELECT actor_kind, actor_id FROM order_history WHERE order_id = $1 AND action = 'orders.order.placed'`, [mine.orderId]);
    expect(history.rows[0]).toEqual({ actor_kind: 'customer', actor_id: expect.any(String) });
    expect(guest.orderId).not.toBe(mine.orderId);
    // A stale token at checkout: a guest's order, not a refusal.
    await t.http().post(shop(a, '/logout')).set('authorization', `Bearer ${token}`).expect(204);
    const stale = await checkout(a, email, token);
    const { rows } = await t.sql.query(`SELECT account_id FROM orders WHERE id = $1`, [stale.orderId]);
    expect(rows[0].account_id).toBeNull();
  });

  it('claims a guest order with its link when the emails match; refuses another email, another account’s order and a wrong secret', async () => {
    const ada = await account(a);
    const guest = await checkout(a, ada.email);
    const claim = (token: string, orderId: string, secret: string) =>
      t
        .http()
        .post(shop(a, `/orders/${orderId}/claim`))
        .set('authorization', `Bearer ${token}`)
        .send({ token: secret });

    const bob = await account(a, uniqueEmail('bob'));
    expect((await claim(bob.token, guest.orderId, guest.accessToken).expect(403)).body.code).toBe('ORDER_EMAIL_MISMATCH');
    expect((await claim(ada.token, guest.orderId, 'wrong-secret').expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    await claim(ada.token, guest.orderId, guest.accessToken).expect(204);
    await claim(ada.token, guest.orderId, guest.accessToken).expect(204); // again: harmless
    expect((await myOrders(a, ada.token).expect(200)).body.items.map((o: { id: string }) => o.id)).toEqual([guest.orderId]);
    const { rows } = await t.sql.query(`SELECT action, actor_kind FROM order_history WHERE order_id = $1 AND action = 'orders.order.claimed'`, [guest.orderId]);
    expect(rows).toEqual([{ action: 'orders.order.claimed', actor_kind: 'customer' }]);

    // Bob bought for someone else's address while logged in: the order is Bob's, not claimable by that address's account.
    const forCarol = await checkout(a, uniqueEmail('carol'), bob.token);
    const carolEmail = (await t.sql.query(`SELECT customer_email FROM orders WHERE id = $1`, [forCarol.orderId])).rows[0].customer_email;
    const carol = await account(a, carolEmail);
    expect((await claim(carol.token, forCarol.orderId, forCarol.accessToken).expect(409)).body.code).toBe('ORDER_CLAIMED_BY_ANOTHER_ACCOUNT');
    // The emailed link's secret claims too.
    const other = await checkout(a, carol.email);
    const emailed = (await myOrders(a, ada.token)).body.items[0].accessToken as string;
    expect(emailed).toMatch(/^l1\./);
    await claim(carol.token, other.orderId, t.app.get(OrderLinks).tokenFor(a.ticketingId, other.orderId)).expect(204);
  });

  it('keeps shops apart: an account of shop A cannot log in at shop B, its token opens nothing there, and B sees none of its orders', async () => {
    const { email, token } = await account(a);
    await checkout(a, email, token);
    expect((await logIn(b, email).expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    await t.http().get(shop(b, '')).set('authorization', `Bearer ${token}`).expect(401);
    await myOrders(b, token).expect(401);
    // The same email may open its own account at B: B's orders list is its own (empty).
    const atB = await account(b, email);
    expect((await myOrders(b, atB.token).expect(200)).body.items).toEqual([]);
    expect((await myOrders(a, token).expect(200)).body.items).toHaveLength(1);
    const guestAtA = await checkout(a, email);
    expect(
      (
        await t
          .http()
          .post(shop(b, `/orders/${guestAtA.orderId}/claim`))
          .set('authorization', `Bearer ${atB.token}`)
          .send({ token: guestAtA.accessToken })
          .expect(404)
      ).body.code,
    ).toBe('ORDER_NOT_FOUND');
  });

  it('keeps customers and organizers apart: a customer token opens no backoffice route, an organizer token no account route', async () => {
    const { token } = await account(a);
    await t.http().get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(401);
    await t.http().get(`/api/v1/ticketings/${a.ticketingId}/orders`).set('authorization', `Bearer ${token}`).expect(401);
    await t.http().get('/api/v1/me').set('authorization', `Bearer ${a.token}`).expect(200);
    expect((await t.http().get(shop(a, '')).set('authorization', `Bearer ${a.token}`).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await myOrders(a, a.token).expect(401);
    await t.http().get(shop(a, '')).expect(401);
  });

  it('an unknown shop is 404 on every account route', async () => {
    const res = await t.http().post('/api/v1/shop/no-such-shop/account/login').send({ email: 'ada@example.ch', password: PASSWORD }).expect(404);
    expect(res.body.code).toBe('SHOP_NOT_FOUND');
  });
});
