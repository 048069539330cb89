import { execFileSync } from 'node:child_process';
import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** The text of a PDF, read by poppler's pdftotext (an independent reader; `npm test` installs poppler-utils). */
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');

/** CAT-10: gift vouchers sold in the shop like an item, spendable once their order is paid. */
describe('gift vouchers sold in the shop', () => {
  const clock = new FixedClock(new Date('2027-02-01T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: { dateId: string; zoneId: string; priceId: string };
  let fixed: { id: string };
  let free: { id: string };

  const api = (method: 'get' | 'post' | 'patch', path: string, who = () => tenant) =>
    t.http()[method](`/api/v1/ticketings/${who().ticketingId}${path}`).set('authorization', `Bearer ${who().token}`);
  const shop = (method: 'get' | 'post', path: string, who = () => tenant) => t.http()[method](`/api/v1/shop/${who().slug}${path}`);
  const customer = { firstName: 'Léa', lastName: 'Monnier', email: 'lea@example.ch' };
  const checkout = (cartId: string, paymentMethod: 'free' | 'on_site') => shop('post', `/carts/${cartId}/checkout`).send({ customer, paymentMethod });
  const rowCount = async (table: string) => Number((await t.sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'voucher-sales' });
    tenant = await t.createTenant('voucher-sales');
    other = await t.createTenant('voucher-sales-other');
    ev = await t.createEvent(tenant, { amount: 3000, capacity: 100 });
    fixed = (await api('post', '/gift-voucher-offers').send({ name: 'Bon cadeau 50 francs', currency: 'CHF', amount: 5000 }).expect(201)).body;
    free = (
      await api('post', '/gift-voucher-offers')
        .send({ name: 'Bon cadeau au choix', currency: 'CHF', minAmount: 2000, maxAmount: 20000, validityMonths: 24 })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  it('lists what the organizer sells, in order, and only what is on sale in the shop', async () => {
    const hidden = (await api('post', '/gift-voucher-offers').send({ name: 'Ancien bon', currency: 'CHF', amount: 1000, onSale: false }).expect(201)).body;
    const all = (await api('get', '/gift-voucher-offers').expect(200)).body.items;
    expect(all.map((o: { name: string }) => o.name)).toEqual(['Bon cadeau 50 francs', 'Bon cadeau au choix', 'Ancien bon']);
    expect(all[1]).toMatchObject({
      amount: null,
      minAmount: { amount: 2000, currency: 'CHF' },
      maxAmount: { amount: 20000 },
      validityMonths: 24,
      onSale: true,
    });
    const offered = (await shop('get', '/gift-voucher-offers').expect(200)).body.items;
    expect(offered.map((o: { id: string }) => o.id)).toEqual([fixed.id, free.id]);
    const inCart = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: hidden.id, quantity: 1 }] })
      .expect(422);
    expect(inCart.body).toMatchObject({ code: 'GIFT_VOUCHER_OFFER_NOT_ON_SALE', errors: [{ field: 'giftVouchers[0].offerId' }] });
  });

  it('refuses an offer without a value, with both kinds of value, or with a range upside down — and writes nothing', async () => {
    const before = await rowCount('gift_voucher_offers');
    const none = await api('post', '/gift-voucher-offers').send({ name: 'Sans valeur', currency: 'CHF' }).expect(400);
    expect(none.body.errors[0].field).toBe('minAmount');
    const both = await api('post', '/gift-voucher-offers')
      .send({ name: 'Les deux', currency: 'CHF', amount: 5000, minAmount: 1000, maxAmount: 9000 })
      .expect(400);
    expect(both.body.errors[0].field).toBe('amount');
    const upside = await api('post', '/gift-voucher-offers').send({ name: 'À l’envers', currency: 'CHF', minAmount: 9000, maxAmount: 1000 }).expect(400);
    expect(upside.body.errors[0].field).toBe('maxAmount');
    const patch = await api('patch', `/gift-voucher-offers/${fixed.id}`).send({ minAmount: 1000 }).expect(400);
    expect(patch.body.errors[0].field).toBe('amount');
    expect(await rowCount('gift_voucher_offers')).toBe(before);
    expect((await api('get', `/gift-voucher-offers/${fixed.id}`).expect(200)).body.amount).toEqual({ amount: 5000, currency: 'CHF' });
  });

  it('sells vouchers with tickets; they wait for the order to be paid, then pay for tickets of a later order', async () => {
    const cart = await shop('post', '/carts')
      .send({
        items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }],
        giftVouchers: [
          { offerId: fixed.id, quantity: 2 },
          { offerId: free.id, quantity: 1, amount: 7500 },
        ],
      })
      .expect(201);
    expect(cart.body).toMatchObject({
      subtotal: { amount: 3000 + 2 * 5000 + 7500 },
      total: { amount: 20500 },
      giftVouchers: [
        { offerId: fixed.id, name: 'Bon cadeau 50 francs', quantity: 2, unitPrice: { amount: 5000 }, lineTotal: { amount: 10000 }, validityMonths: 12 },
        { offerId: free.id, quantity: 1, unitPrice: { amount: 7500 }, validityMonths: 24 },
      ],
    });
    const placed = await checkout(cart.body.id, 'on_site').expect(201);
    const order = (await api('get', `/orders/${placed.body.orderId}`).expect(200)).body;
    expect(order).toMatchObject({ status: 'reserved', total: { amount: 20500 }, amountDue: { amount: 20500 }, ticketCount: 1, paidAt: null });
    expect(order.giftVouchers).toHaveLength(3);
    expect(order.giftVouchers.map((v: { amount: { amount: number } }) => v.amount.amount)).toEqual([5000, 5000, 7500]);
    expect(order.giftVouchers[0]).toMatchObject({ name: 'Bon cadeau 50 francs', usable: false, expiresAt: '2028-02-01T12:00:00.000Z' });
    expect(order.giftVouchers[2].expiresAt).toBe('2029-02-01T12:00:00.000Z');
    const code = order.giftVouchers[2].code as string;
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    // The customer sees them too, and the backoffice's voucher list says they await payment.
    const mine = (await shop('get', `/orders/${placed.body.orderId}?token=${placed.body.accessToken}`).expect(200)).body;
    expect(mine.giftVouchers.map((v: { code: string }) => v.code)).toEqual(order.giftVouchers.map((v: { code: string }) => v.code));
    const listed = (await api('get', '/gift-vouchers').expect(200)).body.items.filter((v: { orderId: string }) => v.orderId === placed.body.orderId);
    expect(listed).toHaveLength(3);
    expect(listed.every((v: { status: string }) => v.status === 'awaiting_payment')).toBe(true);

    const later = await shop('post', '/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 2 }] })
      .expect(201);
    const early = await shop('post', `/carts/${later.body.id}/gift-voucher`).send({ code }).expect(422);
    expect(early.body).toMatchObject({ code: 'GIFT_VOUCHER_NOT_PAID', errors: [{ field: 'code' }] });

    // The ticket office receives the money.
    const paid = await api('post', `/orders/${placed.body.orderId}/payment`).send({ method: 'cash' }).expect(200);
    expect(paid.body).toMatchObject({ status: 'paid', amountDue: { amount: 0 }, paidAt: '2027-02-01T12:00:00.000Z' });
    expect(paid.body.giftVouchers.every((v: { usable: boolean }) => v.usable)).toBe(true);
    expect(paid.body.history.at(-1)).toMatchObject({
      action: 'orders.order.paid',
      actor: { kind: 'user' },
      data: { method: 'cash', amount: { amount: 20500 } },
    });
    const twice = await api('post', `/orders/${placed.body.orderId}/payment`).send({ method: 'cash' }).expect(409);
    expect(twice.body).toMatchObject({ code: 'ORDER_NOT_AWAITING_PAYMENT', orderStatus: 'paid' });

    const applied = await shop('post', `/carts/${later.body.id}/gift-voucher`).send({ code }).expect(200);
    expect(applied.body).toMatchObject({ giftVoucher: { amount: 6000 }, total: { amount: 0 } });
    const spent = await checkout(later.body.id, 'free').expect(201);
    const voucher = (await api('get', '/gift-vouchers').expect(200)).body.items.find((v: { code: string }) => v.code === code);
    expect(voucher).toMatchObject({
      status: 'active',
      balance: { amount: 1500 },
      orderId: placed.body.orderId,
      redemptions: [{ orderId: spent.body.orderId }],
    });
  });

  it('shows and prints a voucher as sales holds it: one the organizer cancels is cancelled on its order too', async () => {
    const cart = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: fixed.id, quantity: 1 }] })
      .expect(201);
    const placed = (await checkout(cart.body.id, 'on_site').expect(201)).body;
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'card' }).expect(200);
    const sold = (await api('get', `/orders/${placed.orderId}`).expect(200)).body.giftVouchers[0];
    expect(sold).toMatchObject({ status: 'active', usable: true });

    await api('post', `/gift-vouchers/${sold.id}/cancel`).expect(200);
    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order.giftVouchers[0]).toMatchObject({ id: sold.id, code: sold.code, status: 'cancelled', usable: false });
    const mine = (await shop('get', `/orders/${placed.orderId}?token=${placed.accessToken}`).expect(200)).body;
    expect(mine.giftVouchers[0]).toMatchObject({ status: 'cancelled', usable: false });

    // The PDF, read back as text: the voucher page says it is cancelled, never that it is valid.
    const pdf = await api('get', `/orders/${placed.orderId}/tickets.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain(sold.code);
    expect(text).toContain('ANNULÉ');
    expect(text).not.toContain('Valable jusqu');
  });

  it('sells vouchers alone; a voucher never pays for other vouchers', async () => {
    const issued = (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount: 10000, currency: 'CHF' } })
        .expect(201)
    ).body;
    const cart = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: free.id, quantity: 1, amount: 4000 }] })
      .expect(201);
    expect(cart.body).toMatchObject({ items: [], total: { amount: 4000 } });
    const refused = await shop('post', `/carts/${cart.body.id}/gift-voucher`).send({ code: issued.code }).expect(422);
    expect(refused.body.code).toBe('GIFT_VOUCHER_NOT_FOR_VOUCHERS');
    expect((await checkout(cart.body.id, 'free').expect(422)).body.code).toBe('PAYMENT_METHOD_NOT_ALLOWED');
    const placed = await checkout(cart.body.id, 'on_site').expect(201);
    const order = (await api('get', `/orders/${placed.body.orderId}`).expect(200)).body;
    expect(order).toMatchObject({ status: 'reserved', ticketCount: 0, total: { amount: 4000 } });
    expect(order.giftVouchers).toHaveLength(1);
  });

  it('adds, changes and removes the vouchers of an open cart without touching its tickets', async () => {
    const cart = await shop('post', '/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 2 }] })
      .expect(201);
    const held = Number((await t.sql.query(`SELECT held FROM availabilities WHERE date_id = $1`, [ev.dateId])).rows[0].held);
    const added = await t
      .http()
      .put(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/gift-vouchers`)
      .send({ giftVouchers: [{ offerId: fixed.id, quantity: 1 }] })
      .expect(200);
    expect(added.body).toMatchObject({ items: [{ quantity: 2 }], giftVouchers: [{ offerId: fixed.id, quantity: 1 }], subtotal: { amount: 6000 + 5000 } });
    const changed = await t
      .http()
      .put(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/gift-vouchers`)
      .send({ giftVouchers: [{ offerId: free.id, quantity: 2, amount: 2500 }] })
      .expect(200);
    expect(changed.body).toMatchObject({ giftVouchers: [{ offerId: free.id, quantity: 2, lineTotal: { amount: 5000 } }], subtotal: { amount: 11000 } });
    const refused = await t
      .http()
      .put(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/gift-vouchers`)
      .send({ giftVouchers: [{ offerId: free.id, quantity: 1, amount: 50 }] })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('giftVouchers[0].amount');
    const removed = await t.http().put(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/gift-vouchers`).send({ giftVouchers: [] }).expect(200);
    expect(removed.body).toMatchObject({ giftVouchers: [], subtotal: { amount: 6000 }, items: [{ quantity: 2 }] });
    expect(Number((await t.sql.query(`SELECT held FROM availabilities WHERE date_id = $1`, [ev.dateId])).rows[0].held)).toBe(held);

    // A cart of vouchers only cannot be emptied this way: it is released instead.
    const only = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: fixed.id, quantity: 1 }] })
      .expect(201);
    const empty = await t.http().put(`/api/v1/shop/${tenant.slug}/carts/${only.body.id}/gift-vouchers`).send({ giftVouchers: [] }).expect(400);
    expect(empty.body.errors[0].field).toBe('giftVouchers');
  });

  it('refuses a value out of range, a value on a fixed voucher, a currency the offer is not sold in, an empty cart', async () => {
    const before = await rowCount('carts');
    const low = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: free.id, quantity: 1, amount: 1000 }] })
      .expect(400);
    expect(low.body.errors[0].field).toBe('giftVouchers[0].amount');
    const missing = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: free.id, quantity: 1 }] })
      .expect(400);
    expect(missing.body.errors[0].field).toBe('giftVouchers[0].amount');
    const onFixed = await shop('post', '/carts')
      .send({ giftVouchers: [{ offerId: fixed.id, quantity: 1, amount: 9000 }] })
      .expect(400);
    expect(onFixed.body.errors[0].field).toBe('giftVouchers[0].amount');
    const euros = await shop('post', '/carts')
      .send({ currency: 'EUR', giftVouchers: [{ offerId: fixed.id, quantity: 1 }] })
      .expect(422);
    expect(euros.body).toMatchObject({ code: 'CURRENCY_NOT_OFFERED', errors: [{ field: 'giftVouchers[0].offerId' }] });
    const empty = await shop('post', '/carts').send({}).expect(400);
    expect(empty.body.errors[0].field).toBe('items');
    expect(await rowCount('carts')).toBe(before);
  });

  it("keeps offers and payments to their ticketing: another tenant's ids are not found", async () => {
    await api('get', `/gift-voucher-offers/${fixed.id}`, () => other).expect(404);
    await api('patch', `/gift-voucher-offers/${fixed.id}`, () => other)
      .send({ onSale: false })
      .expect(404);
    const foreign = await shop('post', '/carts', () => other)
      .send({ giftVouchers: [{ offerId: fixed.id, quantity: 1 }] })
      .expect(422);
    expect(foreign.body.code).toBe('GIFT_VOUCHER_OFFER_NOT_ON_SALE');
    const cart = await shop('post', '/carts')
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
      .expect(201);
    const placed = await checkout(cart.body.id, 'on_site').expect(201);
    await api('post', `/orders/${placed.body.orderId}/payment`, () => other)
      .send({ method: 'card' })
      .expect(404);
    expect((await api('get', `/orders/${placed.body.orderId}`).expect(200)).body.status).toBe('reserved');
    expect((await api('get', `/gift-voucher-offers/${fixed.id}`).expect(200)).body.onSale).toBe(true);
  });
});
