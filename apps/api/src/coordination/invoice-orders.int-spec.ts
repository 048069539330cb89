import { isQRReferenceValid } from 'swissqrbill/utils';
import { OrdersService } from '../modules/orders';
import { FixedClock } from '../platform/clock/clock';
import { pdfPages, pdfQrBillPayload } from '../test/pdf';
import { SmtpCatcher, startSmtpCatcher } from '../test/smtp-catcher';
import { buy, startTestApp, Tenant, TestApp } from '../test/test-app';
import { CardPayments } from './card-payments.service';

/**
 * PAY-3 against PostgreSQL: checkout with `invoice` — refused without invoice settings or for a zero
 * total; otherwise a reservation due after the payment term, with a 27-digit QR reference, no tickets
 * mailed until the payment is recorded, and left alone by the card sweep; its invoice PDF (by email,
 * in the backoffice and in the shop) carries a Swiss QR-bill read back with zbarimg.
 */
describe('orders paid by invoice', () => {
  let t: TestApp;
  let a: Tenant;
  let smtp: SmtpCatcher;
  const clock = new FixedClock(new Date('2027-01-10T10:00:00Z'));
  const settings = {
    creditorName: 'Théâtre du Jorat',
    street: 'Route du Théâtre',
    buildingNumber: '2',
    zip: '1083',
    city: 'Mézières',
    country: 'CH',
    qrIban: 'CH4431999123000889012',
  };

  const admin = (method: 'get' | 'post' | 'put', path: string) =>
    t.http()[method](`/api/v1/ticketings/${a.ticketingId}${path}`).set('authorization', `Bearer ${a.token}`);
  const confirmations = async (orderId: string) =>
    (await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'order-confirmation' AND payload->>'orderId' = $1`, [orderId])).rows[0].n;

  /** Checks out a cart of `quantity` places with `invoice`. */
  async function invoiceCheckout(ev: { dateId: string; zoneId: string; priceId: string }, quantity = 2) {
    const cart = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] })
      .expect(201);
    return t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'invoice' });
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'invoiceorders', clock, env: { SMTP_URL: smtp.url } });
    a = await t.createTenant('invoice-orders');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** The QR-bill's fields (Swiss Payment Standards, QR-bill 2.x: one per line, in this order). */
  const qrBill = (pdf: Buffer) => {
    const payload = pdfQrBillPayload(pdf);
    expect(payload).not.toBeNull();
    const f = payload!.split(/\r?\n/);
    return { header: f.slice(0, 3), iban: f[3], creditorName: f[5], amount: f[18], currency: f[19], referenceType: f[27], reference: f[28], trailer: f[30] };
  };

  it('is refused while the ticketing has no invoice settings, and for a zero total; nothing is sold', async () => {
    const ev = await t.createEvent(a, { capacity: 10, amount: 3000 });
    const refused = await invoiceCheckout(ev);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INVOICE_NOT_OFFERED');
    expect(refused.body.errors).toEqual([{ field: 'paymentMethod', message: expect.any(String) }]);

    await admin('put', '/invoice-settings').send(settings).expect(200);
    const free = await t.createEvent(a, { capacity: 10, amount: 0 });
    const zero = await invoiceCheckout(free);
    expect(zero.status).toBe(422);
    expect(zero.body.code).toBe('PAYMENT_METHOD_NOT_ALLOWED');

    const orders = await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [a.ticketingId]);
    expect(orders.rows[0].n).toBe(0);
  });

  it('places a reservation due after the payment term, with a QR reference, and mails the tickets once the payment is recorded', async () => {
    await admin('put', '/invoice-settings')
      .send({ ...settings, paymentTermDays: 10 })
      .expect(200);
    const ev = await t.createEvent(a, { capacity: 10, amount: 4500 });
    const res = await invoiceCheckout(ev, 2);
    expect(res.status).toBe(201);
    const placed = res.body as { orderId: string };

    const order = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order).toMatchObject({
      status: 'reserved',
      paymentMethod: 'invoice',
      paymentDueAt: '2027-01-20T10:00:00.000Z',
      amountDue: { amount: 9000, currency: 'CHF' },
    });
    expect(order.qrReference).toMatch(/^\d{27}$/);
    expect(isQRReferenceValid(order.qrReference)).toBe(true);
    expect(await confirmations(placed.orderId)).toBe(0);

    // Another invoice order of the same ticketing has another reference.
    const second = (await invoiceCheckout(ev, 1)).body as { orderId: string };
    expect((await admin('get', `/orders/${second.orderId}`).expect(200)).body.qrReference).not.toBe(order.qrReference);

    // Past the card deadline (and the invoice's own): the card sweep leaves invoice orders alone.
    clock.advance(11 * 24 * 3600 * 1000);
    await t.app.get(CardPayments).cancelOverdue();
    expect((await admin('get', `/orders/${placed.orderId}`).expect(200)).body.status).toBe('reserved');

    const paid = (await admin('post', `/orders/${placed.orderId}/payment`).send({ method: 'bank_transfer' }).expect(200)).body;
    expect(paid).toMatchObject({ status: 'paid', amountDue: { amount: 0, currency: 'CHF' }, qrReference: order.qrReference });
    expect(await confirmations(placed.orderId)).toBe(1);
  });

  it('issues the invoice with a QR-bill for what is due: emailed at placement, and downloadable in the backoffice and the shop', async () => {
    await admin('put', '/invoice-settings')
      .send({ ...settings, paymentTermDays: 30 })
      .expect(200);
    const ev = await t.createEvent(a, { capacity: 10, amount: 4500, name: 'Le Cid' });
    const res = await invoiceCheckout(ev, 2);
    expect(res.status).toBe(201);
    const placed = res.body as { orderId: string; orderNumber: string; accessToken: string };
    const order = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;

    const jobs = await t.sql.query(`SELECT name FROM outbox WHERE payload->>'orderId' = $1 AND queue = 'mail'`, [placed.orderId]);
    expect(jobs.rows).toEqual([{ name: 'order-invoice' }]);

    const download = await admin('get', `/orders/${placed.orderId}/invoice.pdf`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const pdf = download.body as Buffer;
    const bill = qrBill(pdf);
    expect(bill).toEqual({
      header: ['SPC', '0200', '1'],
      iban: 'CH4431999123000889012',
      creditorName: 'Théâtre du Jorat',
      amount: '90.00',
      currency: 'CHF',
      referenceType: 'QRR',
      reference: order.qrReference,
      trailer: 'EPD',
    });
    expect(isQRReferenceValid(bill.reference)).toBe(true);
    const text = pdfPages(pdf).join('\n');
    expect(text).toContain(`Facture — commande ${placed.orderNumber}`);
    expect(text).toContain('Le Cid');
    expect(text).toContain('Section paiement');

    // The shop: with the order's token only.
    await t.http().get(`/api/v1/shop/${a.slug}/orders/${placed.orderId}/invoice.pdf`).query({ token: placed.accessToken }).expect(200);
    const wrong = await t
      .http()
      .get(`/api/v1/shop/${a.slug}/orders/${placed.orderId}/invoice.pdf`)
      .query({ token: 'x'.repeat(43) });
    expect(wrong.status).toBe(404);

    // The email the worker sends for the invoice job: the invoice attached, not the tickets.
    await t.app.get(OrdersService).sendInvoice(a.scope, placed.orderId);
    const mail = await smtp.mailbox.waitFor((m) => m.subject?.includes(placed.orderNumber) ?? false);
    expect(mail.subject).toContain('facture');
    expect(mail.text).toContain('Votre facture est jointe');
    const attachments = mail.attachments.filter((x) => x.contentType === 'application/pdf');
    expect(attachments.map((x) => x.filename)).toEqual([`facture-${placed.orderNumber}.pdf`]);
    expect(qrBill(attachments[0].content).reference).toBe(order.qrReference);

    // An order not paid by invoice has none.
    const onSite = await buy(t, a, ev, 1);
    expect((await admin('get', `/orders/${onSite.body.orderId}/invoice.pdf`).expect(404)).body.code).toBe('ORDER_NOT_INVOICED');
  });

  it('cancels an invoice order awaiting payment whole, never some of its tickets (ORD-8)', async () => {
    await admin('put', '/invoice-settings').send(settings).expect(200);
    const ev = await t.createEvent(a, { capacity: 10, amount: 2000 });
    const placed = (await invoiceCheckout(ev, 2)).body as { orderId: string };
    const order = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order.actions.cancelTickets).toEqual({ allowed: false, reason: 'INVOICE_ORDER_CANCELS_WHOLE' });
    expect(order.actions.cancelOrder).toEqual({ allowed: true, reason: null });

    const refused = await admin('post', `/orders/${placed.orderId}/tickets/cancel`).send({ ticketIds: [order.tickets[0].id] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('INVOICE_ORDER_CANCELS_WHOLE');
    const after = (await admin('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(after.tickets.map((x: { status: string }) => x.status)).toEqual(['valid', 'valid']);
    expect(after.total).toEqual(order.total);

    const cancelled = (await admin('post', `/orders/${placed.orderId}/cancel`).send({ reason: 'Refaire avec un billet de moins' }).expect(200)).body;
    expect(cancelled.status).toBe('cancelled');
  });

  it('sends no invoice once the payment was recorded before its job ran: the tickets go out once, with the payment', async () => {
    await admin('put', '/invoice-settings').send(settings).expect(200);
    const ev = await t.createEvent(a, { capacity: 10, amount: 2000, name: 'Payé d’avance' });
    const placed = (await invoiceCheckout(ev, 1)).body as { orderId: string; orderNumber: string };
    await admin('post', `/orders/${placed.orderId}/payment`).send({ method: 'bank_transfer' }).expect(200);
    expect(await confirmations(placed.orderId)).toBe(1);
    // The worker runs the invoice job, then the payment's confirmation job (each sends before it returns).
    await t.app.get(OrdersService).sendInvoice(a.scope, placed.orderId);
    await t.app.get(OrdersService).sendConfirmation(a.scope, placed.orderId);
    const mails = smtp.mailbox.all().filter((m) => m.subject?.includes(placed.orderNumber));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).not.toContain('facture');
    expect(mails[0].attachments.map((x) => x.filename)).toEqual([expect.stringContaining(placed.orderNumber)]);
  });
  it('is due by the eve of a show sooner than the term, not offered in the shop when too close; the counter gives the full term (ADR 0053)', async () => {
    await admin('put', '/invoice-settings')
      .send({ ...settings, paymentTermDays: 30 })
      .expect(200);
    /** A published event whose one date is `days` days after the clock's now, at 19:00 UTC. */
    const eventIn = async (days: number) => {
      const day = new Date(clock.now().getTime() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
      const body = (
        await admin('post', '/events')
          .send({
            name: `Dans ${days} jours`,
            status: 'published',
            venue: 'Grande salle',
            dates: [{ startsAt: `${day}T19:00:00Z` }],
            zones: [{ name: 'Parterre', capacity: 20 }],
            prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] }],
          })
          .expect(201)
      ).body;
      return {
        dateId: body.dates[0].id as string,
        zoneId: body.zones[0].id as string,
        priceId: body.prices[0].id as string,
        startsAt: new Date(body.dates[0].startsAt),
      };
    };
    const optionsFor = async (ev: { dateId: string; zoneId: string; priceId: string }) => {
      const cart = await t
        .http()
        .post(`/api/v1/shop/${a.slug}/carts`)
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
        .expect(201);
      return (await t.http().get(`/api/v1/shop/${a.slug}/carts/${cart.body.id}/checkout-options`).expect(200)).body;
    };

    // Twelve days ahead: offered, due the evening before, reminded on day 10 only (day 20 is past the deadline).
    const soon = await eventIn(12);
    const eve = new Date(soon.startsAt.getTime() - 24 * 3600 * 1000).toISOString();
    expect((await optionsFor(soon)).invoice).toEqual({ paymentTermDays: 30, dueAt: eve });
    const placed = await invoiceCheckout(soon, 1);
    expect(placed.status).toBe(201);
    const row = (await t.sql.query(`SELECT payment_due_at, invoice_reminder_days FROM orders WHERE id = $1`, [placed.body.orderId])).rows[0];
    expect([row.payment_due_at.toISOString(), row.invoice_reminder_days]).toEqual([eve, [10]]);

    // Four days ahead: no time left to pay by transfer before the eve — not offered, and refused with nothing written.
    const tooClose = await eventIn(4);
    expect((await optionsFor(tooClose)).paymentMethods).toEqual(['card', 'on_site']);
    const orders = (await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [a.ticketingId])).rows[0].n;
    const refused = await invoiceCheckout(tooClose, 1);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'INVOICE_NOT_OFFERED', errors: [{ field: 'paymentMethod' }] });
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [a.ticketingId])).rows[0].n).toBe(orders);
    expect((await t.sql.query(`SELECT held FROM availabilities WHERE date_id = $1`, [tooClose.dateId])).rows[0].held).toBe(2); // its cart (and the one asked for options) keep their holds

    // At the counter the clerk decides: the full term, whatever the date.
    const cart = (
      await admin('post', '/counter/carts')
        .send({ items: [{ dateId: tooClose.dateId, zoneId: tooClose.zoneId, priceId: tooClose.priceId, quantity: 1 }] })
        .expect(201)
    ).body.id;
    const sold = await admin('post', `/counter/carts/${cart}/sale`)
      .send({ settlement: 'invoice', customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' } })
      .expect(201);
    const counter = (await t.sql.query(`SELECT payment_due_at FROM orders WHERE id = $1`, [sold.body.orderId])).rows[0];
    expect(counter.payment_due_at.toISOString()).toBe(new Date(clock.now().getTime() + 30 * 24 * 3600 * 1000).toISOString());
  });
});
