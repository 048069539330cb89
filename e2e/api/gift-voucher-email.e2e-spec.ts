import { formatMoney } from '../../apps/api/src/platform/documents/format';
import { decodeQrCodesFromPdf, readPdf } from '../support/pdf';
import { Stack, STACK_START_MS, startStack } from '../support/stack';

/** CAT-10 through the typed client: a gift voucher bought with a ticket reaches the buyer in the email's PDF. */
/** Amounts as the SPAs write them (the server's emails and PDFs write them the same way); spaces made plain. */
const chf = (amount: number) => formatMoney({ amount, currency: 'CHF' }).replace(/[\u00a0\u202f]/g, ' ');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('a gift voucher sold in the shop, to the email', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ spas: false });
  }, STACK_START_MS);
  afterAll(() => stack?.stop());

  it('prints the voucher after the ticket, with its code, value and validity, pending until the order is paid', async () => {
    const anonymous = stack.client();
    const login = await anonymous.POST('/api/v1/auth/login', { body: { email: 'admin@remparts.demo', password: 'remparts-demo' } });
    const admin = stack.client(login.data!.accessToken);
    const ticketingId = login.data!.user.ticketings[0].id;

    const offer = await admin.POST('/api/v1/ticketings/{ticketingId}/gift-voucher-offers', {
      params: { path: { ticketingId } },
      body: { name: 'Bon cadeau de saison', currency: 'CHF', minAmount: 2000, maxAmount: 30000, validityMonths: 12 },
    });
    expect(offer.response.status).toBe(201);
    const created = await admin.POST('/api/v1/ticketings/{ticketingId}/events', {
      params: { path: { ticketingId } },
      body: {
        status: 'published',
        name: 'Concert des fêtes',
        dates: [{ startsAt: '2027-12-20T19:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 30 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3500, currency: 'CHF' }] }],
      },
    });
    const event = created.data!;

    const cart = await anonymous.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: 'remparts' } },
      body: {
        items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 1 }],
        giftVouchers: [{ offerId: offer.data!.id, quantity: 1, amount: 12000 }],
      },
    });
    expect(cart.response.status).toBe(201);
    expect(cart.data!.total).toEqual({ amount: 15500, currency: 'CHF' });
    const checkout = await anonymous.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: 'remparts', cartId: cart.data!.id } },
      body: { customer: { firstName: 'Agathe', lastName: 'Roux', email: 'agathe.roux@example.ch' }, paymentMethod: 'on_site' },
    });
    expect(checkout.response.status).toBe(201);
    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId: checkout.data!.orderId } } });
    const voucher = order.data!.giftVouchers[0];
    expect(voucher).toMatchObject({ name: 'Bon cadeau de saison', amount: { amount: 12000, currency: 'CHF' }, usable: false });

    const mail = await stack.mailbox.waitFor((m) => JSON.stringify(m.to ?? '').includes('agathe.roux@example.ch'));
    expect(plain(mail.text!)).toContain(`Bon cadeau ${voucher.code} : ${chf(12000)}`);
    expect(mail.text).toContain('utilisable dès le paiement de la commande');
    expect(plain(mail.text!)).toContain(`À régler sur place : ${chf(15500)}`);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!.content;
    const read = await readPdf(pdf);
    expect(read.renderedPages).toBe(2);
    expect(read.pages[0]).toContain('Concert des fêtes');
    expect(read.pages[1]).toContain('Bon cadeau');
    expect(read.pages[1]).toContain(voucher.code);
    expect(plain(read.pages[1])).toContain(chf(12000));
    expect(read.pages[1]).toContain('Utilisable dès le paiement de la commande.');
    // The ticket's QR code still reads; the voucher page has none (the code is typed, not scanned).
    expect(await decodeQrCodesFromPdf(pdf)).toEqual([order.data!.tickets[0].code]);

    // Once paid, the PDF the customer downloads no longer says "pending".
    const paid = await admin.POST('/api/v1/ticketings/{ticketingId}/orders/{orderId}/payment', {
      params: { path: { ticketingId, orderId: checkout.data!.orderId } },
      body: { method: 'card' },
    });
    expect(paid.data).toMatchObject({ status: 'paid', giftVouchers: [{ code: voucher.code, usable: true }] });
    const download = await fetch(`${stack.apiUrl}/api/v1/shop/remparts/orders/${checkout.data!.orderId}/tickets.pdf?token=${checkout.data!.accessToken}`);
    expect(download.status).toBe(200);
    const after = await readPdf(Buffer.from(await download.arrayBuffer()));
    expect(after.pages[1]).toContain(voucher.code);
    expect(after.pages[1]).not.toContain('Utilisable dès le paiement');
  });
});
