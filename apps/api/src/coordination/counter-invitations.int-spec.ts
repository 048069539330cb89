import { SYSTEM_ACTOR } from '../platform/audit/actor';
import { pdfPages } from '../test/pdf';
import { signInMember, startTestApp, Tenant, TestApp } from '../test/test-app';
import { Checkout } from './checkout.service';

/**
 * TO-2, TO-3 against PostgreSQL (ADR 0036): an admin or a manager gives tickets away at the counter
 * — total zero, paid, nothing in the ledger, valid at the door, counted apart in the sales report
 * and absent from the cash report — and a counter order prints its own line and holder's name.
 */
describe('invitations and ticket text at the counter', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let deviceToken: string;

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string, token = tenant.token, who: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const openCart = (ev: { dateId: string; zoneId: string; priceId: string }, quantity: number, token = tenant.token) =>
    api('post', '/counter/carts', token).send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] });
  const sell = (cartId: string, body: object, token = tenant.token) => api('post', `/counter/carts/${cartId}/sale`, token).send(body);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const counts = async (dateId: string) => ({
    availability: (await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [dateId])).rows[0],
    orders: (await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n,
    payments: (await t.sql.query(`SELECT count(*)::int AS n FROM payments WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n,
  });
  const pdf = async (orderId: string, format: 'a4' | 'thermal') =>
    pdfPages((await api('get', `/orders/${orderId}/tickets.pdf`).query({ format }).buffer(true).expect(200)).body as Buffer);

  beforeAll(async () => {
    t = await startTestApp({ label: 'counter-invitations' });
    tenant = await t.createTenant('invite');
    other = await t.createTenant('invite-other');
    deviceToken = (await api('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(() => t.close());

  it('a manager gives 2 invitations: total zero, paid, nothing in the ledger, list price kept, valid at the door', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2500 });
    const manager = await signInMember(t, tenant, 'manager');
    const before = await counts(ev.dateId);
    const cart = await openCart(ev, 2, manager).expect(201);
    const sold = await sell(cart.body.id, { settlement: 'invitation', ticketText: { line: 'Invité de la direction' } }, manager).expect(201);
    expect(sold.body).toMatchObject({ status: 'paid', change: 0 });

    const placed = await order(sold.body.orderId);
    expect(placed).toMatchObject({
      channel: 'ticket_office',
      status: 'paid',
      paymentMethod: 'invitation',
      total: { amount: 0 },
      paid: { amount: 0 },
      amountDue: { amount: 0 },
      balance: { amount: 0 },
      payments: [],
      ticketCount: 2,
      ticketText: { line: 'Invité de la direction', holderName: null },
    });
    // What they would have cost stays on the tickets, for reports.
    expect(
      placed.tickets.map((tk: { status: string; price: { amount: number }; listPrice: { amount: number } }) => [
        tk.status,
        tk.price.amount,
        tk.listPrice.amount,
      ]),
    ).toEqual([
      ['valid', 0, 2500],
      ['valid', 0, 2500],
    ]);
    expect(placed.history[0]).toMatchObject({
      action: 'orders.order.placed',
      actor: { kind: 'user', label: 'manager' },
      data: { paymentMethod: 'invitation' },
    });
    expect(await counts(ev.dateId)).toEqual({ availability: { sold: 2, held: 0 }, orders: before.orders + 1, payments: before.payments });

    const scan = await t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code: placed.tickets[0].code }).expect(200);
    expect(scan.body.result).toBe('accepted');
  });

  it('lets admins and managers give tickets away; the ticket office, and roles that do not sell, are refused and nothing is written', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 1500 });
    for (const role of ['admin', 'manager'] as const) {
      const token = await signInMember(t, tenant, role);
      const cart = await openCart(ev, 1, token).expect(201);
      expect((await sell(cart.body.id, { settlement: 'invitation' }, token).expect(201)).body.status).toBe('paid');
    }
    const clerk = await signInMember(t, tenant, 'ticket_office');
    const cart = await openCart(ev, 1, clerk).expect(201);
    const before = await counts(ev.dateId);
    const refused = await sell(cart.body.id, { settlement: 'invitation' }, clerk).expect(403);
    expect(refused.body).toMatchObject({ code: 'INVITATION_NOT_ALLOWED', errors: [expect.objectContaining({ field: 'settlement' })] });
    expect(await counts(ev.dateId)).toEqual(before);
    // The same clerk sells the same cart, paid.
    await sell(cart.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 1500 }] }, clerk).expect(201);
    // The shop has no such method: an online buyer cannot give themselves tickets.
    const shopCart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
      .expect(201);
    const online = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${shopCart.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'invitation' })
      .expect(400);
    expect(online.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'paymentMethod' })] });
    // Nor is it given away through any other channel: the checkout's pricing keeps `invitation` to the counter.
    const ordersBefore = (await counts(ev.dateId)).orders;
    for (const channel of ['shop', 'api', 'import'] as const) {
      const elsewhere = t.app
        .get(Checkout)
        .placeSale(tenant.scope, shopCart.body.id, { customer: { email: 'ada@example.ch' }, paymentMethod: 'invitation' }, { channel, actor: SYSTEM_ACTOR });
      await expect(elsewhere).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_ALLOWED' });
    }
    expect((await counts(ev.dateId)).orders).toBe(ordersBefore);
    for (const role of ['control', 'accounting'] as const) {
      const token = await signInMember(t, tenant, role);
      const res = await sell(cart.body.id, { settlement: 'invitation' }, token).expect(403);
      expect(res.body.code).not.toBe('INVITATION_NOT_ALLOWED');
    }
  });

  it('refuses tenders with an invitation, and ignores the cart’s promo code: it is not counted against its limit', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 4000 });
    await api('post', '/promo-codes').send({ code: 'AMIS', kind: 'percentage', percent: 10, usageLimit: 1 }).expect(201);
    const cart = await openCart(ev, 2).expect(201);
    await api('post', `/counter/carts/${cart.body.id}/promo-code`).send({ code: 'AMIS' }).expect(200);
    const withTenders = await sell(cart.body.id, { settlement: 'invitation', tenders: [{ method: 'cash', amount: 7200 }] }).expect(422);
    expect(withTenders.body).toMatchObject({ code: 'TENDERS_INVALID', errors: [expect.objectContaining({ field: 'tenders' })] });

    const given = await sell(cart.body.id, { settlement: 'invitation' }).expect(201);
    expect(await order(given.body.orderId)).toMatchObject({ paymentMethod: 'invitation', total: { amount: 0 }, promoCode: null, discount: null });
    const promo = await t.sql.query(`SELECT used_count FROM promo_codes WHERE ticketing_id = $1 AND code = 'AMIS'`, [tenant.ticketingId]);
    expect(promo.rows[0].used_count).toBe(0);
    // Still usable once, by a paying customer.
    const paying = await openCart(ev, 1).expect(201);
    await api('post', `/counter/carts/${paying.body.id}/promo-code`).send({ code: 'AMIS' }).expect(200);
    await sell(paying.body.id, { settlement: 'paid', tenders: [{ method: 'card', amount: 3600 }] }).expect(201);
  });

  it('ignores a gift voucher applied to the cart (its balance is kept) and refuses to give gift vouchers away', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 3000 });
    const voucher = (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount: 5000, currency: 'CHF' } })
        .expect(201)
    ).body;
    const cart = await openCart(ev, 1).expect(201);
    await api('post', `/counter/carts/${cart.body.id}/gift-voucher`).send({ code: voucher.code }).expect(200);
    const given = await sell(cart.body.id, { settlement: 'invitation' }).expect(201);
    expect(await order(given.body.orderId)).toMatchObject({ paymentMethod: 'invitation', total: { amount: 0 }, giftVoucher: null, payments: [] });
    const balance = await t.sql.query(`SELECT count(*)::int AS n FROM gift_voucher_redemptions WHERE ticketing_id = $1`, [tenant.ticketingId]);
    expect(balance.rows[0].n).toBe(0);

    const offer = (await api('post', '/gift-voucher-offers').send({ name: 'Bon cadeau 50 francs', currency: 'CHF', amount: 5000 }).expect(201)).body;
    const withVouchers = await openCart(ev, 1).expect(201);
    await api('put', `/counter/carts/${withVouchers.body.id}/gift-vouchers`)
      .send({ giftVouchers: [{ offerId: offer.id, quantity: 1 }] })
      .expect(200);
    const before = await counts(ev.dateId);
    const refused = await sell(withVouchers.body.id, { settlement: 'invitation' }).expect(422);
    expect(refused.body).toMatchObject({ code: 'PAYMENT_METHOD_NOT_ALLOWED', errors: [expect.objectContaining({ field: 'settlement' })] });
    expect(await counts(ev.dateId)).toEqual(before);
  });

  it('prints the line, the holder’s name and “Invitation” on the A6 and the 80 mm tickets', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const cart = await openCart(ev, 2).expect(201);
    const sold = await sell(cart.body.id, {
      customer: { firstName: 'Grace', lastName: 'Hopper' },
      settlement: 'invitation',
      ticketText: { line: '  Invité de la direction  ', holderName: 'Ada Lovelace' },
    }).expect(201);
    expect((await order(sold.body.orderId)).ticketText).toEqual({ line: 'Invité de la direction', holderName: 'Ada Lovelace' });
    for (const format of ['a4', 'thermal'] as const) {
      const pages = await pdf(sold.body.orderId, format);
      expect(pages).toHaveLength(2);
      for (const page of pages) {
        expect(page).toContain('Invitation');
        expect(page).toContain('Invité de la direction');
        expect(page).toContain('Ada Lovelace');
        expect(page).not.toContain('Grace Hopper');
      }
    }

    // The receipt: the list price, given away as an invitation, nothing paid.
    const receipt = pdfPages((await api('get', `/orders/${sold.body.orderId}/receipt.pdf`).buffer(true).expect(200)).body as Buffer).join('\n');
    expect(receipt).toMatch(/Réduction \(Invitation\)\s+−40\.00 CHF/);
    expect(receipt).toMatch(/Total\s+0\.00 CHF/);

    // A paid order prints its own line too, and the customer's name when no holder is typed; no “Invitation”.
    const paidCart = await openCart(ev, 1).expect(201);
    const paid = await sell(paidCart.body.id, {
      customer: { firstName: 'Grace', lastName: 'Hopper' },
      settlement: 'paid',
      tenders: [{ method: 'cash', amount: 2000 }],
      ticketText: { line: 'Loge 3', holderName: '   ' },
    }).expect(201);
    expect((await order(paid.body.orderId)).ticketText).toEqual({ line: 'Loge 3', holderName: null });
    const [page] = await pdf(paid.body.orderId, 'thermal');
    expect(page).toContain('Loge 3');
    expect(page).toContain('Grace Hopper');
    expect(page).not.toContain('Invitation');
  });

  it('keeps the ticket text on both orders of a split reservation', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const cart = await openCart(ev, 2).expect(201);
    const reserved = await sell(cart.body.id, { settlement: 'on_site', ticketText: { line: 'Groupe scolaire', holderName: 'Collège Voltaire' } }).expect(201);
    const tickets = (await order(reserved.body.orderId)).tickets as { id: string }[];
    const split = await api('post', `/orders/${reserved.body.orderId}/split`)
      .send({ ticketIds: [tickets[0].id], payment: { method: 'cash' } })
      .expect(201);
    for (const id of [reserved.body.orderId, split.body.id])
      expect((await order(id)).ticketText).toEqual({ line: 'Groupe scolaire', holderName: 'Collège Voltaire' });
    const [page] = await pdf(split.body.id, 'a4');
    expect(page).toContain('Groupe scolaire');
    expect(page).toContain('Collège Voltaire');
  });

  it('refuses a ticket text too long or on several lines, naming the field, and writes nothing', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 2000 });
    const cart = await openCart(ev, 1).expect(201);
    const before = await counts(ev.dateId);
    const cases: [object, string][] = [
      [{ line: 'x'.repeat(61) }, 'ticketText.line'],
      [{ holderName: 'y'.repeat(81) }, 'ticketText.holderName'],
      [{ line: 'Invité\nde la direction' }, 'ticketText.line'],
      [{ line: 42 }, 'ticketText.line'],
    ];
    for (const [ticketText, field] of cases) {
      const res = await sell(cart.body.id, { settlement: 'invitation', ticketText }).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: expect.arrayContaining([expect.objectContaining({ field })]) });
    }
    expect(await counts(ev.dateId)).toEqual(before);
    // At the bounds, it goes through.
    await sell(cart.body.id, { settlement: 'invitation', ticketText: { line: 'x'.repeat(60), holderName: 'y'.repeat(80) } }).expect(201);
  });

  it('counts invitations apart in the sales report (no revenue) and leaves them out of the cash report', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10, amount: 3000 });
    const manager = await signInMember(t, tenant, 'manager');
    await api('post', '/counter-sessions', manager).send({ openingFloat: 10000 }).expect(201);
    const soldCart = await openCart(ev, 1, manager).expect(201);
    await sell(soldCart.body.id, { settlement: 'paid', tenders: [{ method: 'cash', amount: 3000 }] }, manager).expect(201);
    const givenCart = await openCart(ev, 3, manager).expect(201);
    await sell(givenCart.body.id, { settlement: 'invitation' }, manager).expect(201);

    const report = (await api('get', '/reports/sales').expect(200)).body;
    const line = report.lines.find((l: { eventId: string }) => l.eventId === ev.eventId);
    expect(line).toMatchObject({ soldTickets: 1, invitationTickets: 3, cancelledTickets: 0, sold: { amount: 3000 }, revenue: { amount: 3000 } });

    const session = (await api('get', '/counter-sessions/current', manager).expect(200)).body;
    expect(session.totals).toEqual([expect.objectContaining({ method: 'cash', received: expect.objectContaining({ amount: 3000 }) })]);
    expect(session.expectedCash.amount).toBe(13000);
  });

  it('keeps to its ticketing: another ticketing’s admin giving our cart away is not found, before anything else', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const cart = await openCart(ev, 1).expect(201);
    // Their admin, on their own ticketing's path, names our cart: not found.
    const theirs = await api('post', `/counter/carts/${cart.body.id}/sale`, other.token, other).send({ settlement: 'invitation' });
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('CART_NOT_FOUND');
    expect((await counts(ev.dateId)).availability).toEqual({ sold: 0, held: 1 });
  });
});
