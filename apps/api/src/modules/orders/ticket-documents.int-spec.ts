import { formatDateTime, formatMoney } from '../../platform/documents/format';
import { pdfPages, pdfQrCodes, plainSpaces } from '../../test/pdf';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { OrderNotices } from './order-notices.service';
import { OrdersService } from './orders.service';

const chf = (amount: number) => plainSpaces(formatMoney({ amount, currency: 'CHF' }));

/** Issue 8: the confirmation email and the tickets PDF, read as a customer and a door scanner would. */
describe('confirmation email and tickets PDF', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let tenant: Tenant;
  let event: { id: string; dates: { id: string; startsAt: string }[]; zones: { id: string; name: string }[]; prices: { id: string }[] };
  const customer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' };

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'post', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const pdfOf = async (orderId: string) => (await api('get', `/orders/${orderId}/tickets.pdf`).buffer(true).expect(200)).body as Buffer;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'documents', env: { SMTP_URL: smtp.url, SHOP_PUBLIC_URL: 'https://billets.example.ch/' } });
    tenant = await t.createTenant('documents');
    const seats = ['A', 'B'].flatMap((row, r) =>
      Array.from({ length: 6 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 20 + r * 15, category: 'Catégorie 1' })),
    );
    const plan = (await api('post', '/seating-plans').send({ name: 'Salle', width: 100, height: 60, seats }).expect(201)).body;
    event = (
      await api('post', '/events')
        .send({
          name: 'Cyrano de Bergerac',
          status: 'published',
          venue: 'Grande salle',
          venueAddress: 'Rue du Château 3, 1510 Moudon',
          dates: [{ startsAt: '2027-05-01T20:00:00+02:00', doorsAt: '2027-05-01T19:30:00+02:00' }],
          zones: [
            { name: 'Catégorie 1', planId: plan.id, category: 'Catégorie 1' },
            { name: 'Pelouse', capacity: 50 },
          ],
          prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
    await api('post', '/promo-codes').send({ code: 'AMIS', kind: 'percentage', percent: 10 }).expect(201);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('names the venue’s address and the door time on the event, and refuses doors after the start', async () => {
    expect(event.dates[0]).toMatchObject({ doorsAt: '2027-05-01T17:30:00.000Z' });
    expect((await shop('get', `/events/${event.id}`).expect(200)).body).toMatchObject({
      venueAddress: 'Rue du Château 3, 1510 Moudon',
      dates: [{ doorsAt: '2027-05-01T17:30:00.000Z' }],
    });
    const late = await api('post', '/events')
      .send({
        name: 'X',
        dates: [{ startsAt: '2027-05-02T20:00:00+02:00', doorsAt: '2027-05-02T20:30:00+02:00' }],
        zones: [{ name: 'Salle', capacity: 1 }],
        prices: [{ name: 'Libre', kind: 'free' }],
      })
      .expect(400);
    expect(late.body.errors).toEqual([{ field: 'dates[0].doorsAt', message: 'must not be after startsAt' }]);
    const moved = await t
      .http()
      .patch(`/api/v1/ticketings/${tenant.ticketingId}/events/${event.id}/dates/${event.dates[0].id}`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ doorsAt: '2027-05-01T20:30:00+02:00' })
      .expect(400);
    expect(moved.body.errors).toEqual([{ field: 'doorsAt', message: 'must not be after startsAt' }]);
  });

  it('sends the confirmation from the ticketing, with every show, the amounts, a link to the order and the tickets', async () => {
    const cart = await shop('post', '/carts')
      .send({
        items: [
          { dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 },
          { dateId: event.dates[0].id, zoneId: event.zones[1].id, priceId: event.prices[0].id, quantity: 1 },
        ],
      })
      .expect(201);
    await shop('post', `/carts/${cart.body.id}/promo-code`).send({ code: 'AMIS' }).expect(200);
    const placed = (await shop('post', `/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201)).body;
    const [first, second] = cart.body.items[0].seats as { section: string; row: string; number: string }[];

    await t.app.get(OrdersService).sendConfirmation(tenant.scope, placed.orderId);
    const mail = await smtp.mailbox.waitFor((m) => m.subject?.includes(placed.orderNumber) ?? false);
    const [{ name }] = (await t.sql.query(`SELECT name FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows;
    expect(mail.from?.value).toEqual([{ name, address: 'tickets@guichet.local' }]);
    const text = plainSpaces(mail.text ?? '');
    for (const expected of [
      'Cyrano de Bergerac',
      plainSpaces(formatDateTime(new Date(event.dates[0].startsAt))),
      'ouverture des portes à 19:30',
      'Grande salle, Rue du Château 3, 1510 Moudon',
      `Catégorie 1, section Parterre, rang ${first.row}, place ${first.number} — Plein tarif — ${chf(4000)} (après réduction : ${chf(3600)})`,
      `Catégorie 1, section Parterre, rang ${second.row}, place ${second.number}`,
      `Pelouse — Plein tarif — ${chf(4000)} (après réduction : ${chf(3600)})`,
      `Sous-total : ${chf(12000)}`,
      `Réduction (AMIS) : −${chf(1200)}`,
      `Total : ${chf(10800)}`,
      `Payé : ${chf(0)}`,
      `À régler sur place : ${chf(10800)}.`,
    ])
      expect(text).toContain(expected);
    const link = /https:\/\/billets\.example\.ch\/shop\/[^/]+\/orders\/([0-9a-f-]+)\?token=([\w.-]+)/.exec(text);
    expect(link?.[1]).toBe(placed.orderId);
    expect(mail.html).toContain(`href="${link![0]}"`);
    // The emailed link opens the order like the checkout's secret, and nothing else.
    const viaLink = await shop('get', `/orders/${placed.orderId}`).query({ token: link![2] }).expect(200);
    expect(viaLink.body.number).toBe(placed.orderNumber);
    await t.http().get(`/api/v1/shop/${tenant.slug}/orders/${placed.orderId}/tickets.pdf`).query({ token: link![2] }).expect(200);
    await shop('get', `/orders/${placed.orderId}`)
      .query({ token: `${link![2].slice(0, -2)}xx` })
      .expect(404);

    const attached = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    const pages = pdfPages(attached.content);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page).toContain('Réservation — non payée : à régler sur place');
      expect(page).toContain('Rue du Château 3, 1510 Moudon');
      expect(page).toContain('Ouverture des portes : 19:30');
      expect(page).toContain('Zone');
    }
    expect(pages[0]).toMatch(/Section\s+Rang\s+Place/);
    expect(pages[0]).toContain('Catégorie 1');
    expect(pages[0]).not.toMatch(/Zone\s*\n\s*Parterre, rang/);
    expect(pages[2]).toContain('Pelouse');
    expect(pages[2]).not.toContain('Section');
    expect(pages[2]).toContain(`Plein tarif · ${chf(3600)}`);

    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(pdfQrCodes(attached.content)).toEqual(order.tickets.map((x: { code: string }) => [x.code]));
  });

  it('drops the "not paid" banner once the order is paid', async () => {
    const cart = await shop('post', '/carts')
      .send({ items: [{ dateId: event.dates[0].id, zoneId: event.zones[1].id, priceId: event.prices[0].id, quantity: 1 }] })
      .expect(201);
    const placed = (await shop('post', `/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201)).body;
    expect(pdfPages(await pdfOf(placed.orderId))[0]).toContain('non payée');
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    expect(pdfPages(await pdfOf(placed.orderId))[0]).not.toContain('non payée');
  });
  it('writes a German order’s email and PDF in German, with de-CH amounts and dates, and an Italian one in Italian', async () => {
    const order = async (language?: string) => {
      const cart = await shop('post', '/carts')
        .send({ items: [{ dateId: event.dates[0].id, zoneId: event.zones[1].id, priceId: event.prices[0].id, quantity: 1 }] })
        .expect(201);
      return shop('post', `/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site', language });
    };
    const refused = await order('xx');
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['language']);

    const german = (await order('de')).body;
    expect((await api('get', `/orders/${german.orderId}`).expect(200)).body.language).toBe('de');
    await t.app.get(OrdersService).sendConfirmation(tenant.scope, german.orderId);
    const mail = await smtp.mailbox.waitFor((m) => m.subject?.includes(german.orderNumber) ?? false);
    expect(mail.subject).toContain(`Ihre Bestellung ${german.orderNumber}`);
    const text = plainSpaces(mail.text ?? '');
    for (const expected of [
      'Guten Tag Ada Lovelace,',
      `Vielen Dank für Ihre Bestellung ${german.orderNumber}. Ihre Billette sind dieser Nachricht beigefügt (PDF).`,
      'Samstag, 1. Mai 2027 um 20:00 — Türöffnung um 19:30',
      'Pelouse — Plein tarif — CHF 40.00',
      'Zwischensumme: CHF 40.00',
      'Total: CHF 40.00',
      'Vor Ort zu bezahlen: CHF 40.00.',
      'Ihre Bestellung online: https://billets.example.ch/',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/Bonjour|Montants|ß/);
    const attached = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(attached.filename).toBe(`bestellung-${german.orderNumber}.pdf`);
    const [page] = pdfPages(attached.content).map(plainSpaces);
    for (const expected of [
      'Samstag, 1. Mai 2027 um 20:00',
      'Türöffnung: 19:30',
      'Reservation — nicht bezahlt: vor Ort zu bezahlen (CHF 40.00)',
      'Plein tarif · CHF 40.00',
      'Inhaber/in',
      `Bestellung ${german.orderNumber}`,
    ])
      expect(page).toContain(expected);
    expect(page).not.toMatch(/Titulaire|Commande|Ouverture/);

    const italian = (await order('it')).body;
    await t.app.get(OrdersService).sendConfirmation(tenant.scope, italian.orderId);
    const mailIt = await smtp.mailbox.waitFor((m) => m.subject?.includes(italian.orderNumber) ?? false);
    expect(mailIt.subject).toContain(`il suo ordine ${italian.orderNumber}`);
    const textIt = plainSpaces(mailIt.text ?? '');
    for (const expected of [
      'Buongiorno Ada Lovelace,',
      `Grazie per il suo ordine ${italian.orderNumber}. I suoi biglietti sono allegati a questo messaggio (PDF).`,
      'sabato, 1 maggio 2027 alle ore 20:00 — apertura delle porte alle 19:30',
      'Subtotale: CHF 40.00',
      'Da pagare sul posto: CHF 40.00.',
    ])
      expect(textIt).toContain(expected);
    const [pageIt] = pdfPages(await pdfOf(italian.orderId)).map(plainSpaces);
    for (const expected of [
      'sabato, 1 maggio 2027 alle ore 20:00',
      'Apertura delle porte: 19:30',
      'Prenotazione — non pagata',
      'Titolare',
      `Ordine ${italian.orderNumber}`,
    ])
      expect(pageIt).toContain(expected);

    // Without a language, French, as before.
    const french = (await order()).body;
    expect((await api('get', `/orders/${french.orderId}`).expect(200)).body.language).toBe('fr');
  });
  it('writes a German order’s receipt and cancellation emails in German', async () => {
    const cart = await shop('post', '/carts')
      .send({ items: [{ dateId: event.dates[0].id, zoneId: event.zones[1].id, priceId: event.prices[0].id, quantity: 1 }] })
      .expect(201);
    const placed = (await shop('post', `/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site', language: 'de' }).expect(201)).body;
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const notices = t.app.get(OrderNotices);

    await notices.sendReceipt(tenant.scope, placed.orderId, `receipt-de-${placed.orderId}`);
    const receipt = await smtp.mailbox.waitFor((m) => m.subject?.includes(`Zahlungsbestätigung, Bestellung ${placed.orderNumber}`) ?? false);
    const receiptText = plainSpaces(receipt.text ?? '');
    expect(receiptText).toContain('Guten Tag Ada Lovelace,');
    expect(receiptText).toContain('Betrag der Bestellung: CHF 40.00');
    expect(receiptText).toMatch(/Erhalten am \d{1,2}\. \p{L}+ \d{4} \(bar\): CHF 40\.00/u);
    expect(receiptText).toContain('Total bezahlt: CHF 40.00');
    expect(receiptText).toContain('Noch zu bezahlen: CHF 0.00');

    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    await notices.sendCancellation(tenant.scope, placed.orderId, [order.tickets[0].id], true, `cancellation-de-${placed.orderId}`);
    const cancelled = await smtp.mailbox.waitFor((m) => m.subject?.includes(`Stornierung, Bestellung ${placed.orderNumber}`) ?? false);
    const cancelledText = plainSpaces(cancelled.text ?? '');
    expect(cancelledText).toContain(`Ihre Bestellung ${placed.orderNumber} wurde storniert.`);
    expect(cancelledText).toContain('— Cyrano de Bergerac, Samstag, 1. Mai 2027 um 20:00, Pelouse, Plein tarif');
    expect(cancelledText).toContain('Diese Billette sind am Eingang nicht mehr gültig.');
  });
});
