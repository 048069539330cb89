import { calculateSCORReferenceChecksum } from 'swissqrbill/utils';
import { camtXml, TestMovement } from '../../test/camt';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { BankReconciliation } from './bank-reconciliation.service';

interface Placed {
  id: string;
  number: string;
  qrReference: string;
}
interface Entry {
  id: string;
  status: string;
  match: string | null;
  fit: string | null;
  preselected: boolean;
  reference: string | null;
  amount: { amount: number };
  order: { id: string; due: { amount: number } } | null;
  bookedBy: string | null;
  bookedComplete: boolean | null;
}

/**
 * PAY-5 against PostgreSQL: camt files imported by the job, each movement stored once (a re-import
 * or an overlapping notification adds nothing), matched by QR and SCOR reference or only suggested,
 * exact / partial / over shown against what is due; the selected entries booked in one write, the
 * orders they cover paid and their tickets queued, a partial payment left partial unless validated
 * as complete; malformed and foreign files refused naming the element and line, nothing stored.
 */
describe('bank files (CAMT) and their validation', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let reconciliation: BankReconciliation;
  let ev: { dateId: string; zoneId: string; priceId: string };

  const as = (tenant: Tenant) => ({
    get: (path: string) => t.http().get(`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`),
    post: (path: string) => t.http().post(`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`),
  });
  const upload = (tenant: Tenant, xml: string | Buffer, name = 'camt.xml') =>
    as(tenant)
      .post('/bank-files')
      .attach('file', Buffer.isBuffer(xml) ? xml : Buffer.from(xml, 'utf8'), name);
  /** Uploads, runs the job as the worker would, and answers the file as the API then shows it. */
  const importFile = async (tenant: Tenant, xml: string) => {
    const accepted = await upload(tenant, xml).expect(202);
    expect(accepted.body).toMatchObject({ stage: 'queued', entriesDone: 0 });
    await reconciliation.run(tenant.scope, accepted.body.id);
    return (await as(tenant).get(`/bank-files/${accepted.body.id}`).expect(200)).body;
  };
  const entries = async (tenant: Tenant, query = ''): Promise<Entry[]> => (await as(tenant).get(`/bank-entries${query}`).expect(200)).body.items;
  const entryWith = (list: Entry[], reference: string) => list.find((e) => e.reference === reference)!;
  const order = async (id: string) => (await as(a).get(`/orders/${id}`).expect(200)).body;
  const counts = async (tenant: Tenant) =>
    (
      await t.sql.query(
        `SELECT (SELECT count(*) FROM bank_files WHERE ticketing_id = $1)::int AS files,
                (SELECT count(*) FROM bank_entries WHERE ticketing_id = $1)::int AS entries,
                (SELECT count(*) FROM payments WHERE ticketing_id = $1)::int AS payments,
                (SELECT count(*) FROM outbox WHERE ticketing_id = $1 AND name = 'order-confirmation')::int AS confirmations`,
        [tenant.ticketingId],
      )
    ).rows[0];

  /** An invoice order of `places` × 50.00 for the buyer named. */
  async function invoiceOrder(lastName: string, places = 2): Promise<Placed> {
    const cart = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts`)
      .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: places }] })
      .expect(201);
    const placed = await t
      .http()
      .post(`/api/v1/shop/${a.slug}/carts/${cart.body.id}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName, email: `${lastName.toLowerCase()}@example.ch` }, paymentMethod: 'invoice' })
      .expect(201);
    const o = await order(placed.body.orderId);
    return { id: o.id, number: o.number, qrReference: o.qrReference };
  }
  const scorOf = (o: Placed) => `RF${calculateSCORReferenceChecksum(o.number)}${o.number}`;

  let exact: Placed, partial: Placed, over: Placed, byScor: Placed, suggested: Placed, completed: Placed;
  let file: string;

  beforeAll(async () => {
    t = await startTestApp({ label: 'bank-files' });
    reconciliation = t.app.get(BankReconciliation);
    a = await t.createTenant('camt-a');
    b = await t.createTenant('camt-b');
    await t
      .http()
      .put(`/api/v1/ticketings/${a.ticketingId}/invoice-settings`)
      .set('authorization', `Bearer ${a.token}`)
      .send({
        creditorName: 'Théâtre du Jura',
        street: 'Rue du Marché',
        buildingNumber: '4',
        zip: '2800',
        city: 'Delémont',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
      })
      .expect(200);
    ev = await t.createEvent(a, { capacity: 50, amount: 5000 });
    [exact, partial, over, byScor, suggested, completed] = await Promise.all(
      ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Hamilton'].map((name) => invoiceOrder(name)),
    );
    const m = (amount: string, more: Partial<TestMovement> & { bankReference: string }): TestMovement => ({ amount, ...more });
    file = camtXml('camt.053', '08', [
      m('100.00', { qrr: exact.qrReference, debtor: 'Ada Lovelace', bankReference: 'R1' }),
      // A batch booking: one entry, four transactions — four bank entries.
      [
        m('60.00', { qrr: partial.qrReference, debtor: 'Grace Hopper', bankReference: 'R2' }),
        m('130.00', { qrr: over.qrReference, debtor: 'Alan Turing', bankReference: 'R3' }),
        m('100.00', { scor: scorOf(byScor), debtor: 'Edsger Dijkstra', bankReference: 'R4' }),
        m('40.00', { qrr: completed.qrReference, debtor: 'Margaret Hamilton', bankReference: 'R5' }),
      ],
      // No reference: the amount due and the buyer's name only suggest the order.
      m('100.00', { debtor: 'LISKOV Barbara', bankReference: 'R6' }),
      // A QR reference whose check digit is wrong names nothing.
      m('100.00', { qrr: exact.qrReference.slice(0, 26) + ((Number(exact.qrReference[26]) + 1) % 10), debtor: 'Nobody', bankReference: 'R7' }),
      m('75.50', { debit: true, bankReference: 'R8' }),
    ]);
  });
  afterAll(() => t.close());

  it('imports a camt.053 in the background: one bank entry per transaction, matched by QRR and SCOR, a suggestion shown as such, nothing booked', async () => {
    const before = await counts(a);
    const done = await importFile(a, file);
    expect(done).toMatchObject({ message: 'camt.053', version: '001.08', stage: 'done', entriesTotal: 8, entriesDone: 8, entriesNew: 8 });
    expect(done.finishedAt).not.toBeNull();

    const list = await entries(a);
    expect(list).toHaveLength(8);
    const view = (e: Entry) => [e.status, e.match, e.fit, e.preselected, e.order?.id ?? null, e.order?.due.amount ?? null];
    expect(view(entryWith(list, exact.qrReference))).toEqual(['matched', 'qrr', 'exact', true, exact.id, 10000]);
    expect(view(entryWith(list, partial.qrReference))).toEqual(['matched', 'qrr', 'partial', false, partial.id, 10000]);
    expect(view(entryWith(list, over.qrReference))).toEqual(['matched', 'qrr', 'over', false, over.id, 10000]);
    expect(view(entryWith(list, scorOf(byScor)))).toEqual(['matched', 'scor', 'exact', true, byScor.id, 10000]);
    const suggestion = list.find((e) => e.match === 'suggestion')!;
    expect(view(suggestion)).toEqual(['suggested', 'suggestion', 'exact', false, suggested.id, 10000]);
    expect(list.filter((e) => e.status === 'unmatched')).toHaveLength(1);
    expect(list.filter((e) => e.status === 'ignored').map((e) => e.amount.amount)).toEqual([7550]);

    expect((await entries(a, '?status=matched')).map((e) => e.status)).toEqual(Array(5).fill('matched'));
    expect((await entries(a, '?status=suggested')).map((e) => e.order?.id)).toEqual([suggested.id]);
    // Matching books nothing: not even the exact ones, nor the suggestion.
    expect(await counts(a)).toEqual({ ...before, files: before.files + 1, entries: before.entries + 8 });
    expect((await order(suggested.id)).status).toBe('reserved');
  });

  it('stores each movement once: the same file again, and a notification of movements already stated, add no entry', async () => {
    const before = await counts(a);
    expect(await importFile(a, file)).toMatchObject({ stage: 'done', entriesTotal: 8, entriesDone: 8, entriesNew: 0 });
    // The camt.054 notified during the day reports the first movement again (.04 shape), and one new one.
    const notification = camtXml('camt.054', '04', [
      { amount: '100.00', qrr: exact.qrReference, debtor: 'Ada Lovelace', bankReference: 'R1' },
      { amount: '12.00', debtor: 'Someone Else', bankReference: 'R9' },
    ]);
    expect(await importFile(a, notification)).toMatchObject({ message: 'camt.054', version: '001.04', entriesTotal: 2, entriesNew: 1 });
    const latest = (await as(a).get('/bank-files').expect(200)).body.items;
    expect(latest.slice(0, 3).map((f: { message: string; entriesNew: number }) => [f.message, f.entriesNew])).toEqual([
      ['camt.054', 1],
      ['camt.053', 0],
      ['camt.053', 8],
    ]);
    expect(await counts(a)).toEqual({ ...before, files: before.files + 2, entries: before.entries + 1 });
  });

  it('validates the selected transactions in one write: exact and over-payments pay their orders, a partial one stays partial', async () => {
    const list = await entries(a);
    const selected = [exact.qrReference, partial.qrReference, over.qrReference, scorOf(byScor)].map((r) => entryWith(list, r).id);
    const before = await counts(a);
    const res = await as(a).post('/bank-entries/validations').send({ entryIds: selected }).expect(200);
    expect(res.body.alreadyBooked).toEqual([]);
    expect(res.body.booked.map((x: { orderId: string; orderPaid: boolean; due: { amount: number } }) => [x.orderId, x.orderPaid, x.due.amount])).toEqual([
      [exact.id, true, 0],
      [partial.id, false, 4000],
      [over.id, true, 0],
      [byScor.id, true, 0],
    ]);
    // Four bank-transfer payments; three orders paid, their tickets queued; none for the partial one.
    expect(await counts(a)).toEqual({ ...before, payments: before.payments + 4, confirmations: before.confirmations + 3 });
    expect(await order(exact.id)).toMatchObject({ status: 'paid', amountDue: { amount: 0 } });
    expect(await order(over.id)).toMatchObject({ status: 'paid', amountDue: { amount: 0 }, balance: { amount: -3000 } });
    expect(await order(partial.id)).toMatchObject({ status: 'reserved', amountDue: { amount: 4000 } });
    const ledger = await t.sql.query(`SELECT method, amount, provider_reference AS ref FROM payments WHERE order_id = $1`, [partial.id]);
    expect(ledger.rows).toEqual([{ method: 'bank_transfer', amount: 6000, ref: 'R2' }]);

    const after = await entries(a, '?status=booked');
    expect(after.map((e) => [e.bookedBy, e.bookedComplete, e.fit])).toEqual(Array(4).fill([expect.stringMatching(/\S/), false, null]));

    // The same selection again: idempotent.
    const again = await as(a).post('/bank-entries/validations').send({ entryIds: selected }).expect(200);
    expect(again.body).toEqual({ booked: [], alreadyBooked: selected });
    expect(await counts(a)).toEqual({ ...before, payments: before.payments + 4, confirmations: before.confirmations + 3 });
  });

  it('a partial payment validated as complete pays its order, recorded as the organizer’s decision; the ledger keeps what was received', async () => {
    const entry = entryWith(await entries(a), completed.qrReference);
    expect(entry.fit).toBe('partial');
    const res = await as(a)
      .post('/bank-entries/validations')
      .send({ entryIds: [entry.id], complete: [entry.id] })
      .expect(200);
    expect(res.body.booked).toEqual([expect.objectContaining({ orderId: completed.id, orderPaid: true, due: { amount: 0, currency: 'CHF' } })]);
    // Recorded as complete (seed 003): nothing more is asked; the balance keeps what was not received.
    expect(await order(completed.id)).toMatchObject({ status: 'paid', amountDue: { amount: 0 }, paid: { amount: 4000 }, balance: { amount: 6000 } });
    const booked = entryWith(await entries(a, '?status=booked'), completed.qrReference);
    expect(booked).toMatchObject({ bookedComplete: true, bookedBy: expect.stringMatching(/\S/) });
  });

  it('refuses to book a debit, an entry tied to no order, or `complete` outside the selection — and books nothing of the selection', async () => {
    const list = await entries(a);
    const suggestion = list.find((e) => e.match === 'suggestion')!;
    const debit = list.find((e) => e.status === 'ignored')!;
    const unmatched = list.find((e) => e.status === 'unmatched')!;
    const before = await counts(a);
    const refusedDebit = await as(a)
      .post('/bank-entries/validations')
      .send({ entryIds: [suggestion.id, debit.id] })
      .expect(422);
    expect(refusedDebit.body).toMatchObject({ code: 'BANK_ENTRY_NOT_PAYABLE', errors: [{ field: 'entryIds[1]' }] });
    const refusedUnmatched = await as(a)
      .post('/bank-entries/validations')
      .send({ entryIds: [unmatched.id] })
      .expect(422);
    expect(refusedUnmatched.body).toMatchObject({ code: 'BANK_ENTRY_NOT_PAYABLE', errors: [{ field: 'entryIds[0]' }] });
    const outside = await as(a)
      .post('/bank-entries/validations')
      .send({ entryIds: [suggestion.id], complete: [debit.id] })
      .expect(400);
    expect(outside.body.errors).toEqual([{ field: 'complete[0]', message: expect.any(String) }]);
    expect(await counts(a)).toEqual(before);
    expect((await order(suggested.id)).status).toBe('reserved');

    // Selected by hand, a suggestion is booked like any other entry.
    await as(a)
      .post('/bank-entries/validations')
      .send({ entryIds: [suggestion.id] })
      .expect(200);
    expect((await order(suggested.id)).status).toBe('paid');
  });

  it('books an entry once when two organizers validate it at the same time', async () => {
    const race = await invoiceOrder('Curie');
    await importFile(a, camtXml('camt.054', '08', [{ amount: '100.00', qrr: race.qrReference, debtor: 'Marie Curie', bankReference: 'RACE' }]));
    const entry = entryWith(await entries(a, '?status=matched'), race.qrReference);
    const before = await counts(a);
    const answers = await Promise.all(
      [1, 2].map(() =>
        as(a)
          .post('/bank-entries/validations')
          .send({ entryIds: [entry.id] }),
      ),
    );
    // The second either finds it booked (alreadyBooked) or loses the race inside the write (409): never a second payment.
    for (const res of answers) expect(res.status === 200 || res.body.code === 'BANK_ENTRY_ALREADY_BOOKED').toBe(true);
    expect(answers.filter((res) => res.status === 200 && res.body.booked.length === 1)).toHaveLength(1);
    expect(await counts(a)).toEqual({ ...before, payments: before.payments + 1, confirmations: before.confirmations + 1 });
    expect((await order(race.id)).status).toBe('paid');
  });

  it('refuses malformed and foreign files naming the element and the line, and stores nothing', async () => {
    const before = await counts(a);
    // The debit's indicator closed under another name: on the line after its amount.
    const broken = file.replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DBIT</CdtDbInd>');
    const res = await upload(a, broken).expect(422);
    const line = broken.split('\n').findIndex((l) => l.includes('75.50')) + 2;
    expect(res.body).toMatchObject({ code: 'BANK_FILE_UNREADABLE', errors: [{ field: 'file' }], line });
    expect(res.body.element).toMatch(/^Document\/BkToCstmrStmt\/Stmt\[1\]\/Ntry\[5\]/);

    const pain = '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>';
    expect((await upload(a, pain).expect(422)).body).toMatchObject({ code: 'BANK_FILE_UNREADABLE', element: 'Document', line: 2 });
    const noAmount = file.replace('<Amt Ccy="CHF">60.00</Amt>', '<Amt>60.00</Amt>');
    expect((await upload(a, noAmount).expect(422)).body).toMatchObject({
      code: 'BANK_FILE_UNREADABLE',
      element: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/NtryDtls/TxDtls[1]/Amt',
    });
    expect((await upload(a, Buffer.from('not xml at all')).expect(422)).body.code).toBe('BANK_FILE_UNREADABLE');
    expect(await counts(a)).toEqual(before);
  });

  it('keeps tenants apart: another ticketing neither sees nor books these entries, and stores the same file as its own', async () => {
    const mine = await entries(a);
    const fileId = (await t.sql.query(`SELECT id FROM bank_files WHERE ticketing_id = $1 LIMIT 1`, [a.ticketingId])).rows[0].id;
    expect((await as(b).get(`/bank-files/${fileId}`).expect(404)).body.code).toBe('BANK_FILE_NOT_FOUND');
    const refused = await as(b)
      .post('/bank-entries/validations')
      .send({ entryIds: [mine[0].id] })
      .expect(404);
    expect(refused.body).toMatchObject({ code: 'BANK_ENTRY_NOT_FOUND', errors: [{ field: 'entryIds[0]' }] });
    expect(await entries(b)).toEqual([]);
    // B's orders are not A's: the same references match nothing there.
    const theirs = await importFile(b, file);
    expect(theirs).toMatchObject({ entriesNew: 8 });
    expect((await entries(b)).filter((e) => e.order)).toEqual([]);
  });
});
