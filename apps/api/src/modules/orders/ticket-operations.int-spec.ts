import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { pdfQrCodes } from '../../test/pdf';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';
import { WorkerModule } from '../../worker.module';

interface TicketView {
  id: string;
  code: string;
  status: string;
  scanState: string;
}

/** ORD-11: bulk operations on selected tickets of an order, what the door then answers, and the selected tickets' PDF — against PostgreSQL. */
describe('ticket operations', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let worker: INestApplicationContext | undefined;
  let tenant: Tenant;
  let deviceToken: string;

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const order = async (id: string) => (await api('get', `/orders/${id}`).expect(200)).body;
  const operate = (orderId: string, operation: string, ticketIds: string[]) =>
    api('post', `/orders/${orderId}/tickets/operations`).send({ operation, ticketIds });
  const scan = async (code: string) =>
    (await t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code }).expect(200)).body as { result: string };
  const fingerprint = async (orderId: string) =>
    (
      await t.sql.query(
        `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'scan', scan_state, 'code', code) ORDER BY id) FROM tickets WHERE order_id = $1::uuid) AS tickets,
                (SELECT count(*)::int FROM order_history WHERE order_id = $1::uuid) AS history,
                (SELECT count(*) FROM outbox WHERE payload->>'orderId' = $2)::int AS outbox`,
        [orderId, orderId],
      )
    ).rows[0];

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'ticketops', env: { SMTP_URL: smtp.url } });
    tenant = await t.createTenant('ticket-ops');
    deviceToken = (await api('post', '/control-devices').send({ name: 'Porte A' }).expect(201)).body.token;
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.close();
  });

  it('scans selected tickets in and out, sets them unscanned (valid again at the door), and writes each operation to the history', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 3);
    // Paid at the ticket office: a reservation's tickets enter only once paid.
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const [a, b, c] = (await order(placed.orderId)).tickets as TicketView[];

    const inside = (await operate(placed.orderId, 'scan_in', [a.id, b.id]).expect(200)).body;
    expect(inside.tickets.map((tk: TicketView) => tk.scanState)).toEqual(['in', 'in', 'unscanned']);
    expect(inside.tickets[0].firstScannedAt).not.toBeNull();
    expect(inside.history.at(-1)).toMatchObject({
      action: 'orders.tickets.scanned_in',
      actor: { kind: 'user' },
      data: { operation: 'scan_in', tickets: 2, ticketIds: [a.id, b.id] },
    });
    expect((await scan(a.code)).result).toBe('already_used');

    const out = (await operate(placed.orderId, 'scan_out', [a.id]).expect(200)).body;
    expect(out.tickets[0].scanState).toBe('out');
    expect(out.history.at(-1).action).toBe('orders.tickets.scanned_out');
    // A ticket scanned out may enter again.
    expect((await scan(a.code)).result).toBe('accepted');

    const reset = (await operate(placed.orderId, 'set_unscanned', [a.id, b.id]).expect(200)).body;
    expect(reset.tickets.map((tk: TicketView) => [tk.status, tk.scanState])).toEqual([
      ['valid', 'unscanned'],
      ['valid', 'unscanned'],
      ['valid', 'unscanned'],
    ]);
    expect(reset.tickets[0].firstScannedAt).toBeNull();
    expect(reset.history.at(-1).action).toBe('orders.tickets.set_unscanned');
    expect((await scan(b.code)).result).toBe('accepted');
    expect((await scan(c.code)).result).toBe('accepted');
  });

  it('blacklists tickets: the door answers "blacklisted"; setting them unscanned makes them valid again', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 2);
    // Paid at the ticket office: a reservation's tickets enter only once paid.
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const [a, b] = (await order(placed.orderId)).tickets as TicketView[];

    const after = (await operate(placed.orderId, 'blacklist', [a.id]).expect(200)).body;
    expect(after.tickets.map((tk: TicketView) => tk.status)).toEqual(['blacklisted', 'valid']);
    expect(after.history.at(-1)).toMatchObject({ action: 'orders.tickets.blacklisted', data: { ticketIds: [a.id] } });
    const verdict = (await t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${deviceToken}`).send({ code: a.code }).expect(200)).body;
    expect(verdict).toMatchObject({ result: 'blacklisted', valid: false, message: 'Billet sur liste noire' });

    // A blacklisted ticket cannot be scanned in: refused with its reason, naming the ticket; nothing changes.
    const before = await fingerprint(placed.orderId);
    const refused = await operate(placed.orderId, 'scan_in', [b.id, a.id]).expect(409);
    expect(refused.body).toMatchObject({ code: 'TICKET_BLACKLISTED', ticketId: a.id, errors: [{ field: 'ticketIds[1]' }] });
    expect(await fingerprint(placed.orderId)).toEqual(before);

    await operate(placed.orderId, 'set_unscanned', [a.id]).expect(200);
    expect((await scan(a.code)).result).toBe('accepted');
  });

  it('refuses an operation on a cancelled ticket or another order’s, all or nothing, and any operation on a cancelled order', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 3);
    const [a, b, c] = (await order(placed.orderId)).tickets as TicketView[];
    await api('post', `/orders/${placed.orderId}/tickets/cancel`)
      .send({ ticketIds: [c.id] })
      .expect(200);
    expect((await scan(c.code)).result).toBe('cancelled');

    const before = await fingerprint(placed.orderId);
    for (const op of ['set_unscanned', 'scan_in', 'scan_out', 'blacklist', 'reissue']) {
      const res = await operate(placed.orderId, op, [a.id, b.id, c.id]).expect(409);
      expect(res.body).toMatchObject({ code: 'TICKET_CANCELLED', ticketId: c.id, ticketStatus: 'cancelled', errors: [{ field: 'ticketIds[2]' }] });
    }
    const { body: other } = await buy(t, tenant, ev, 1);
    const foreignTicket = (await order(other.orderId)).tickets[0].id;
    const foreign = await operate(placed.orderId, 'blacklist', [a.id, foreignTicket]).expect(422);
    expect(foreign.body).toMatchObject({ code: 'TICKET_NOT_IN_ORDER', errors: [{ field: 'ticketIds[1]' }] });
    expect(await fingerprint(placed.orderId)).toEqual(before);

    const bad = await operate(placed.orderId, 'explode', [a.id]).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await operate(placed.orderId, 'scan_in', []).expect(400);

    await api('post', `/orders/${placed.orderId}/cancel`).send({}).expect(200);
    const closed = await operate(placed.orderId, 'scan_in', [a.id]).expect(409);
    expect(closed.body.code).toBe('ORDER_ALREADY_CANCELLED');
  });

  it('reissues selected tickets: old codes refused as "replaced", new codes valid, nothing sent until the order is resent — then only the new codes', async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 3);
    await smtp.mailbox.waitFor((m) => m.subject?.includes(placed.orderNumber) ?? false);
    // Paid at the ticket office: a reservation's tickets enter only once paid.
    await api('post', `/orders/${placed.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const [a, b, c] = (await order(placed.orderId)).tickets as TicketView[];
    const outboxBefore = (await fingerprint(placed.orderId)).outbox;

    const after = (await operate(placed.orderId, 'reissue', [a.id, b.id]).expect(200)).body;
    const replaced = after.tickets.filter((tk: TicketView) => tk.status === 'replaced').map((tk: TicketView) => tk.id);
    const valid = after.tickets.filter((tk: TicketView) => tk.status === 'valid') as TicketView[];
    expect(replaced.sort()).toEqual([a.id, b.id].sort());
    expect(valid).toHaveLength(3);
    const fresh = valid.filter((tk) => tk.id !== c.id);
    expect(fresh.map((tk) => tk.code)).not.toContain(a.code);
    expect(after.history.at(-1)).toMatchObject({ action: 'orders.tickets.reissued', data: { tickets: 2, replacements: expect.any(Array) } });
    expect(
      after.history
        .at(-1)
        .data.replacements.map((r: { from: string }) => r.from)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    // Not sent: no new email was queued.
    expect((await fingerprint(placed.orderId)).outbox).toBe(outboxBefore);
    // The door refuses the old codes with their reason, and admits the new ones.
    expect((await scan(a.code)).result).toBe('replaced');
    expect((await scan(b.code)).result).toBe('replaced');
    expect((await scan(fresh[0].code)).result).toBe('accepted');
    // A replaced ticket takes no further operation.
    expect((await operate(placed.orderId, 'reissue', [a.id]).expect(409)).body).toMatchObject({ code: 'TICKET_REPLACED', ticketId: a.id });
    // The places stay sold once.
    expect((await t.sql.query(`SELECT sold FROM availabilities WHERE date_id = $1`, [ev.dateId])).rows[0].sold).toBe(3);

    const mailsBefore = smtp.mailbox.all().length;
    await api('post', `/orders/${placed.orderId}/resend`).send({ what: 'tickets' }).expect(200);
    const resent = await smtp.mailbox.waitFor((m) => (m.subject?.includes(placed.orderNumber) ?? false) && smtp.mailbox.all().indexOf(m) >= mailsBefore);
    const pdf = resent.attachments.find((x) => x.contentType === 'application/pdf')!.content;
    expect(pdfQrCodes(pdf).flat().sort()).toEqual(valid.map((tk) => tk.code).sort());
  });

  it('downloads only the selected tickets as one PDF, and refuses a ticket that is not valid', async () => {
    const ev = await t.createEvent(tenant, { capacity: 10 });
    const { body: placed } = await buy(t, tenant, ev, 3);
    const [a, b, c] = (await order(placed.orderId)).tickets as TicketView[];
    const res = await api('get', `/orders/${placed.orderId}/tickets/selection.pdf?ticketIds=${a.id},${c.id}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(
      pdfQrCodes(res.body as Buffer)
        .flat()
        .sort(),
    ).toEqual([a.code, c.code].sort());

    await operate(placed.orderId, 'blacklist', [b.id]).expect(200);
    const refused = await api('get', `/orders/${placed.orderId}/tickets/selection.pdf?ticketIds=${a.id},${b.id}`).expect(409);
    expect(refused.body).toMatchObject({ code: 'TICKET_BLACKLISTED', ticketId: b.id, errors: [{ field: 'ticketIds[1]' }] });
    expect((await api('get', `/orders/${placed.orderId}/tickets/selection.pdf?ticketIds=nope`).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
