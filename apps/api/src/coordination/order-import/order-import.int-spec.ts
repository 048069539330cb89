import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';
import { OrderImporter } from './order-import.service';

const HEADER = 'reference;email;first_name;last_name;event;date;zone;price;quantity;payment';

/**
 * ORD-13 against PostgreSQL: a dry run reports every error with its line and column and writes
 * nothing; an accepted file is placed by the job, once — a second import of it creates nothing;
 * unreadable files are refused whole.
 */
describe('import orders from a CSV file', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let importer: OrderImporter;

  const upload = (tenant: Tenant, csv: string | Buffer, query = '', name = 'ventes.csv') =>
    t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/order-imports${query}`)
      .set('authorization', `Bearer ${tenant.token}`)
      .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), name);
  const importAndRun = async (tenant: Tenant, csv: string, query = '') => {
    const accepted = await upload(tenant, csv, query).expect(202);
    expect(accepted.body.status).toBe('queued');
    await importer.run(tenant.scope, accepted.body.id);
    return (
      await t
        .http()
        .get(`/api/v1/ticketings/${tenant.ticketingId}/order-imports/${accepted.body.id}`)
        .set('authorization', `Bearer ${tenant.token}`)
        .expect(200)
    ).body;
  };
  /** What an import could write: orders, tickets, carts, the ledger, imports and the outbox. */
  const written = async (tenant: Tenant) =>
    (
      await t.sql.query(
        `SELECT (SELECT count(*) FROM orders WHERE ticketing_id = $1)::int AS orders,
                (SELECT count(*) FROM tickets WHERE ticketing_id = $1)::int AS tickets,
                (SELECT count(*) FROM carts WHERE ticketing_id = $1)::int AS carts,
                (SELECT count(*) FROM payments WHERE ticketing_id = $1)::int AS payments,
                (SELECT count(*) FROM order_imports WHERE ticketing_id = $1)::int AS imports,
                (SELECT count(*) FROM outbox WHERE ticketing_id = $1)::int AS outbox,
                (SELECT coalesce(sum(sold), 0) FROM availabilities WHERE ticketing_id = $1)::int AS sold`,
        [tenant.ticketingId],
      )
    ).rows[0];

  let ev: { eventId: string; dateId: string; zoneId: string; priceId: string };
  const EVENT = 'Le Misanthrope';

  beforeAll(async () => {
    t = await startTestApp({ label: 'order-import' });
    importer = t.app.get(OrderImporter);
    a = await t.createTenant('import-a');
    b = await t.createTenant('import-b');
    ev = await t.createEvent(a, { name: EVENT, capacity: 20 });
    // A second price, sold from later on: an import records sales made elsewhere, whatever the shop's windows.
    await t
      .http()
      .post(`/api/v1/ticketings/${a.ticketingId}/events/${ev.eventId}/prices`)
      .set('authorization', `Bearer ${a.token}`)
      .send({ name: 'Réduit', kind: 'fixed', amounts: [{ amount: 1500, currency: 'CHF' }], salesStartAt: '2027-01-01T00:00:00Z' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('dry run: reports every error with its line and column, and writes nothing', async () => {
    const before = await written(a);
    const csv = [
      HEADER,
      `X-1;ada@example.ch;Ada;Lovelace;${EVENT};2027-03-01 20:00;Parterre;Plein tarif;2;cash`,
      `X-2;not-an-email;Alan;Turing;${EVENT};;;Plein tarif;0;`,
      `X-3;grace@example.ch;Grace;Hopper;Hamlet;;;Plein tarif;1;`,
      `X-4;edsger@example.ch;Edsger;Dijkstra;${EVENT};2027-03-02 20:00;;Plein tarif;1;`,
      `X-5;barbara@example.ch;Barbara;Liskov;${EVENT};;Balcon;Enfant;1;cheque`,
      `X-1;someone@example.ch;Ada;Lovelace;${EVENT};;;Plein tarif;1;cash`,
      `X-6;;Ken;Thompson;${EVENT};;;Plein tarif;30;`,
    ].join('\n');
    const res = await upload(a, csv, '?dryRun=true').expect(200);
    // X-1's second line names another customer: the whole order X-1 is out, not only that line.
    expect(res.body).toMatchObject({ fileName: 'ventes.csv', lines: 7, orders: 0, tickets: 0, alreadyImported: 0, ready: false });
    expect(res.body.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code])).toEqual([
      [3, 'email', 'EMAIL_INVALID'],
      [3, 'quantity', 'QUANTITY_INVALID'],
      [4, 'event', 'EVENT_UNKNOWN'],
      [5, 'date', 'DATE_UNKNOWN'],
      [6, 'payment', 'PAYMENT_UNKNOWN'],
      // A line with a wrong cell is still resolved against the catalog, so that all its errors show at once.
      [6, 'zone', 'ZONE_UNKNOWN'],
      [7, 'email', 'REFERENCE_DIFFERS'],
      [8, 'email', 'REQUIRED'],
    ]);
    // A file with errors is not imported, not even in part.
    const refused = await upload(a, csv).expect(422);
    expect(refused.body).toMatchObject({ code: 'ORDER_IMPORT_FILE_HAS_ERRORS', errors: [{ field: 'file' }] });
    expect(refused.body.lines).toEqual(res.body.errors);
    expect(await written(a)).toEqual(before);
  });

  it('dry run: the zone and price are checked against the event, and the places against what is left', async () => {
    const csv = [
      HEADER,
      `Z-1;ada@example.ch;Ada;Lovelace;${EVENT};;Balcon;Plein tarif;1;`,
      `Z-2;ada@example.ch;Ada;Lovelace;${EVENT};;;Enfant;1;`,
      `Z-3;ada@example.ch;Ada;Lovelace;${EVENT};;;Plein tarif;15;`,
      `Z-4;ada@example.ch;Ada;Lovelace;${EVENT};;;Plein tarif;6;`,
      `Z-5;ada@example.ch;Ada;Lovelace;${EVENT};01.03.2027 20:00;;Plein tarif;1;`,
    ].join('\r\n');
    const res = await upload(a, csv, '?dryRun=true').expect(200);
    expect(res.body.errors.map((e: { line: number; column: string; code: string; message: string }) => [e.line, e.column, e.code, e.message])).toEqual([
      [2, 'zone', 'ZONE_UNKNOWN', 'the event has no zone of this name'],
      [3, 'price', 'PRICE_UNKNOWN', 'the event has no price of this name'],
      [5, 'quantity', 'NOT_ENOUGH_PLACES', 'only 5 places left'],
    ]);
    expect(res.body).toMatchObject({ lines: 5, orders: 2, tickets: 16 });
  });

  it('imports in the background: one order per reference, paid ones in the ledger, no email unless asked; the same file again creates nothing', async () => {
    const before = await written(a);
    const csv = [
      'Référence,E-mail,Prénom,Nom,Événement,Tarif,Quantité,Paiement,Mobile',
      `R-100,ada@example.ch,Ada,Lovelace,${EVENT},Plein tarif,2,carte,+41 79 000 00 01`,
      `R-100,ada@example.ch,Ada,Lovelace,${EVENT},Réduit,1,carte,`,
      `R-101,alan@example.ch,Alan,Turing,${EVENT},Plein tarif,1,,`,
    ].join('\n');
    const dry = await upload(a, csv, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ lines: 3, orders: 2, tickets: 4, alreadyImported: 0, ready: true, errors: [] });

    const done = await importAndRun(a, csv);
    expect(done).toMatchObject({ status: 'done', total: 2, created: 2, skipped: 0, failed: 0, failures: [], notify: false });
    const orders = (
      await t.sql.query(
        `SELECT o.external_reference AS ref, o.channel, o.status, o.total_amount AS total, o.customer_phone AS phone,
                (SELECT count(*)::int FROM tickets WHERE order_id = o.id) AS tickets,
                (SELECT json_agg(json_build_object('method', method, 'amount', amount)) FROM payments WHERE order_id = o.id) AS payments
           FROM orders o WHERE o.ticketing_id = $1 AND o.external_reference IS NOT NULL ORDER BY 1`,
        [a.ticketingId],
      )
    ).rows;
    expect(orders).toEqual([
      { ref: 'R-100', channel: 'import', status: 'paid', total: 6500, phone: '+41 79 000 00 01', tickets: 3, payments: [{ method: 'card', amount: 6500 }] },
      { ref: 'R-101', channel: 'import', status: 'reserved', total: 2500, phone: null, tickets: 1, payments: null },
    ]);
    const after = await written(a);
    expect(after).toMatchObject({ orders: before.orders + 2, tickets: before.tickets + 4, sold: before.sold + 4, imports: before.imports + 1 });
    const mails = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE ticketing_id = $1 AND name = 'order-confirmation'`, [a.ticketingId]);
    expect(mails.rows[0].n).toBe(0);

    // The same file again: the dry run says both are there; the import skips them.
    const again = await upload(a, csv, '?dryRun=true').expect(200);
    expect(again.body).toMatchObject({ orders: 0, tickets: 0, alreadyImported: 2, ready: true });
    const second = await importAndRun(a, csv);
    expect(second).toMatchObject({ status: 'done', total: 2, created: 0, skipped: 2, failed: 0 });
    expect(await written(a)).toMatchObject({ orders: after.orders, tickets: after.tickets, sold: after.sold });

    // The history says where the order came from.
    const orderId = (await t.sql.query(`SELECT id FROM orders WHERE external_reference = 'R-100' AND ticketing_id = $1`, [a.ticketingId])).rows[0].id;
    const order = (await t.http().get(`/api/v1/ticketings/${a.ticketingId}/orders/${orderId}`).set('authorization', `Bearer ${a.token}`).expect(200)).body;
    expect(order.history[0]).toMatchObject({ action: 'orders.order.placed', data: { channel: 'import' } });
  });

  it('sends the confirmation emails when asked', async () => {
    const done = await importAndRun(a, [HEADER, `N-1;nina@example.ch;Nina;Simone;${EVENT};;;Plein tarif;1;cash`].join('\n'), '?notify=true');
    expect(done).toMatchObject({ created: 1, notify: true });
    const mails = await t.sql.query(
      `SELECT count(*)::int AS n FROM outbox x JOIN orders o ON x.payload->>'orderId' = o.id::text WHERE o.external_reference = 'N-1' AND x.name = 'order-confirmation'`,
    );
    expect(mails.rows[0].n).toBe(1);
  });

  it('an order that can no longer be placed when the job runs fails alone, with its reason', async () => {
    const small = await t.createEvent(a, { name: 'Petite forme', capacity: 3 });
    const csv = [HEADER, `S-1;ada@example.ch;Ada;Lovelace;Petite forme;;;Plein tarif;2;`, `S-2;alan@example.ch;Alan;Turing;Petite forme;;;Plein tarif;1;`].join(
      '\n',
    );
    const accepted = await upload(a, csv).expect(202);
    // Between the dry run and the job, the shop sells two of the three places.
    expect((await buy(t, a, small, 2)).status).toBe(201);
    await importer.run(a.scope, accepted.body.id);
    const done = (await t.http().get(`/api/v1/ticketings/${a.ticketingId}/order-imports/${accepted.body.id}`).set('authorization', `Bearer ${a.token}`)).body;
    expect(done).toMatchObject({ status: 'done', total: 2, created: 1, failed: 1 });
    expect(done.failures).toEqual([expect.objectContaining({ line: 2, reference: 'S-1', code: 'CAPACITY_EXCEEDED' })]);
    const sold = await t.sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [small.dateId]);
    expect(sold.rows[0]).toEqual({ sold: 3, held: 0 });
  });

  it('refuses files it cannot read, whole, writing nothing', async () => {
    const before = await written(a);
    const latin1 = Buffer.from(
      `${HEADER}\nL-1;ada@example.ch;Ada;Lovelace;${EVENT};;;Plein tarif;1;\nL-2;e@example.ch;Émile;Zola;${EVENT};;;Plein tarif;1;\n`,
      'latin1',
    );
    const notUtf8 = await upload(a, latin1, '?dryRun=true').expect(422);
    expect(notUtf8.body).toMatchObject({ code: 'ORDER_IMPORT_FILE_NOT_UTF8', line: 3, errors: [{ field: 'file' }] });

    const columns = await upload(a, 'reference;email;prenom;event;prix\nX;a@b.ch;A;B;C', '?dryRun=true').expect(422);
    expect(columns.body).toMatchObject({ code: 'ORDER_IMPORT_COLUMNS', missing: ['last_name', 'price'], unknown: ['prix'] });

    const quote = await upload(a, `${HEADER}\nQ-1;"ada@example.ch;Ada;Lovelace;${EVENT};;;Plein tarif;1;\n`, '?dryRun=true').expect(422);
    expect(quote.body).toMatchObject({ code: 'ORDER_IMPORT_FILE_MALFORMED' });

    const ragged = await upload(a, `${HEADER}\nQ-1;ada@example.ch;Ada\n`, '?dryRun=true').expect(422);
    expect(ragged.body).toMatchObject({ code: 'ORDER_IMPORT_FILE_MALFORMED', line: 2 });

    const empty = await upload(a, `${HEADER}\n`, '?dryRun=true').expect(422);
    expect(empty.body.code).toBe('ORDER_IMPORT_FILE_EMPTY');

    const huge = Buffer.alloc(50 * 1024 * 1024, 'a');
    const tooLarge = await upload(a, huge).expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'ORDER_IMPORT_FILE_TOO_LARGE', errors: [{ field: 'file', message: 'must be at most 10 MB' }] });

    expect(await written(a)).toEqual(before);
  });

  it('is scoped to the ticketing: another ticketing’s events are unknown, its imports not found', async () => {
    const res = await upload(b, [HEADER, `B-1;ada@example.ch;Ada;Lovelace;${EVENT};;;Plein tarif;1;`].join('\n'), '?dryRun=true').expect(200);
    expect(res.body.errors).toEqual([expect.objectContaining({ line: 2, column: 'event', code: 'EVENT_UNKNOWN' })]);
    const ofA = (await t.http().get(`/api/v1/ticketings/${a.ticketingId}/order-imports`).set('authorization', `Bearer ${a.token}`).expect(200)).body.items;
    expect(ofA.length).toBeGreaterThan(0);
    const foreign = await t.http().get(`/api/v1/ticketings/${b.ticketingId}/order-imports/${ofA[0].id}`).set('authorization', `Bearer ${b.token}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('ORDER_IMPORT_NOT_FOUND');
    const list = (await t.http().get(`/api/v1/ticketings/${b.ticketingId}/order-imports`).set('authorization', `Bearer ${b.token}`).expect(200)).body.items;
    expect(list).toEqual([]);
  });
});
