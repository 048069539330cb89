import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

describe('scanning at the door (normal mode)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let deviceToken: string;

  const device = async (tn: Tenant, name = 'Porte A') =>
    (await t.http().post(`/api/v1/ticketings/${tn.ticketingId}/control-devices`).set('authorization', `Bearer ${tn.token}`).send({ name }).expect(201)).body
      .token as string;
  const payAtTicketOffice = (tn: Tenant, orderId: string) =>
    t
      .http()
      .post(`/api/v1/ticketings/${tn.ticketingId}/orders/${orderId}/payment`)
      .set('authorization', `Bearer ${tn.token}`)
      .send({ method: 'cash' })
      .expect(200);
  const scan = (token: string, code: string) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${token}`).send({ code });
  /** Tickets of a paid order (a reservation's tickets enter once the ticket office records its payment). */
  const ticketCodes = async (tn: Tenant, quantity: number, paid = true) => {
    const ev = await t.createEvent(tn, { capacity: 500 });
    const { body } = await buy(t, tn, ev, quantity);
    if (paid) await payAtTicketOffice(tn, body.orderId);
    const rows = await t.sql.query(`SELECT id, code, barcode FROM tickets WHERE order_id = $1 ORDER BY id`, [body.orderId]);
    return rows.rows as { id: string; code: string; barcode: string }[];
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'scan' });
    tenant = await t.createTenant('scan');
    other = await t.createTenant('scan-other');
    deviceToken = await device(tenant);
  });
  afterAll(() => t.close());

  it('accepts a ticket once, then answers already used with the first scan time', async () => {
    const [ticket] = await ticketCodes(tenant, 1);
    const first = await scan(deviceToken, ticket.code).expect(200);
    expect(first.body).toMatchObject({ result: 'accepted', valid: true, ticket: { id: ticket.id } });
    const second = await scan(deviceToken, ticket.code).expect(200);
    // The steward sees when and where it entered.
    expect(second.body).toMatchObject({ result: 'already_used', valid: false, firstScannedAt: first.body.scannedAt, firstScannedBy: 'Porte A' });
    const recorded = await t.sql.query(`SELECT result FROM scans WHERE ticket_id = $1 ORDER BY id`, [ticket.id]);
    expect(recorded.rows.map((r) => r.result)).toEqual(['accepted', 'already_used']);
  });

  it('refuses a reservation’s ticket until its payment is recorded ("not paid"), then accepts it', async () => {
    const [ticket] = await ticketCodes(tenant, 1, false);
    expect((await scan(deviceToken, ticket.code).expect(200)).body).toMatchObject({ result: 'not_paid', valid: false, ticket: { id: ticket.id } });
    const state = await t.sql.query(`SELECT scan_state, order_id FROM tickets WHERE id = $1`, [ticket.id]);
    expect(state.rows[0].scan_state).toBe('unscanned');
    await payAtTicketOffice(tenant, state.rows[0].order_id);
    expect((await scan(deviceToken, ticket.code)).body).toMatchObject({ result: 'accepted', valid: true });
  });

  it('refuses a forged code (signature does not match)', async () => {
    const [ticket] = await ticketCodes(tenant, 1);
    const parts = ticket.code.split('.');
    const sig = Buffer.from(parts[3], 'base64url');
    sig[0] ^= 0xff;
    const forged = [...parts.slice(0, 3), sig.toString('base64url')].join('.');
    expect((await scan(deviceToken, forged)).body).toMatchObject({ result: 'forged', valid: false, ticket: null });
    const untouched = await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [ticket.id]);
    expect(untouched.rows[0].scan_state).toBe('unscanned');
  });

  it('answers unknown for garbage and for another ticketing’s genuine ticket', async () => {
    expect((await scan(deviceToken, 'hello world')).body.result).toBe('unknown');
    const [foreign] = await ticketCodes(other, 1);
    expect((await scan(deviceToken, foreign.code)).body).toMatchObject({ result: 'unknown', ticket: null });
    const state = await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [foreign.id]);
    expect(state.rows[0].scan_state).toBe('unscanned');
  });

  it('admits a ticket by its barcode (ADR 0041) once, with the same answers as its signed code; another ticketing’s barcode is unknown', async () => {
    const [ticket, sibling] = await ticketCodes(tenant, 2);
    expect((await scan(deviceToken, ticket.barcode).expect(200)).body).toMatchObject({ result: 'accepted', valid: true, ticket: { id: ticket.id } });
    // The same ticket through its other code: one admission.
    expect((await scan(deviceToken, ticket.code)).body).toMatchObject({ result: 'already_used', ticket: { id: ticket.id } });
    await t.sql.query(`UPDATE tickets SET status = 'cancelled' WHERE id = $1`, [sibling.id]);
    expect((await scan(deviceToken, sibling.barcode)).body).toMatchObject({ result: 'cancelled', valid: false });

    const [foreign] = await ticketCodes(other, 1);
    expect((await scan(deviceToken, foreign.barcode)).body).toMatchObject({ result: 'unknown', ticket: null });
    const state = await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [foreign.id]);
    expect(state.rows[0].scan_state).toBe('unscanned');
    expect((await scan(await device(other), foreign.barcode)).body).toMatchObject({ result: 'accepted', ticket: { id: foreign.id } });
    const recorded = await t.sql.query(`SELECT code, result FROM scans WHERE ticket_id = $1 ORDER BY id`, [ticket.id]);
    expect(recorded.rows).toEqual([
      { code: ticket.barcode, result: 'accepted' },
      { code: ticket.code, result: 'already_used' },
    ]);
  });

  it('refuses cancelled and blacklisted tickets with their reason', async () => {
    const [a, b] = await ticketCodes(tenant, 2);
    await t.sql.query(`UPDATE tickets SET status = 'cancelled' WHERE id = $1`, [a.id]);
    await t.sql.query(`UPDATE tickets SET status = 'blacklisted' WHERE id = $1`, [b.id]);
    expect((await scan(deviceToken, a.code)).body).toMatchObject({ result: 'cancelled', valid: false });
    expect((await scan(deviceToken, b.code)).body).toMatchObject({ result: 'blacklisted', valid: false });
  });

  it('admits exactly one of eight devices scanning the same ticket at the same moment', async () => {
    const devices = [deviceToken, ...(await Promise.all(Array.from({ length: 7 }, (_, i) => device(tenant, `Porte ${i + 2}`))))];
    const tickets = await ticketCodes(tenant, 20);
    for (const ticket of tickets) {
      // Half of the devices read the QR code, half the barcode: one ticket either way.
      const answers = await Promise.all(devices.map((token, i) => scan(token, i % 2 ? ticket.barcode : ticket.code)));
      const results = answers.map((a) => a.body.result).sort();
      expect(results).toEqual(['accepted', ...Array(7).fill('already_used')]);
    }
    const accepted = await t.sql.query(`SELECT count(*)::int AS n FROM scans WHERE result = 'accepted' AND ticket_id = ANY($1::uuid[])`, [
      tickets.map((x) => x.id),
    ]);
    expect(accepted.rows[0].n).toBe(20);
  });

  it('only lets registered devices scan', async () => {
    const [ticket] = await ticketCodes(tenant, 1);
    const asUser = await scan(tenant.token, ticket.code);
    expect(asUser.status).toBe(401);
    expect(asUser.body.code).toBe('UNAUTHENTICATED');
    expect((await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [ticket.id])).rows[0].scan_state).toBe('unscanned');
  });
});
