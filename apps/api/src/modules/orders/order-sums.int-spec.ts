import { startTestApp, Tenant, TestApp } from '../../test/test-app';

type Money = { amount: number; currency: string };
type Detail = {
  subtotal: Money;
  discount: Money | null;
  total: Money;
  paid: Money;
  amountDue: Money;
  tickets: { listPrice: Money; price: Money }[];
  giftVouchers: { amount: Money }[];
};

/** Issue 8: an order's confirmation adds up — list prices, a subtotal, the discount once, the total. */
describe('order sums', () => {
  let t: TestApp;
  let tenant: Tenant;
  let event: { id: string; dates: { id: string }[]; zones: { id: string }[]; prices: { id: string }[] };
  let offerId: string;
  const customer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' };

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'post', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  /** Both views of one order, checked to add up. */
  const detailsOf = async (checkout: { orderId: string; accessToken: string }): Promise<Detail> => {
    const organizer = (await api('get', `/orders/${checkout.orderId}`).expect(200)).body as Detail;
    const customerView = (await shop('get', `/orders/${checkout.orderId}`).query({ token: checkout.accessToken }).expect(200)).body as Detail;
    for (const d of [organizer, customerView]) {
      expect(d.subtotal.amount - (d.discount?.amount ?? 0)).toBe(d.total.amount);
      expect(sum(d.tickets.map((x) => x.listPrice.amount)) + sum(d.giftVouchers.map((v) => v.amount.amount))).toBe(d.subtotal.amount);
      expect(sum(d.tickets.map((x) => x.price.amount)) + sum(d.giftVouchers.map((v) => v.amount.amount))).toBe(d.total.amount);
      expect(d.total.amount - d.paid.amount).toBe(d.amountDue.amount);
    }
    expect(customerView).toMatchObject({ subtotal: organizer.subtotal, discount: organizer.discount, total: organizer.total });
    return organizer;
  };

  const buy = async (promoCode: string | null, voucherCode: string | null = null) => {
    const cart = await shop('post', '/carts')
      .send({
        items: [
          { dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 },
          { dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[1].id, quantity: 1, amount: 1550 },
        ],
        giftVouchers: [{ offerId, quantity: 1 }],
      })
      .expect(201);
    if (promoCode) await shop('post', `/carts/${cart.body.id}/promo-code`).send({ code: promoCode }).expect(200);
    if (voucherCode) await shop('post', `/carts/${cart.body.id}/gift-voucher`).send({ code: voucherCode }).expect(200);
    return (await shop('post', `/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201)).body;
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'ordersums' });
    tenant = await t.createTenant('ordersums');
    event = (
      await api('post', '/events')
        .send({
          name: 'Soirée',
          status: 'published',
          dates: [{ startsAt: '2027-05-01T20:00:00+02:00' }],
          zones: [{ name: 'Salle', capacity: 100 }],
          prices: [
            { name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] },
            { name: 'Prix libre', kind: 'pay_what_you_want', amounts: [{ amount: 1000, currency: 'CHF' }] },
          ],
        })
        .expect(201)
    ).body;
    offerId = (await api('post', '/gift-voucher-offers').send({ name: 'Bon 50', currency: 'CHF', amount: 5000 }).expect(201)).body.id;
    await api('post', '/promo-codes').send({ code: 'DIX', kind: 'percentage', percent: 10 }).expect(201);
    await api('post', '/promo-codes')
      .send({ code: 'MOINS7', kind: 'fixed_amount', amount: { amount: 700, currency: 'CHF' } })
      .expect(201);
  });
  afterAll(() => t.close());

  it('adds up without a promo code', async () => {
    const d = await detailsOf(await buy(null));
    expect(d.subtotal.amount).toBe(3000 + 3000 + 1550 + 5000);
    expect(d.discount).toBeNull();
  });

  it('adds up with a percentage: list prices kept, the discount once, tickets at what they were sold for', async () => {
    const d = await detailsOf(await buy('DIX'));
    expect(d.tickets.map((x) => [x.listPrice.amount, x.price.amount])).toEqual([
      [3000, 2700],
      [3000, 2700],
      [1550, 1395],
    ]);
    expect(d).toMatchObject({ subtotal: { amount: 12550 }, discount: { amount: 755 }, total: { amount: 11795 } });
  });

  it('adds up with a fixed amount spread over the tickets, and a gift voucher paying part of it', async () => {
    const voucher = (
      await api('post', '/gift-vouchers')
        .send({ amount: { amount: 2000, currency: 'CHF' } })
        .expect(201)
    ).body;
    const d = await detailsOf(await buy('MOINS7', voucher.code));
    expect(sum(d.tickets.map((x) => x.listPrice.amount - x.price.amount))).toBe(700);
    expect(d).toMatchObject({
      subtotal: { amount: 12550 },
      discount: { amount: 700 },
      total: { amount: 11850 },
      paid: { amount: 2000 },
      amountDue: { amount: 9850 },
    });
  });
});
