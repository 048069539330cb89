import { decodeQrCodesFromPdf } from '../support/pdf';
import { Stack, STACK_START_MS, startStack } from '../support/stack';

/** The walking skeleton through the typed client only: sell, email a PDF, scan its QR codes. */
describe('a sale from the API to the door', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ spas: false });
  }, STACK_START_MS);
  afterAll(() => stack?.stop());

  it('emails a PDF whose QR codes the scanner accepts once', async () => {
    const anonymous = stack.client();
    const login = await anonymous.POST('/api/v1/auth/login', { body: { email: 'admin@remparts.demo', password: 'remparts-demo' } });
    expect(login.response.status).toBe(200);
    const admin = stack.client(login.data!.accessToken);
    const ticketingId = login.data!.user.ticketings[0].id;

    const created = await admin.POST('/api/v1/ticketings/{ticketingId}/events', {
      params: { path: { ticketingId } },
      body: {
        status: 'published',
        name: 'Répétition publique',
        dates: [{ startsAt: '2027-02-02T19:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 30 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 1800, currency: 'CHF' }] }],
      },
    });
    expect(created.response.status).toBe(201);
    const event = created.data!;

    const cart = await anonymous.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: 'remparts' } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 }] },
    });
    expect(cart.response.status).toBe(201);
    const checkout = await anonymous.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: 'remparts', cartId: cart.data!.id } },
      body: { customer: { firstName: 'Jeanne', lastName: 'Dubois', email: 'jeanne.dubois@example.ch' }, paymentMethod: 'on_site' },
    });
    expect(checkout.response.status).toBe(201);

    const mail = await stack.mailbox.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes('jeanne.dubois@example.ch'));
    expect(mail.subject).toContain(checkout.data!.orderNumber);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf).toBeDefined();
    const codes = await decodeQrCodesFromPdf(pdf!.content);
    expect(codes).toHaveLength(2);

    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId: checkout.data!.orderId } } });
    expect(new Set(codes)).toEqual(new Set(order.data!.tickets.map((t) => t.code)));
    expect(order.data!.history.map((h) => h.action)).toEqual(['orders.order.placed', 'orders.order.email_sent']);

    const device = await admin.POST('/api/v1/ticketings/{ticketingId}/control-devices', { params: { path: { ticketingId } }, body: { name: 'Porte A' } });
    const scanner = stack.client(device.data!.token);
    // Paid on site: refused at the door until the ticket office records the payment.
    expect((await scanner.POST('/api/v1/control/scans', { body: { code: codes[0] } })).data).toMatchObject({ result: 'not_paid', valid: false });
    const paid = await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', {
      params: { path: { ticketingId, orderId: checkout.data!.orderId } },
      body: { method: 'cash' },
    });
    expect(paid.response.status).toBe(200);
    const first = await scanner.POST('/api/v1/control/scans', { body: { code: codes[0] } });
    expect(first.data).toMatchObject({ result: 'accepted', valid: true });
    const second = await scanner.POST('/api/v1/control/scans', { body: { code: codes[0] } });
    expect(second.data).toMatchObject({ result: 'already_used', valid: false, firstScannedAt: first.data!.scannedAt });
    const other = await scanner.POST('/api/v1/control/scans', { body: { code: codes[1] } });
    expect(other.data!.result).toBe('accepted');
  });
});
