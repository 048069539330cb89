import { SYSTEM_ACTOR } from '../../platform/audit/actor';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

/** The payments ledger: every payment and refund is an appended row; what is paid and due is derived from it. */
describe('the payments ledger', () => {
  let t: TestApp;
  let tenant: Tenant;
  let ev: { dateId: string; zoneId: string; priceId: string };

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const payments = async (orderId: string) =>
    (await t.sql.query(`SELECT method, amount, currency, status, actor_kind, actor_label FROM payments WHERE order_id = $1 ORDER BY at`, [orderId])).rows;

  beforeAll(async () => {
    t = await startTestApp({ label: 'ledger' });
    tenant = await t.createTenant('ledger');
    ev = await t.createEvent(tenant, { amount: 3030, capacity: 100 });
  });
  afterAll(() => t.close());

  it('records a payment at the ticket office as a ledger row; list and detail show paid and due', async () => {
    const { body: placed } = await buy(t, tenant, ev, 3);
    const before = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(before).toMatchObject({
      status: 'reserved',
      total: { amount: 9090, currency: 'CHF' },
      paid: { amount: 0 },
      refunded: { amount: 0 },
      amountDue: { amount: 9090 },
      balance: { amount: 9090 },
      payments: [],
      refunds: [],
      paidAt: null,
    });
    expect(await payments(placed.orderId)).toEqual([]);

    const paid = (await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200)).body;
    expect(paid).toMatchObject({ status: 'paid', paid: { amount: 9090 }, amountDue: { amount: 0 }, balance: { amount: 0 } });
    expect(paid.payments).toEqual([
      expect.objectContaining({
        method: 'cash',
        amount: { amount: 9090, currency: 'CHF' },
        status: 'succeeded',
        actor: { kind: 'user', label: expect.any(String) },
      }),
    ]);
    expect(paid.paidAt).toEqual(expect.any(String));
    expect(paid.history.map((h: { action: string }) => h.action)).toContain('orders.order.paid');
    expect(await payments(placed.orderId)).toEqual([
      { method: 'cash', amount: 9090, currency: 'CHF', status: 'succeeded', actor_kind: 'user', actor_label: expect.any(String) },
    ]);

    const listed = (await api('get', '/orders').query({ q: placed.orderNumber }).expect(200)).body.items[0];
    expect(listed).toMatchObject({ status: 'paid', paid: { amount: 9090 }, amountDue: { amount: 0 }, paidAt: paid.paidAt });
  });

  it('keeps what a cash customer handed over for a reservation, with the terminal’s reference for a card; refuses change on anything but cash or below what is due', async () => {
    const { body: cash } = await buy(t, tenant, ev, 1);
    for (const [body, field, message] of [
      [{ method: 'cash', given: 3000 }, 'given', 'less than the 3030 due'],
      [{ method: 'card', given: 5000 }, 'given', 'only cash is handed over with change'],
    ] as const) {
      const refused = await api('post', `/orders/${cash.orderId}/payment`).send(body).expect(422);
      expect(refused.body).toMatchObject({ code: 'TENDERS_INVALID', errors: [{ field, message }] });
    }
    expect(await payments(cash.orderId)).toEqual([]);
    const paid = (await api('post', `/orders/${cash.orderId}/payment`).send({ method: 'cash', given: 5000 }).expect(200)).body;
    expect(paid.payments).toEqual([expect.objectContaining({ method: 'cash', amount: { amount: 3030, currency: 'CHF' }, cashGiven: 5000 })]);

    const { body: card } = await buy(t, tenant, ev, 1);
    const byCard = (await api('post', `/orders/${card.orderId}/payment`).send({ method: 'card', reference: ' TPE-4411 ' }).expect(200)).body;
    expect(byCard.payments).toEqual([expect.objectContaining({ method: 'card', cashGiven: null, providerReference: 'TPE-4411' })]);
  });

  it('refuses a second payment of the same order and writes no second row', async () => {
    const { body: placed } = await buy(t, tenant, ev, 1);
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'card' }).expect(200);
    const again = await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(409);
    expect(again.body).toMatchObject({ code: 'ORDER_NOT_AWAITING_PAYMENT', orderStatus: 'paid' });
    expect(await payments(placed.orderId)).toHaveLength(1);
  });

  it('of two clerks recording the same payment at the same moment, exactly one is booked', async () => {
    for (let round = 0; round < 5; round++) {
      const { body: placed } = await buy(t, tenant, ev, 1);
      const results = await Promise.all(['cash', 'card', 'bank_transfer'].map((method) => api('post', `/orders/${placed.orderId}/payment`).send({ method })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      expect(await payments(placed.orderId)).toHaveLength(1);
    }
  });

  it('derives the balance with refunds: total − payments + refunds', async () => {
    const { body: placed } = await buy(t, tenant, ev, 2);
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const ledger = t.app.get(PaymentsReconciliationService);
    await ledger.recordRefund(tenant.scope, {
      orderId: placed.orderId,
      method: 'cash',
      amount: 1000,
      currency: 'CHF',
      actor: SYSTEM_ACTOR,
      at: new Date(),
      reason: 'geste commercial',
    });
    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order).toMatchObject({ paid: { amount: 6060 }, refunded: { amount: 1000 }, balance: { amount: 1000 }, amountDue: { amount: 0 } });
    expect(order.refunds).toEqual([expect.objectContaining({ method: 'cash', amount: { amount: 1000, currency: 'CHF' }, reason: 'geste commercial' })]);
  });

  it('is append-only: PostgreSQL refuses to edit or delete a settled row', async () => {
    const { body: placed } = await buy(t, tenant, ev, 1);
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    await expect(t.sql.query(`UPDATE payments SET amount = 1 WHERE order_id = $1`, [placed.orderId])).rejects.toThrow(/append-only/);
    await expect(t.sql.query(`UPDATE payments SET status = 'failed' WHERE order_id = $1`, [placed.orderId])).rejects.toThrow(/append-only/);
    await expect(t.sql.query(`DELETE FROM payments WHERE order_id = $1`, [placed.orderId])).rejects.toThrow(/append-only/);
    expect(await payments(placed.orderId)).toEqual([expect.objectContaining({ amount: 3030, status: 'succeeded' })]);
  });

  it('lets a pending row settle once, and only its status and the provider’s words change', async () => {
    const { body: placed } = await buy(t, tenant, ev, 1);
    await t.app.get(PaymentsReconciliationService).recordPayment(tenant.scope, {
      orderId: placed.orderId,
      method: 'card',
      amount: 3030,
      currency: 'CHF',
      status: 'pending',
      actor: SYSTEM_ACTOR,
      at: new Date(),
    });
    const reserved = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(reserved).toMatchObject({ paid: { amount: 0 }, amountDue: { amount: 3030 }, payments: [expect.objectContaining({ status: 'pending' })] });
    await t.sql.query(`UPDATE payments SET status = 'succeeded', note = 'Autorisé (code 00)' WHERE order_id = $1`, [placed.orderId]);
    await expect(t.sql.query(`UPDATE payments SET status = 'failed' WHERE order_id = $1`, [placed.orderId])).rejects.toThrow(/append-only/);
    expect((await api('get', `/orders/${placed.orderId}`).expect(200)).body.paid).toEqual({ amount: 3030, currency: 'CHF' });
  });

  it('records what a gift voucher paid at checkout as a payment of the order', async () => {
    const voucher = (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount: 2000, currency: 'CHF' } })
        .expect(201)
    ).body;
    const cart = (
      await t
        .http()
        .post(`/api/v1/shop/${tenant.slug}/carts`)
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
        .expect(201)
    ).body;
    await t.http().post(`/api/v1/shop/${tenant.slug}/carts/${cart.id}/gift-voucher`).send({ code: voucher.code }).expect(200);
    const placed = (
      await t
        .http()
        .post(`/api/v1/shop/${tenant.slug}/carts/${cart.id}/checkout`)
        .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' })
        .expect(201)
    ).body;
    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order).toMatchObject({
      status: 'reserved',
      paid: { amount: 2000 },
      amountDue: { amount: 1030 },
      giftVoucher: { code: voucher.code.replace(/-/g, ''), amount: { amount: 2000 } },
      payments: [
        expect.objectContaining({ method: 'gift_voucher', amount: { amount: 2000, currency: 'CHF' }, actor: { kind: 'customer', label: 'Ada Lovelace' } }),
      ],
    });
    // At the counter, only what is left is due.
    const paid = (await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200)).body;
    expect(paid.payments.map((p: { method: string; amount: { amount: number } }) => [p.method, p.amount.amount])).toEqual([
      ['gift_voucher', 2000],
      ['cash', 1030],
    ]);
  });
});
