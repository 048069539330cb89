import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** CAT-10: a code with a balance, spent partly and atomically by later orders. */
describe('gift vouchers', () => {
  const clock = new FixedClock(new Date('2027-02-01T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let ev: { dateId: string; zoneId: string; priceId: string };

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'post' | 'delete', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const customer = { firstName: 'Noé', lastName: 'Perret', email: 'noe@example.ch' };
  const issue = async (amount: number, extra: object = {}) =>
    (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount, currency: 'CHF' }, ...extra })
        .expect(201)
    ).body;
  const cartOf = async (quantity: number) =>
    (
      await shop('post', '/carts')
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
        .expect(201)
    ).body as { id: string };
  const checkout = (cartId: string, paymentMethod: 'free' | 'on_site') => shop('post', `/carts/${cartId}/checkout`).send({ customer, paymentMethod });

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'vouchers' });
    tenant = await t.createTenant('vouchers');
    ev = await t.createEvent(tenant, { amount: 1500, capacity: 100 });
  });
  afterAll(() => t.close());

  it('pays a whole order, then part of the next one, and is then empty', async () => {
    const voucher = await issue(5000, { note: 'Concours de Noël' });
    expect(voucher).toMatchObject({ initialAmount: { amount: 5000, currency: 'CHF' }, balance: { amount: 5000 }, status: 'active', note: 'Concours de Noël' });
    expect(voucher.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const typed = voucher.code.toLowerCase().replace(/-/g, ' ');

    const first = await cartOf(2);
    const applied = await shop('post', `/carts/${first.id}/gift-voucher`).send({ code: typed }).expect(200);
    expect(applied.body).toMatchObject({ subtotal: { amount: 3000 }, giftVoucher: { amount: 3000 }, total: { amount: 0 } });
    const paid = await checkout(first.id, 'free').expect(201);
    const order = (await api('get', `/orders/${paid.body.orderId}`).expect(200)).body;
    expect(order).toMatchObject({
      status: 'paid',
      paymentMethod: 'gift_voucher',
      total: { amount: 3000 },
      amountDue: { amount: 0 },
      giftVoucher: { amount: { amount: 3000 } },
    });

    const second = await cartOf(2);
    await shop('post', `/carts/${second.id}/gift-voucher`).send({ code: voucher.code }).expect(200);
    const wrongMethod = await checkout(second.id, 'free').expect(422);
    expect(wrongMethod.body.code).toBe('PAYMENT_METHOD_NOT_ALLOWED');
    const partly = await checkout(second.id, 'on_site').expect(201);
    const rest = (await api('get', `/orders/${partly.body.orderId}`).expect(200)).body;
    expect(rest).toMatchObject({
      status: 'reserved',
      paymentMethod: 'on_site',
      total: { amount: 3000 },
      amountDue: { amount: 1000 },
      giftVoucher: { amount: { amount: 2000 } },
    });

    const after = (await api('get', `/gift-vouchers/${voucher.id}`).expect(200)).body;
    expect(after.balance.amount).toBe(0);
    expect(after.redemptions.map((r: { orderId: string; amount: { amount: number } }) => [r.orderId, r.amount.amount])).toEqual([
      [paid.body.orderId, 3000],
      [partly.body.orderId, 2000],
    ]);
    const third = await cartOf(1);
    const empty = await shop('post', `/carts/${third.id}/gift-voucher`).send({ code: voucher.code }).expect(422);
    expect(empty.body).toMatchObject({ code: 'GIFT_VOUCHER_EMPTY', errors: [{ field: 'code' }] });
  });

  it('never lets two orders spend the same balance', async () => {
    const voucher = await issue(4000);
    const carts = await Promise.all(Array.from({ length: 6 }, () => cartOf(2)));
    for (const c of carts) await shop('post', `/carts/${c.id}/gift-voucher`).send({ code: voucher.code }).expect(200);
    const results = await Promise.all(carts.map((c) => checkout(c.id, 'free')));
    // Each order wants 30.00 of a 40.00 voucher: exactly one gets it; the others are told to apply it again.
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'GIFT_VOUCHER_UNAVAILABLE')).toBe(true);
    const after = (await api('get', `/gift-vouchers/${voucher.id}`).expect(200)).body;
    expect(after.balance.amount).toBe(1000);
    expect(after.redemptions).toHaveLength(1);
  });

  it('refuses expired, cancelled and foreign-currency vouchers', async () => {
    const cart = await cartOf(1);
    const refusal = async (code: string) => (await shop('post', `/carts/${cart.id}/gift-voucher`).send({ code }).expect(422)).body.code;
    expect(await refusal('NOPE-NOPE-NOPE')).toBe('GIFT_VOUCHER_UNKNOWN');
    const soon = await issue(1000, { expiresAt: '2027-02-01T13:00:00Z' });
    const cancelled = await issue(1000);
    await api('post', `/gift-vouchers/${cancelled.id}/cancel`).expect(200);
    expect(await refusal(cancelled.code)).toBe('GIFT_VOUCHER_UNKNOWN');
    const euros = (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount: 1000, currency: 'EUR' } })
        .expect(201)
    ).body;
    expect(await refusal(euros.code)).toBe('GIFT_VOUCHER_CURRENCY');
    clock.advance(2 * 3600 * 1000);
    const fresh = await cartOf(1);
    const expired = await shop('post', `/carts/${fresh.id}/gift-voucher`).send({ code: soon.code }).expect(422);
    expect(expired.body.code).toBe('GIFT_VOUCHER_EXPIRED');
  });
});
