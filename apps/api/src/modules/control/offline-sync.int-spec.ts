import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

type DoorList = {
  generatedAt: string;
  keys: { kid: string; publicKey: string }[];
  tickets: { id: string; barcode: string; dateId: string; zoneId: string; status: string; paid: boolean; scanState: string }[];
};

/** ADR 0043: a scanner's offline list, and its scans uploaded later — counted once, conflicts reported. */
describe('offline scanning: the door list and the upload', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let doorA: string;
  let doorB: string;

  const device = async (tn: Tenant, name: string) =>
    (await t.http().post(`/api/v1/ticketings/${tn.ticketingId}/control-devices`).set('authorization', `Bearer ${tn.token}`).send({ name }).expect(201)).body
      .token as string;
  const admin = (tn: Tenant, method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tn.ticketingId}${path}`).set('authorization', `Bearer ${tn.token}`);
  const doorList = (token: string, dateIds: string) => t.http().get('/api/v1/control/door-list').query({ dateIds }).set('authorization', `Bearer ${token}`);
  const upload = (token: string, scans: { nonce?: string; code: string; at?: string; result?: string; mode?: string; direction?: string }[]) =>
    t
      .http()
      .post('/api/v1/control/offline-scans')
      .set('authorization', `Bearer ${token}`)
      .send({
        scans: scans.map((s) => ({ nonce: s.nonce ?? randomUUID(), at: s.at ?? '2026-12-01T19:31:00.000Z', result: s.result ?? 'accepted', ...s })),
      });
  const scanOnline = (token: string, code: string) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${token}`).send({ code }).expect(200);
  /** A paid order's tickets on a new event's date (or a reservation's, not paid). */
  const sold = async (tn: Tenant, quantity: number, paid = true) => {
    const ev = await t.createEvent(tn, { capacity: 50 });
    const { body } = await buy(t, tn, ev, quantity);
    if (paid) await admin(tn, 'post', `/orders/${body.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const order = (await admin(tn, 'get', `/orders/${body.orderId}`).expect(200)).body;
    return { ...ev, orderId: body.orderId as string, tickets: order.tickets as { id: string; code: string; barcode: string }[] };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'offline' });
    tenant = await t.createTenant('offline');
    other = await t.createTenant('offline-other');
    doorA = await device(tenant, 'Porte A');
    doorB = await device(tenant, 'Porte B');
  });
  afterAll(() => t.close());

  it('lists every ticket of the chosen dates with its barcode, status and payment, and the keys that verify its code offline', async () => {
    const paid = await sold(tenant, 2);
    const reserved = await sold(tenant, 1, false);
    const elsewhere = await sold(tenant, 1);
    await admin(tenant, 'post', `/orders/${paid.orderId}/tickets/cancel`)
      .send({ ticketIds: [paid.tickets[1].id] })
      .expect(200);

    const list = (await doorList(doorA, `${paid.dateId},${reserved.dateId}`).expect(200)).body as DoorList;
    const byId = new Map(list.tickets.map((x) => [x.id, x]));
    expect(list.tickets).toHaveLength(3); // never another date's
    expect(byId.has(elsewhere.tickets[0].id)).toBe(false);
    expect(byId.get(paid.tickets[0].id)).toEqual({
      id: paid.tickets[0].id,
      barcode: paid.tickets[0].barcode,
      dateId: paid.dateId,
      zoneId: paid.zoneId,
      status: 'valid',
      paid: true,
      scanState: 'unscanned',
    });
    expect(byId.get(paid.tickets[1].id)).toMatchObject({ status: 'cancelled' });
    expect(byId.get(reserved.tickets[0].id)).toMatchObject({ status: 'valid', paid: false });

    // What the scanner page does offline: the code's signature checked with the listed key alone.
    const [version, kid, id, signature] = paid.tickets[0].code.split('.');
    const key = list.keys.find((k) => k.kid === kid)!;
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.publicKey }, format: 'jwk' });
    expect(verify(null, Buffer.from(`${version}.${kid}.${id}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    expect(verify(null, Buffer.from(`${version}.${kid}.${id}x`), publicKey, Buffer.from(signature, 'base64url'))).toBe(false);
  });

  it('refuses a date of another ticketing or none at all, naming dateIds', async () => {
    const foreign = await sold(other, 1);
    const mine = await t.createEvent(tenant, {});
    const refused = await doorList(doorA, `${mine.dateId},${foreign.dateId}`).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'dateIds' }] });
    expect((await doorList(doorA, 'tomorrow').expect(400)).body.errors[0].field).toBe('dateIds');
    // The other ticketing's own device gets its own list.
    const theirs = (await doorList(await device(other, 'Leur porte'), foreign.dateId).expect(200)).body as DoorList;
    expect(theirs.tickets.map((x) => x.id)).toEqual([foreign.tickets[0].id]);
  });

  it('records an offline admission once by its nonce, then answers the door online as used', async () => {
    const { tickets } = await sold(tenant, 2);
    const nonce = randomUUID();
    const first = await upload(doorA, [
      { nonce, code: tickets[0].code, at: '2026-12-01T19:31:00.000Z' },
      { code: tickets[1].barcode, at: '2026-12-01T19:32:00.000Z' },
    ]).expect(200);
    expect(first.body.receipts).toEqual([
      { nonce, status: 'recorded', conflict: false },
      { nonce: expect.any(String), status: 'recorded', conflict: false },
    ]);
    // The network came back in the middle of the upload: the device sends it again.
    const again = await upload(doorA, [{ nonce, code: tickets[0].code, at: '2026-12-01T19:31:00.000Z' }]).expect(200);
    expect(again.body.receipts).toEqual([{ nonce, status: 'duplicate', conflict: false }]);
    const scans = await t.sql.query(`SELECT count(*)::int AS n FROM scans WHERE ticket_id = $1`, [tickets[0].id]);
    expect(scans.rows[0].n).toBe(1);
    const state = await t.sql.query(`SELECT scan_state, first_scanned_at FROM tickets WHERE id = $1`, [tickets[0].id]);
    expect(state.rows[0]).toEqual({ scan_state: 'in', first_scanned_at: new Date('2026-12-01T19:31:00.000Z') });

    expect((await scanOnline(doorB, tickets[1].code)).body).toMatchObject({ result: 'already_used', firstScannedAt: '2026-12-01T19:32:00.000Z' });
  });

  it('reports a conflict when two devices admitted the same ticket offline, keeping the earliest entry', async () => {
    const { tickets } = await sold(tenant, 1);
    const a = await upload(doorA, [{ code: tickets[0].code, at: '2026-12-01T19:40:00.000Z' }]).expect(200);
    const b = await upload(doorB, [{ code: tickets[0].barcode, at: '2026-12-01T19:35:00.000Z' }]).expect(200);
    expect(a.body.receipts[0].conflict).toBe(false);
    expect(b.body.receipts[0].conflict).toBe(true);
    const state = await t.sql.query(`SELECT first_scanned_at FROM tickets WHERE id = $1`, [tickets[0].id]);
    expect(state.rows[0].first_scanned_at).toEqual(new Date('2026-12-01T19:35:00.000Z'));
    const flagged = await t.sql.query(`SELECT device_id IS NOT NULL AS has_device, offline, conflict FROM scans WHERE ticket_id = $1 ORDER BY id`, [
      tickets[0].id,
    ]);
    expect(flagged.rows).toEqual([
      { has_device: true, offline: true, conflict: false },
      { has_device: true, offline: true, conflict: true },
    ]);
  });

  it('of two uploads of the same admission at the same moment, exactly one is not a conflict', async () => {
    const { tickets } = await sold(tenant, 10);
    for (const ticket of tickets) {
      const [a, b] = await Promise.all([upload(doorA, [{ code: ticket.code }]), upload(doorB, [{ code: ticket.barcode }])]);
      expect([a.body.receipts[0].conflict, b.body.receipts[0].conflict].sort()).toEqual([false, true]);
    }
  });

  it('follows the mode the device scanned in: entry/exit moves the ticket in and out, multiple entries are never a conflict', async () => {
    const { tickets } = await sold(tenant, 2);
    const state = async (id: string) => (await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [id])).rows[0].scan_state;
    const door = await upload(doorA, [
      { code: tickets[0].code, mode: 'entry_exit', at: '2026-12-01T19:30:00.000Z' },
      { code: tickets[0].code, mode: 'entry_exit', direction: 'out', at: '2026-12-01T20:45:00.000Z' },
    ]).expect(200);
    expect(door.body.receipts.map((r: { conflict: boolean }) => r.conflict)).toEqual([false, false]);
    expect(await state(tickets[0].id)).toBe('out');
    const back = await upload(doorB, [{ code: tickets[0].barcode, mode: 'entry_exit', at: '2026-12-01T21:00:00.000Z' }]).expect(200);
    expect(back.body.receipts[0].conflict).toBe(false);
    expect(await state(tickets[0].id)).toBe('in');
    const directions = await t.sql.query(`SELECT direction FROM scans WHERE ticket_id = $1 ORDER BY at`, [tickets[0].id]);
    expect(directions.rows.map((r) => r.direction)).toEqual(['in', 'out', 'in']);

    const many = await Promise.all([
      upload(doorA, [{ code: tickets[1].code, mode: 'multiple' }]),
      upload(doorB, [{ code: tickets[1].code, mode: 'multiple' }]),
    ]);
    expect(many.map((r) => r.body.receipts[0].conflict)).toEqual([false, false]);
  });

  it('reports an offline admission of a cancelled or unknown ticket, and records refusals as they were made', async () => {
    const { orderId, tickets } = await sold(tenant, 2);
    await admin(tenant, 'post', `/orders/${orderId}/tickets/cancel`)
      .send({ ticketIds: [tickets[0].id] })
      .expect(200);
    const foreign = await sold(other, 1);
    const res = await upload(doorA, [{ code: tickets[0].code }, { code: foreign.tickets[0].code }, { code: tickets[1].code, result: 'not_paid' }]).expect(200);
    expect(res.body.receipts.map((r: { conflict: boolean }) => r.conflict)).toEqual([true, true, false]);
    const cancelled = await t.sql.query(`SELECT status, scan_state FROM tickets WHERE id = $1`, [tickets[0].id]);
    expect(cancelled.rows[0]).toEqual({ status: 'cancelled', scan_state: 'unscanned' });
    const refused = await t.sql.query(`SELECT result FROM scans WHERE ticket_id = $1`, [tickets[1].id]);
    expect(refused.rows).toEqual([{ result: 'not_paid' }]);
    const untouched = await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [tickets[1].id]);
    expect(untouched.rows[0].scan_state).toBe('unscanned');
  });

  it('refuses a scan dated in the future or a bad verdict, naming the field, and records nothing of the batch', async () => {
    const { tickets } = await sold(tenant, 1);
    const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const refused = await upload(doorA, [{ code: tickets[0].code }, { code: tickets[0].barcode, at: future }]).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'scans[1].at', message: 'is in the future' }]);
    const verdict = await upload(doorA, [{ code: tickets[0].code, result: 'maybe' }]).expect(400);
    expect(verdict.body.errors[0].field).toBe('scans[0].result');
    const scans = await t.sql.query(`SELECT count(*)::int AS n FROM scans WHERE ticket_id = $1`, [tickets[0].id]);
    expect(scans.rows[0].n).toBe(0);
  });
});
