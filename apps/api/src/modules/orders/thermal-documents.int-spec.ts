import { execFileSync } from 'node:child_process';
import { formatDateTime, formatMoney } from '../../platform/documents/format';
import { documentLanguage, type Language } from '../../platform/documents/words';
import { pdfCodes, pdfPages, pdfQrCodes, plainSpaces } from '../../test/pdf';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { OrderImporter } from '../../coordination/order-import/order-import.service';

const chf = (amount: number, language: Language = 'fr') => plainSpaces(formatMoney({ amount, currency: 'CHF' }, documentLanguage(language).locale));
const MM = 72 / 25.4;

/** Each page's size in points, as pdfinfo reads it. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', '-'], { input: pdf }).toString('utf8');
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** TO-5: the counter's thermal tickets and receipt, read as a cashier, a customer and a door scanner would. */
describe('thermal tickets and receipt', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let deviceToken: string;
  let event: { id: string; dates: { id: string }[]; zones: { id: string }[]; prices: { id: string }[] };
  const customer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' };

  const api = (method: 'get' | 'post' | 'put', path: string, tn: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${tn.ticketingId}${path}`).set('authorization', `Bearer ${tn.token}`);
  const shop = (method: 'get' | 'post', path: string) => t.http()[method](`/api/v1/shop/${tenant.slug}${path}`);
  const download = async (path: string, query: Record<string, string> = {}) =>
    (await api('get', path).query(query).buffer(true).expect(200).expect('content-type', 'application/pdf')).body as Buffer;
  const scan = async (code: string) =>
    (await t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code }).expect(200)).body;

  const placeOrder = async (items: { zone: number; quantity: number }[], promo?: string) => {
    const cart = await shop('post', '/carts')
      .send({ items: items.map((i) => ({ dateId: event.dates[0].id, zoneId: event.zones[i.zone].id, priceId: event.prices[0].id, quantity: i.quantity })) })
      .expect(201);
    if (promo) await shop('post', `/carts/${cart.body.id}/promo-code`).send({ code: promo }).expect(200);
    return (await shop('post', `/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201)).body as {
      orderId: string;
      orderNumber: string;
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'thermal' });
    tenant = await t.createTenant('thermal');
    other = await t.createTenant('thermal-other');
    const seats = Array.from({ length: 4 }, (_, n) => ({
      section: 'Parterre',
      row: 'A',
      number: String(n + 1),
      x: 10 + n * 10,
      y: 20,
      category: 'Catégorie 1',
    }));
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
    deviceToken = (await api('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(() => t.close());

  it('prints one 80 mm page per valid ticket, whose QR code the door scanner accepts', async () => {
    const placed = await placeOrder([
      { zone: 0, quantity: 1 },
      { zone: 1, quantity: 2 },
    ]);
    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    // A cancelled ticket is not printed.
    await api('post', `/orders/${placed.orderId}/tickets/cancel`)
      .send({ ticketIds: [order.tickets[2].id] })
      .expect(200);
    const valid = order.tickets.slice(0, 2) as { code: string }[];

    const res = await api('get', `/orders/${placed.orderId}/tickets.pdf`).query({ format: 'thermal' }).buffer(true).expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="billets-80mm-${placed.orderNumber}.pdf"`);
    const pdf = res.body as Buffer;
    const sizes = pageSizes(pdf);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(80 * MM, 1);
      // As long as the ticket, no longer than a short receipt.
      expect(size.height).toBeGreaterThan(100 * MM);
      expect(size.height).toBeLessThan(200 * MM);
    }
    const pages = pdfPages(pdf).map(plainSpaces);
    expect(pages[0]).toContain('Cyrano de Bergerac');
    expect(pages[0]).toContain(plainSpaces(formatDateTime(new Date('2027-05-01T20:00:00+02:00'))));
    expect(pages[0]).toMatch(/Grande salle — Rue du Château 3,\s+1510\s+Moudon/);
    expect(pages[0]).toContain('Catégorie 1');
    expect(pages[0]).toMatch(/Section\s+Rang\s+Place/);
    expect(pages[0]).toContain(`Plein tarif · ${chf(4000)}`);
    expect(pages[0]).toContain('Ada Lovelace');
    expect(pages[0]).toContain(placed.orderNumber);
    expect(pages[0]).toContain('non payée');
    expect(pages[1]).toContain('Pelouse');
    expect(pdfQrCodes(pdf)).toEqual(valid.map((x) => [x.code]));

    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const paid = await download(`/orders/${placed.orderId}/tickets.pdf`, { format: 'thermal', barcode: 'qr' });
    expect(pdfPages(paid)[0]).not.toContain('non payée');
    const [read] = pdfQrCodes(paid)[0];
    expect(await scan(read)).toMatchObject({ result: 'accepted', valid: true });
  });

  it('prints each ticket’s barcode as a Code 128 on A4 and 80 mm, which the door accepts once, by look-up', async () => {
    const placed = await placeOrder([{ zone: 1, quantity: 2 }]);
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const tickets = (await api('get', `/orders/${placed.orderId}`).expect(200)).body.tickets as { barcode: string }[];
    const barcodes = tickets.map((x) => [x.barcode]);
    for (const b of barcodes) expect(b[0]).toMatch(/^\d{18}$/);
    expect(new Set(barcodes.flat()).size).toBe(2);

    const thermal = await download(`/orders/${placed.orderId}/tickets.pdf`, { format: 'thermal', barcode: 'code128' });
    expect(pdfCodes(thermal, 'code128')).toEqual(barcodes);
    expect(pdfQrCodes(thermal)).toEqual([[], []]); // one symbol per ticket: the one asked for
    // The digits under the bars, for a cashier to type.
    expect(pdfPages(thermal)[0].replace(/\s/g, '')).toContain(barcodes[0][0]);
    for (const size of pageSizes(thermal)) expect(size.width).toBeCloseTo(80 * MM, 1);
    const a4 = await download(`/orders/${placed.orderId}/tickets.pdf`, { format: 'a4', barcode: 'code128' });
    expect(pdfCodes(a4, 'code128')).toEqual(barcodes);

    expect(await scan(barcodes[0][0])).toMatchObject({ result: 'accepted', valid: true, ticket: { zoneName: 'Pelouse' } });
    expect(await scan(barcodes[0][0])).toMatchObject({ result: 'already_used', valid: false });
    // Eighteen digits no ticket of this ticketing carries (another ticketing's: see scan.int-spec).
    const unknown = barcodes[1][0] === '000000000000000000' ? '000000000000000001' : '000000000000000000';
    expect(await scan(unknown)).toMatchObject({ result: 'unknown', valid: false, ticket: null });
  });

  it('keeps the A4 tickets as they were, and refuses a bad format or barcode naming the field', async () => {
    const placed = await placeOrder([{ zone: 1, quantity: 1 }]);
    const a4 = await download(`/orders/${placed.orderId}/tickets.pdf`);
    expect(pageSizes(a4)[0].width).toBeCloseTo(105 * MM, 0);
    expect(pageSizes(await download(`/orders/${placed.orderId}/tickets.pdf`, { format: 'a4' }))[0].width).toBeCloseTo(105 * MM, 0);

    const badFormat = await api('get', `/orders/${placed.orderId}/tickets.pdf`).query({ format: 'a5' }).expect(400);
    expect(badFormat.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
    const badBarcode = await api('get', `/orders/${placed.orderId}/tickets.pdf`).query({ barcode: 'ean13' }).expect(400);
    expect(badBarcode.body.errors.map((e: { field: string }) => e.field)).toEqual(['barcode']);
  });

  it('prints the receipt: organizer, order, lines, discount, total, payments and refunds', async () => {
    await api('put', '/invoice-settings')
      .send({
        creditorName: 'Théâtre de Moudon',
        street: 'Rue du Château',
        buildingNumber: '3',
        zip: '1510',
        city: 'Moudon',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
      })
      .expect(200);
    const placed = await placeOrder(
      [
        { zone: 0, quantity: 2 },
        { zone: 1, quantity: 1 },
      ],
      'AMIS',
    );
    const before = await download(`/orders/${placed.orderId}/receipt.pdf`);
    expect(pdfPages(before).map(plainSpaces)[0]).toMatch(new RegExp(`Reste à payer\\s+${chf(10800).replace('.', '\\.')}`));
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    await api('post', `/orders/${placed.orderId}/tickets/cancel`)
      .send({ ticketIds: [order.tickets[2].id], refund: { amount: 3600, method: 'cash' } })
      .expect(200);

    const res = await api('get', `/orders/${placed.orderId}/receipt.pdf`).buffer(true).expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="recu-${placed.orderNumber}.pdf"`);
    const pdf = res.body as Buffer;
    const sizes = pageSizes(pdf);
    expect(sizes).toHaveLength(1);
    expect(sizes[0].width).toBeCloseTo(80 * MM, 1);
    const [page] = pdfPages(pdf).map(plainSpaces);
    const lines = page.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    for (const expected of [
      'Théâtre de Moudon',
      'Rue du Château 3',
      '1510 Moudon',
      'Reçu',
      `Commande ${placed.orderNumber}`,
      'Cyrano de Bergerac',
      `Plein tarif 2 × ${chf(4000)} ${chf(8000)}`,
      'Cyrano de Bergerac (annulé)',
      `Plein tarif 1 × ${chf(4000)}`,
      `Sous-total ${chf(8000)}`,
      `Réduction (AMIS) −${chf(800)}`,
      `Total ${chf(7200)}`,
      'Paiements',
      `Espèces ${chf(10800)}`,
      'Remboursements',
      `Espèces ${chf(3600)}`,
      `Total payé ${chf(10800)}`,
    ])
      expect(lines).toContain(expected);
    const startsAt = plainSpaces(formatDateTime(new Date('2027-05-01T20:00:00+02:00')));
    expect(lines).toContain(`${startsAt} · Catégorie 1`);
    expect(lines).toContain(`${startsAt} · Pelouse`);
    expect(page).not.toContain('Reste à payer');
    // A shop order has no seller.
    expect(page).not.toContain('Vendu par');
    expect(page).not.toMatch(/TVA/);
  });

  /** A counter sale of `quantity` Pelouse tickets (4000 each), paid with these tenders. */
  const counterSale = async (quantity: number, tenders: object[], language?: string) => {
    const cart = await api('post', '/counter/carts')
      .send({ items: [{ dateId: event.dates[0].id, zoneId: event.zones[1].id, priceId: event.prices[0].id, quantity }] })
      .expect(201);
    return (
      await api('post', `/counter/carts/${cart.body.id}/sale`)
        .send({ settlement: 'paid', tenders, ...(language ? { language } : {}) })
        .expect(201)
    ).body as { orderId: string; change: number };
  };
  const receiptLines = async (orderId: string) =>
    pdfPages(await download(`/orders/${orderId}/receipt.pdf`))
      .map(plainSpaces)[0]
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '));

  it('prints, under a cash payment handed over at the counter, what was received and the change (ADR 0040)', async () => {
    const sold = await counterSale(2, [
      { method: 'card', amount: 3000, reference: 'T-1' },
      { method: 'cash', amount: 5000, given: 10000 },
    ]);
    expect(sold.change).toBe(5000);
    const payments = (await api('get', `/orders/${sold.orderId}`).expect(200)).body.payments;
    // Both written in the same instant: their order between them is not said.
    expect(payments.map((p: { method: string; cashGiven: number | null }) => [p.method, p.cashGiven]).sort()).toEqual([
      ['card', null],
      ['cash', 10000],
    ]);
    const lines = await receiptLines(sold.orderId);
    const cash = lines.indexOf(`Espèces ${chf(5000)}`);
    expect(cash).toBeGreaterThan(-1);
    // Under the cash payment: received, then the change; nothing of the kind under the card.
    expect(lines.slice(cash + 1).find((l) => l.startsWith('Reçu '))).toBe(`Reçu ${chf(10000)}`);
    expect(lines).toContain(`Rendu ${chf(5000)}`);
    expect(lines.indexOf(`Rendu ${chf(5000)}`)).toBeGreaterThan(cash);
    expect(lines.filter((l) => l.startsWith('Rendu'))).toHaveLength(1);

    // Cash handed over exactly, in German: received and nothing back; without `given`, no such lines.
    const exact = await counterSale(1, [{ method: 'cash', amount: 4000, given: 4000 }], 'de');
    const de = await receiptLines(exact.orderId);
    expect(de).toContain(`Erhalten ${chf(4000, 'de')}`);
    expect(de).toContain(`Rückgeld ${chf(0, 'de')}`);
    const unsaid = await counterSale(1, [{ method: 'cash', amount: 4000 }]);
    const plain = await receiptLines(unsaid.orderId);
    expect(plain.some((l) => l.startsWith('Rendu') || /^Reçu .*\d/.test(l))).toBe(false);
  });

  it('prints the VAT number and the VAT the total includes where the ticketing set them, in the order’s language; nothing once cleared', async () => {
    const sold = await counterSale(3, [{ method: 'cash', amount: 12000, given: 12000 }]);
    const italian = await counterSale(1, [{ method: 'card', amount: 4000 }], 'it');
    expect((await receiptLines(sold.orderId)).some((l) => l.includes('TVA'))).toBe(false);

    await api('put', '/vat-settings').send({ vatNumber: 'CHE-123.456.789 TVA', rateBp: 810 }).expect(200);
    // 12000 × 810 / 10810 = 899.17 → 899; 4000 × 810 / 10810 = 299.72 → 300.
    const lines = await receiptLines(sold.orderId);
    expect(lines).toContain(`dont TVA 8.1 % : ${chf(899)}`);
    expect(lines).toContain('N° TVA CHE-123.456.789 TVA');
    const it = await receiptLines(italian.orderId);
    expect(it).toContain(`di cui IVA 8.1 %: ${chf(300, 'it')}`);
    expect(it).toContain('N. IVA CHE-123.456.789 TVA');

    // Exempt: the number, and no VAT in the total.
    await api('put', '/vat-settings').send({ vatNumber: 'CHE-123.456.789 TVA', rateBp: 0 }).expect(200);
    expect(await receiptLines(sold.orderId)).toContain(`dont TVA 0 % : ${chf(0)}`);

    await api('put', '/vat-settings').send({ vatNumber: null, rateBp: null }).expect(200);
    expect((await receiptLines(sold.orderId)).some((l) => l.includes('TVA'))).toBe(false);
  });

  it('names who sold the order when a person of the team placed it (here through an import)', async () => {
    const csv = [
      'reference;email;first_name;last_name;event;date;zone;price;quantity;payment',
      'G-1;grace@example.ch;Grace;Hopper;Cyrano de Bergerac;2027-05-01 20:00;Pelouse;Plein tarif;1;cash',
    ].join('\n');
    const accepted = await api('post', '/order-imports').attach('file', Buffer.from(csv, 'utf8'), 'ventes.csv').expect(202);
    await t.app.get(OrderImporter).run(tenant.scope, accepted.body.id);
    const list = (await api('get', '/orders').query({ q: 'grace@example.ch' }).expect(200)).body.items;
    const order = (await api('get', `/orders/${list[0].id}`).expect(200)).body;
    const placed = order.history.find((h: { action: string }) => h.action === 'orders.order.placed');
    expect(placed.actor.kind).toBe('user');
    const lines = pdfPages(await download(`/orders/${order.id}/receipt.pdf`))
      .map(plainSpaces)[0]
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toContain(`Vendu par ${placed.actor.label}`);
    expect(lines).toContain(`Espèces ${chf(4000)}`);
  });

  it('answers another ticketing’s order as not found, for the thermal tickets and the receipt', async () => {
    const placed = await placeOrder([{ zone: 1, quantity: 1 }]);
    for (const [path, query] of [
      [`/orders/${placed.orderId}/tickets.pdf`, { format: 'thermal' }],
      [`/orders/${placed.orderId}/receipt.pdf`, {}],
    ] as const) {
      const res = await api('get', path, other).query(query).expect(404);
      expect(res.body.code).toBe('ORDER_NOT_FOUND');
    }
  });
});
