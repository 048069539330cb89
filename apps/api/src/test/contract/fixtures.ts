import { DEFAULT_FORM } from '../../modules/registration';
import { AppConfig } from '../../platform/config/app-config';
import { invitationToken } from '../../platform/tenancy/link-tokens';
import { accountLinkToken } from '../../modules/customer-accounts';
import { buy, Tenant, TestApp } from '../test-app';
import { camtXml } from '../camt';
import { Operation } from './operations';

/** One of everything a path can name, for one tenant. */
export interface TenantFixture {
  tenant: Tenant;
  /** Path parameter values by name. */
  path: Record<string, string>;
  /** Query values by name (e.g. the order access token). */
  query: Record<string, string>;
  /** The query of the public invitation routes: the token of a member's open invitation. */
  invitationQuery: Record<string, string>;
  deviceToken: string;
  /** A confirmed customer account's session at the tenant's shop (ADR 0029). */
  customerToken: string;
}

/** Scanner routes authenticate devices, a shop's account routes its customers; every other route authenticates users. */
export const tokenFor = (f: TenantFixture, path: string) =>
  path.startsWith('/api/v1/control/') ? f.deviceToken : /^\/api\/v1\/shop\/\{slug\}\/account\b/.test(path) ? f.customerToken : f.tenant.token;

/** The invitation routes take an invitation's token, the selected tickets' PDF a ticket of the order; the others the order's access token (routes without a query ignore it). */
export const queryFor = (f: TenantFixture, path: string) =>
  path.startsWith('/api/v1/invitation')
    ? f.invitationQuery
    : path.endsWith('/tickets/selection.pdf')
      ? { ticketIds: f.path.ticketIds }
      : path.endsWith('/uploads')
        ? { field: FILE_FIELD }
        : f.query;

/** The file field of every fixture's registration form. */
export const FILE_FIELD = 'document';

export async function tenantFixture(t: TestApp, label: string): Promise<TenantFixture> {
  const tenant = await t.createTenant(label);
  // A registration form with an optional file field: its uploads and the orders they answered are fixtures too.
  await t
    .http()
    .put(`/api/v1/ticketings/${tenant.ticketingId}/registration-form`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({
      standard: { ...DEFAULT_FORM.standard },
      customFields: [{ key: FILE_FIELD, label: { fr: 'Justificatif' }, kind: 'file', required: false, accept: ['application/pdf'], maxBytes: 100_000 }],
    })
    .expect(200);
  const ev = await t.createEvent(tenant, { capacity: 100 });
  const { body: order } = await buy(t, tenant, ev, 1);
  const cart = await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/carts`)
    .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
    .expect(201);
  const promo = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/promo-codes`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ code: `FIX${label.replace(/\W/g, '')}`.slice(0, 40), kind: 'percentage', percent: 10 })
    .expect(201);
  const plan = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/seating-plans`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ name: 'Salle', width: 100, height: 50, seats: [{ section: 'P', row: 'A', number: '1', x: 10, y: 10, category: 'Cat 1' }] })
    .expect(201);
  const voucher = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/gift-vouchers`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ amount: { amount: 5000, currency: 'CHF' } })
    .expect(201);
  const offer = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/gift-voucher-offers`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ name: 'Bon cadeau', currency: 'CHF', amount: 5000 })
    .expect(201);
  const placed = await t
    .http()
    .get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${order.orderId}`)
    .set('authorization', `Bearer ${tenant.token}`)
    .expect(200);
  const device = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/control-devices`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ name: 'Porte' })
    .expect(201);
  // A control profile of the event's date and zone (the device above has none: it scans everything).
  const controlProfile = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/control-profiles`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ name: 'Entrée', dateIds: [ev.dateId], zoneIds: [ev.zoneId], mode: 'normal' })
    .expect(201);
  // A member who has not accepted their invitation yet: a user id for the team's routes, a token for the invitation's.
  const member = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/members`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ email: `member-${label}-${process.pid}@fixture.test`, name: 'Membre invité', role: 'control' })
    .expect(201);
  const comment = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/orders/${order.orderId}/comments`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ about: 'order', body: 'Commentaire' })
    .expect(201);
  // An order import accepted (the job is not run here): a file naming the event by its id.
  const orderImport = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/order-imports`)
    .set('authorization', `Bearer ${tenant.token}`)
    .attach(
      'file',
      Buffer.from(`reference,email,first_name,last_name,event,price\nFIX-1,fixture@example.ch,Ada,Lovelace,${ev.eventId},Plein tarif\n`),
      'fixture.csv',
    )
    .expect(202);
  // A bank file accepted (the job is not run here).
  const bankFile = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/bank-files`)
    .set('authorization', `Bearer ${tenant.token}`)
    .attach('file', Buffer.from(camtXml('camt.053', '08', [{ amount: '10.00', bankReference: `FIX-${label}` }])), 'camt.xml')
    .expect(202);
  // The admin's counter session (the cash report's sessionId).
  const counterSession = await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/counter-sessions`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ openingFloat: 10000 })
    .expect(201);
  // A declined card attempt on the order (no provider runs here): what checkCardPayment names.
  const transaction = await t.sql.query(
    `INSERT INTO payment_transactions (ticketing_id, order_id, provider, provider_session, method, amount, currency, status, note, created_at, finished_at)
     VALUES ($1, $2, 'test', $3, 'card', 2500, 'CHF', 'failed', 'declined', now(), now()) RETURNING id`,
    [tenant.ticketingId, order.orderId, `ts_fixture_${tenant.ticketingId}`],
  );
  // A customer account of the shop, confirmed through its link, and its session.
  const customerEmail = `customer-${label}-${process.pid}@fixture.test`;
  await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/account/sign-up`)
    .send({ email: customerEmail, password: 'Fixture-2027', firstName: 'Ada', lastName: 'Lovelace' })
    .expect(201);
  const link = await t.sql.query(`SELECT l.id FROM customer_account_links l JOIN customer_accounts c ON c.id = l.account_id WHERE c.email = $1`, [
    customerEmail,
  ]);
  const customer = await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/account/confirm`)
    .send({ token: accountLinkToken(t.app.get(AppConfig).JWT_SECRET, 'confirm_email', link.rows[0].id) })
    .expect(200);
  // An order whose buyer uploaded a file.
  const withFile = await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/carts`)
    .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
    .expect(201);
  const upload = await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/carts/${withFile.body.id}/uploads`)
    .query({ field: FILE_FIELD })
    .attach('file', Buffer.from('%PDF-1.4\n%fixture\n'), 'justificatif.pdf')
    .expect(201);
  await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/carts/${withFile.body.id}/checkout`)
    .send({
      customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch', answers: { [FILE_FIELD]: upload.body.id } },
      paymentMethod: 'on_site',
    })
    .expect(201);
  const invitation = await t.sql.query(`SELECT id FROM invitations WHERE user_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [member.body.userId]);
  return {
    tenant,
    deviceToken: device.body.token,
    customerToken: customer.body.accessToken,
    path: {
      ticketingId: tenant.ticketingId,
      slug: tenant.slug,
      eventId: ev.eventId,
      orderId: order.orderId,
      customerId: placed.body.customer.customerId,
      cartId: cart.body.id,
      lineId: cart.body.items[0].id,
      dateId: ev.dateId,
      zoneId: ev.zoneId,
      priceId: ev.priceId,
      promoCodeId: promo.body.id,
      planId: plan.body.id,
      voucherId: voucher.body.id,
      offerId: offer.body.id,
      commentId: comment.body.id,
      importId: orderImport.body.id,
      bankFileId: bankFile.body.id,
      transactionId: transaction.rows[0].id,
      sessionId: counterSession.body.id,
      profileId: controlProfile.body.id,
      deviceId: device.body.id,
      // Body ids (sample() names them by field): a ticket of this tenant's order.
      ticketIds: placed.body.tickets[0].id,
      userId: member.body.userId,
      uploadId: upload.body.id,
      variant: 'card',
    },
    query: { token: order.accessToken },
    invitationQuery: { token: invitationToken(t.app.get(AppConfig).JWT_SECRET, invitation.rows[0].id) },
  };
}

/** Row counts of every table: a request that must change nothing leaves these equal. */
export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.sql.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`);
  const counts: Record<string, number> = {};
  for (const { tablename } of tables.rows) counts[tablename] = (await t.sql.query(`SELECT count(*)::int AS n FROM "${tablename}"`)).rows[0].n;
  return counts;
}

/** A fingerprint of mutable state too (capacity counters, statuses), not only row counts. */
export async function stateFingerprint(t: TestApp): Promise<string> {
  const rows = await t.sql.query(`
    SELECT (SELECT string_agg(date_id || ':' || held || '/' || sold, ',' ORDER BY date_id, zone_id) FROM availabilities) AS a,
           (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM carts) AS c,
           (SELECT string_agg(id || ':' || status || ':' || scan_state, ',' ORDER BY id) FROM tickets) AS t,
           (SELECT string_agg(id || ':' || status || ':' || customer_email || ':' || coalesce(customer_phone, ''), ',' ORDER BY id) FROM orders) AS o,
           (SELECT string_agg(id || ':' || email || ':' || first_name || ':' || coalesce(phone, '') || ':' || notes, ',' ORDER BY id) FROM customers) AS cu,
           (SELECT string_agg(id || ':' || status || ':' || balance, ',' ORDER BY id) FROM gift_vouchers) AS v,
           (SELECT string_agg(id || ':' || name || ':' || coalesce(amount, -1) || ':' || on_sale || ':' || position, ',' ORDER BY id) FROM gift_voucher_offers) AS g,
           (SELECT string_agg(id || ':' || body, ',' ORDER BY id) FROM order_comments) AS oc,
           (SELECT string_agg(user_id || ':' || ticketing_id || ':' || role, ',' ORDER BY user_id, ticketing_id) FROM memberships) AS m,
           (SELECT string_agg(id || ':' || (password_hash IS NULL), ',' ORDER BY id) FROM users) AS u,
           (SELECT string_agg(id || ':' || (accepted_at IS NULL) || ':' || (revoked_at IS NULL), ',' ORDER BY id) FROM invitations) AS i`);
  return JSON.stringify([rows.rows[0], await tableCounts(t)]);
}

/** Starts a request with the operation's own HTTP method. */
export function requestOf(t: TestApp, op: Operation, path: string) {
  const agent = t.http();
  return agent[op.method](path);
}
