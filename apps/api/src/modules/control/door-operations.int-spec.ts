import { FixedClock } from '../../platform/clock/clock';
import { buy, signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

describe('door operations: roles, annulling a scan, supervisor overrides (ADR 0045)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: { eventId: string; dateId: string; zoneId: string; priceId: string };
  let otherEv: { eventId: string; dateId: string; zoneId: string; priceId: string };
  const clock = new FixedClock(new Date());

  const api = (tn: Tenant, method: 'get' | 'post', path: string, token = tn.token) =>
    t.http()[method](`/api/v1/ticketings/${tn.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const control = (token: string, path: string) => t.http().post(`/api/v1/control/${path}`).set('authorization', `Bearer ${token}`);
  const scan = async (token: string, body: object) => {
    clock.advance(1000);
    return (await control(token, 'scans').send(body).expect(200)).body as { scanId: string; result: string };
  };
  const annul = (token: string, scanId: string, reason = 'Le tourniquet n’a pas tourné') => control(token, 'scan-annulments').send({ scanId, reason });
  const override = (token: string, scanId: string, reason = 'Billet montré au superviseur') => control(token, 'scan-overrides').send({ scanId, reason });
  const device = async (tn: Tenant, name: string, memberToken = tn.token) =>
    (await api(tn, 'post', '/control-devices', memberToken).send({ name }).expect(201)).body as { id: string; token: string; doorRole: string };
  const ticket = async (tn: Tenant = tenant, e = ev, paid = true) => {
    const { body } = await buy(t, tn, e, 1);
    if (paid) await api(tn, 'post', `/orders/${body.orderId}/payment`).send({ method: 'cash' }).expect(200);
    const row = (await t.sql.query(`SELECT id, code FROM tickets WHERE order_id = $1`, [body.orderId])).rows[0] as { id: string; code: string };
    return { ...row, orderId: body.orderId as string };
  };
  const ticketState = async (id: string) =>
    (await t.sql.query(`SELECT scan_state AS "scanState", first_scanned_at AS "firstScannedAt" FROM tickets WHERE id = $1`, [id])).rows[0];

  let steward: { id: string; token: string };
  let supervisor: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp({ label: 'door-ops', clock });
    tenant = await t.createTenant('door-ops');
    other = await t.createTenant('door-ops-other');
    ev = await t.createEvent(tenant, { capacity: 100 });
    otherEv = await t.createEvent(other, { capacity: 100 });
    steward = await device(tenant, 'Nord 1', await signInMember(t, tenant, 'control'));
    supervisor = await device(tenant, 'Cheffe de porte');
  });
  afterAll(() => t.close());

  describe('door roles', () => {
    it('gives a device its role from how it was set up, and shows it in /control/me and the device list', async () => {
      const byManager = await device(tenant, 'Manager', await signInMember(t, tenant, 'manager'));
      const organizerCode = (await api(tenant, 'post', '/control-organizer-code').expect(201)).body.code;
      const byOrganizerCode = (await t.http().post('/api/v1/control/login').send({ code: organizerCode, deviceName: 'Organisateur' }).expect(201)).body;
      const profileId = (await api(tenant, 'post', '/control-profiles').send({ name: 'Bénévoles', dateIds: [], zoneIds: [], mode: 'normal' }).expect(201)).body
        .id;
      const profileCode = (await api(tenant, 'post', `/control-profiles/${profileId}/login-code`).expect(201)).body.code;
      const byProfileCode = (await t.http().post('/api/v1/control/login').send({ code: profileCode, deviceName: 'Bénévole' }).expect(201)).body;

      expect([steward, supervisor, byManager, byOrganizerCode, byProfileCode].map((d) => d.doorRole)).toEqual([
        'steward',
        'supervisor',
        'supervisor',
        'supervisor',
        'steward',
      ]);
      const me = (await t.http().get('/api/v1/control/me').set('authorization', `Bearer ${byProfileCode.token}`).expect(200)).body;
      expect(me.doorRole).toBe('steward');
      const listed = (await api(tenant, 'get', '/control-devices').expect(200)).body.items;
      expect(listed.find((d: { id: string }) => d.id === supervisor.id).doorRole).toBe('supervisor');
    });
  });

  describe('annulling a check-in', () => {
    it('undoes an entry: the ticket is unscanned again, the scan is logged as annulled, and the ticket enters again', async () => {
      const tk = await ticket();
      const first = await scan(steward.token, { code: tk.code });
      expect(first.result).toBe('accepted');

      const res = await annul(steward.token, first.scanId, '  Le tourniquet n’a pas tourné ').expect(200);
      expect(res.body).toMatchObject({ scanId: first.scanId, ticketId: tk.id, scanState: 'unscanned' });
      expect(await ticketState(tk.id)).toEqual({ scanState: 'unscanned', firstScannedAt: null });
      const logged = (await t.sql.query(`SELECT annulled_at, annulled_by, annul_reason, result FROM scans WHERE id = $1`, [first.scanId])).rows[0];
      expect(logged).toMatchObject({ annulled_by: steward.id, annul_reason: 'Le tourniquet n’a pas tourné', result: 'accepted' });
      expect(logged.annulled_at).not.toBeNull();

      expect((await scan(steward.token, { code: tk.code })).result).toBe('accepted');
      expect((await ticketState(tk.id)).scanState).toBe('in');
    });

    it('puts a re-entry back to out, keeping the first admission (entry/exit mode)', async () => {
      const tk = await ticket();
      await scan(supervisor.token, { code: tk.code, mode: 'entry_exit' });
      const firstAt = (await ticketState(tk.id)).firstScannedAt;
      await scan(supervisor.token, { code: tk.code, mode: 'entry_exit', direction: 'out' });
      const back = await scan(supervisor.token, { code: tk.code, mode: 'entry_exit' });

      expect((await annul(supervisor.token, back.scanId).expect(200)).body.scanState).toBe('out');
      expect(await ticketState(tk.id)).toEqual({ scanState: 'out', firstScannedAt: firstAt });
    });

    it('lets a supervisor annul another device’s scan, not a steward', async () => {
      const tk = await ticket();
      const bySupervisor = await scan(supervisor.token, { code: tk.code });
      expect((await annul(steward.token, bySupervisor.scanId).expect(403)).body.code).toBe('DOOR_SUPERVISOR_ONLY');
      expect((await ticketState(tk.id)).scanState).toBe('in');

      const tk2 = await ticket();
      const bySteward = await scan(steward.token, { code: tk2.code });
      await annul(supervisor.token, bySteward.scanId).expect(200);
      expect((await ticketState(tk2.id)).scanState).toBe('unscanned');
    });

    it('refuses a refusal, a second annulment, a scan followed by another, and a scan older than 15 minutes', async () => {
      const tk = await ticket();
      const accepted = await scan(steward.token, { code: tk.code });
      const refused = await scan(steward.token, { code: tk.code });
      expect(refused.result).toBe('already_used');
      expect((await annul(steward.token, refused.scanId).expect(409)).body.code).toBe('SCAN_NOT_ANNULLABLE');

      await annul(steward.token, accepted.scanId).expect(200);
      expect((await annul(steward.token, accepted.scanId).expect(409)).body.code).toBe('SCAN_NOT_ANNULLABLE');

      // In, out: the entry is history once the exit was scanned.
      const tk2 = await ticket();
      const entry = await scan(steward.token, { code: tk2.code, mode: 'entry_exit' });
      await scan(steward.token, { code: tk2.code, mode: 'entry_exit', direction: 'out' });
      expect((await annul(steward.token, entry.scanId).expect(409)).body.code).toBe('SCAN_NOT_ANNULLABLE');
      expect((await ticketState(tk2.id)).scanState).toBe('out');

      const tk3 = await ticket();
      const old = await scan(steward.token, { code: tk3.code });
      clock.advance(15 * 60_000 + 1);
      expect((await annul(steward.token, old.scanId).expect(409)).body.code).toBe('SCAN_TOO_OLD');
      expect((await ticketState(tk3.id)).scanState).toBe('in');
    });

    it('of two devices annulling one scan at once, one succeeds', async () => {
      const tk = await ticket();
      const entry = await scan(steward.token, { code: tk.code });
      const answers = await Promise.all([annul(steward.token, entry.scanId), annul(supervisor.token, entry.scanId)]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await ticketState(tk.id)).scanState).toBe('unscanned');
    });

    it('does not find another ticketing’s scan, and names the field of bad input', async () => {
      const foreignDevice = await device(other, 'Ailleurs');
      const foreign = await ticket(other, otherEv);
      const foreignScan = await scan(foreignDevice.token, { code: foreign.code });
      expect((await annul(supervisor.token, foreignScan.scanId).expect(404)).body.code).toBe('SCAN_NOT_FOUND');
      expect((await override(supervisor.token, foreignScan.scanId).expect(404)).body.code).toBe('SCAN_NOT_FOUND');
      expect((await ticketState(foreign.id)).scanState).toBe('in');
      expect((await t.sql.query(`SELECT annulled_at FROM scans WHERE id = $1`, [foreignScan.scanId])).rows[0].annulled_at).toBeNull();

      // The fields named (a field may fail several constraints).
      const fieldsOf = async (body: object) => [
        ...new Set((await control(supervisor.token, 'scan-annulments').send(body).expect(400)).body.errors.map((e: { field: string }) => e.field)),
      ];
      expect(await fieldsOf({ scanId: 'abc', reason: 'x' })).toEqual(['scanId']);
      expect(await fieldsOf({ scanId: foreignScan.scanId })).toEqual(['reason']);
      expect(await fieldsOf({ scanId: foreignScan.scanId, reason: '   ' })).toEqual(['reason']);
      expect(await fieldsOf({ reason: 'x' })).toEqual(['scanId']);
    });
  });

  describe('supervisor override', () => {
    it('admits an already used ticket: a new accepted scan names the refusal, the device and the reason', async () => {
      const tk = await ticket();
      await scan(steward.token, { code: tk.code });
      const refused = await scan(steward.token, { code: tk.code });
      expect(refused.result).toBe('already_used');

      expect((await override(steward.token, refused.scanId).expect(403)).body.code).toBe('DOOR_SUPERVISOR_ONLY');
      const res = await override(supervisor.token, refused.scanId, 'Bracelet perdu, vérifié').expect(200);
      expect(res.body).toMatchObject({ result: 'accepted', valid: true, ticket: { id: tk.id } });
      expect(res.body.scanId).not.toBe(refused.scanId);
      const row = (await t.sql.query(`SELECT result, device_id, override_of, override_reason FROM scans WHERE id = $1`, [res.body.scanId])).rows[0];
      expect(row).toEqual({ result: 'accepted', device_id: supervisor.id, override_of: refused.scanId, override_reason: 'Bracelet perdu, vérifié' });

      expect((await override(supervisor.token, refused.scanId).expect(409)).body.code).toBe('SCAN_NOT_OVERRIDABLE');
    });

    it('admits a reservation not paid yet (the ticket goes in)', async () => {
      const tk = await ticket(tenant, ev, false);
      const refused = await scan(steward.token, { code: tk.code });
      expect(refused.result).toBe('not_paid');
      await override(supervisor.token, refused.scanId).expect(200);
      expect((await ticketState(tk.id)).scanState).toBe('in');
    });

    it('never admits a forged, unknown or cancelled ticket, an accepted scan, or an old refusal', async () => {
      const tk = await ticket();
      // The ticket's own code with another signature: genuine-looking, forged.
      const forged = await scan(supervisor.token, { code: tk.code.slice(0, -4) + (tk.code.endsWith('AAAA') ? 'BBBB' : 'AAAA') });
      const unknown = await scan(supervisor.token, { code: '123456789012345678' });
      await api(tenant, 'post', `/orders/${tk.orderId}/cancel`).send({}).expect(200);
      const cancelled = await scan(supervisor.token, { code: tk.code });
      expect([forged.result, unknown.result, cancelled.result]).toEqual(['forged', 'unknown', 'cancelled']);
      for (const s of [forged, unknown, cancelled]) expect((await override(supervisor.token, s.scanId).expect(409)).body.code).toBe('SCAN_NOT_OVERRIDABLE');
      expect((await ticketState(tk.id)).scanState).toBe('unscanned');

      const tk2 = await ticket();
      const accepted = await scan(supervisor.token, { code: tk2.code });
      expect((await override(supervisor.token, accepted.scanId).expect(409)).body.code).toBe('SCAN_NOT_OVERRIDABLE');
      const refused = await scan(supervisor.token, { code: tk2.code });
      clock.advance(15 * 60_000 + 1);
      expect((await override(supervisor.token, refused.scanId).expect(409)).body.code).toBe('SCAN_TOO_OLD');
      expect((await t.sql.query(`SELECT count(*)::int AS n FROM scans WHERE override_of IS NOT NULL AND ticket_id = $1`, [tk2.id])).rows[0].n).toBe(0);
    });
  });

  describe('order search from the scanner', () => {
    const search = (token: string, q?: string) =>
      t
        .http()
        .get('/api/v1/control/orders')
        .query(q === undefined ? {} : { q })
        .set('authorization', `Bearer ${token}`);
    const numberOf = async (orderId: string) => (await t.sql.query(`SELECT number FROM orders WHERE id = $1`, [orderId])).rows[0].number as string;
    const idsOf = (res: { body: { items: { id: string }[] } }) => res.body.items.map((o) => o.id);

    it('finds orders with tickets of the device’s dates, each with those tickets and their scan state', async () => {
      const laterEv = await t.createEvent(tenant, { capacity: 100 });
      const profileId = (
        await api(tenant, 'post', '/control-profiles')
          .send({ name: 'Soir 1', dateIds: [ev.dateId], zoneIds: [], mode: 'normal' })
          .expect(201)
      ).body.id;
      const profiled = (await api(tenant, 'post', '/control-devices').send({ name: 'Soir 1', profileId }).expect(201)).body.token as string;
      const tonight = await ticket();
      await scan(supervisor.token, { code: tonight.code });
      const later = await ticket(tenant, laterEv);

      const byNumber = (await search(profiled, await numberOf(tonight.orderId)).expect(200)).body.items;
      expect(byNumber).toEqual([
        expect.objectContaining({
          id: tonight.orderId,
          status: 'paid',
          customerName: 'Ada Lovelace',
          tickets: [expect.objectContaining({ id: tonight.id, status: 'valid', scanState: 'in', zoneName: expect.any(String) })],
        }),
      ]);
      const barcode = (await t.sql.query(`SELECT barcode FROM tickets WHERE id = $1`, [tonight.id])).rows[0].barcode;
      expect(idsOf(await search(profiled, barcode).expect(200))).toEqual([tonight.orderId]);
      // Another date's order is not this device's; a device without a profile scans every date.
      expect(idsOf(await search(profiled, await numberOf(later.orderId)).expect(200))).toEqual([]);
      expect(idsOf(await search(supervisor.token, await numberOf(later.orderId)).expect(200))).toEqual([later.orderId]);
      expect(idsOf(await search(profiled, 'lovelace').expect(200))).not.toContain(later.orderId);
    });

    it('answers at most 20 orders, only of its ticketing, and names q when it is missing or too short', async () => {
      while ((await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n <= 20) await ticket();
      const ours = idsOf(await search(supervisor.token, 'ada@example.ch').expect(200));
      expect(ours).toHaveLength(20);
      const foreign = await device(other, 'Ailleurs aussi');
      await ticket(other, otherEv);
      const theirs = idsOf(await search(foreign.token, 'ada@example.ch').expect(200));
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.filter((id) => ours.includes(id))).toEqual([]);

      for (const q of [undefined, ' a '])
        expect((await search(supervisor.token, q).expect(400)).body.errors.map((e: { field: string }) => e.field)).toContain('q');
    });
  });

  describe('quick cancellation of unsold pre-printed tickets', () => {
    const quickCancel = (token: string, code: string) => control(token, 'quick-cancellations').send({ code });
    const sold = async () =>
      (await t.sql.query(`SELECT sold FROM availabilities WHERE date_id = $1 AND zone_id = $2`, [ev.dateId, ev.zoneId])).rows[0].sold as number;

    it('cancels a reserved ticket never scanned: invalid at the door, its place back on sale, the order costs less, the device in the history', async () => {
      const tk = await ticket(tenant, ev, false);
      const soldBefore = await sold();
      const totalBefore = (await t.sql.query(`SELECT total_amount FROM orders WHERE id = $1`, [tk.orderId])).rows[0].total_amount;

      const res = await quickCancel(supervisor.token, tk.code).expect(200);
      expect(res.body).toMatchObject({ ticketId: tk.id, orderId: tk.orderId, eventName: expect.any(String), zoneName: expect.any(String), seatLabel: null });
      expect((await t.sql.query(`SELECT status FROM tickets WHERE id = $1`, [tk.id])).rows[0].status).toBe('cancelled');
      expect(await sold()).toBe(soldBefore - 1);
      expect((await t.sql.query(`SELECT total_amount FROM orders WHERE id = $1`, [tk.orderId])).rows[0].total_amount).toBeLessThan(totalBefore);
      const history = await t.sql.query(`SELECT action, actor_kind, actor_id FROM order_history WHERE order_id = $1 ORDER BY id DESC LIMIT 1`, [tk.orderId]);
      expect(history.rows[0]).toEqual({ action: 'orders.tickets.cancelled', actor_kind: 'device', actor_id: supervisor.id });
      expect((await scan(supervisor.token, { code: tk.code })).result).toBe('cancelled');
      // Nothing was refunded: nothing was paid.
      expect((await t.sql.query(`SELECT count(*)::int AS n FROM refunds WHERE order_id = $1`, [tk.orderId])).rows[0].n).toBe(0);
    });

    it('cancels an invitation (paid, zero total): nothing was paid for it', async () => {
      const cart = await api(tenant, 'post', '/counter/carts')
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 1 }] })
        .expect(201);
      const sold = (await api(tenant, 'post', `/counter/carts/${cart.body.id}/sale`).send({ settlement: 'invitation' }).expect(201)).body;
      const invitation = (await t.sql.query(`SELECT id, code FROM tickets WHERE order_id = $1`, [sold.orderId])).rows[0];
      await quickCancel(supervisor.token, invitation.code).expect(200);
      expect((await t.sql.query(`SELECT status FROM tickets WHERE id = $1`, [invitation.id])).rows[0].status).toBe('cancelled');
    });

    it('of a scan and a quick cancellation of one ticket at once, exactly one wins: a ticket inside is never cancelled', async () => {
      const cart = await api(tenant, 'post', '/counter/carts')
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 6 }] })
        .expect(201);
      const sold = (await api(tenant, 'post', `/counter/carts/${cart.body.id}/sale`).send({ settlement: 'invitation' }).expect(201)).body;
      const invitations = (await t.sql.query(`SELECT id, code FROM tickets WHERE order_id = $1`, [sold.orderId])).rows as { id: string; code: string }[];
      for (const tk of invitations) {
        const [scanned, cancelled] = await Promise.all([control(steward.token, 'scans').send({ code: tk.code }), quickCancel(supervisor.token, tk.code)]);
        expect([scanned.body.result === 'accepted', cancelled.status === 200].filter(Boolean)).toHaveLength(1);
        const row = (await t.sql.query(`SELECT status, first_scanned_at FROM tickets WHERE id = $1`, [tk.id])).rows[0];
        expect(row.status === 'cancelled' && row.first_scanned_at !== null).toBe(false);
      }
    });

    it('refuses a ticket paid with money, one already scanned in, a steward, and a code naming no ticket of this ticketing', async () => {
      const paid = await ticket();
      expect((await quickCancel(supervisor.token, paid.code).expect(409)).body.code).toBe('TICKET_SOLD');

      const reserved = await ticket(tenant, ev, false);
      expect((await quickCancel(steward.token, reserved.code).expect(403)).body.code).toBe('DOOR_SUPERVISOR_ONLY');
      const refused = await scan(supervisor.token, { code: reserved.code });
      await override(supervisor.token, refused.scanId).expect(200);
      expect((await quickCancel(supervisor.token, reserved.code).expect(409)).body.code).toBe('TICKET_ALREADY_SCANNED');

      const foreign = await ticket(other, otherEv, false);
      for (const code of [foreign.code, '123456789012345678']) {
        const res = await quickCancel(supervisor.token, code).expect(422);
        expect(res.body).toMatchObject({ code: 'QUICK_CANCELLATION_CODE_UNKNOWN', errors: [{ field: 'code', message: expect.any(String) }] });
      }
      const still = await t.sql.query(`SELECT status FROM tickets WHERE id = ANY($1::uuid[]) ORDER BY id`, [[paid.id, reserved.id, foreign.id]]);
      expect(still.rows.map((r) => r.status)).toEqual(['valid', 'valid', 'valid']);
      expect((await control(supervisor.token, 'quick-cancellations').send({}).expect(400)).body.errors.map((e: { field: string }) => e.field)).toContain(
        'code',
      );
    });
  });
});
