import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** An event of two dates and two zones: a ticket can be of the wrong date or the wrong zone. */
interface Festival {
  priceId: string;
  dates: [string, string];
  zones: [string, string];
}

describe('scan selection, answers and modes (CTL-2, CTL-3)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let festival: Festival;

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const scan = (token: string, body: object) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${token}`).send(body);
  const me = (token: string) => t.http().get('/api/v1/control/me').set('authorization', `Bearer ${token}`).expect(200);
  const device = async (name: string, profile?: object) => {
    const profileId = profile
      ? (
          await api('post', '/control-profiles')
            .send({ name, dateIds: [], zoneIds: [], mode: 'normal', ...profile })
            .expect(201)
        ).body.id
      : undefined;
    return (await api('post', '/control-devices').send({ name, profileId }).expect(201)).body.token as string;
  };
  /** Paid tickets of one date and zone (unpaid: a reservation). */
  const tickets = async (dateIndex: 0 | 1, zoneIndex: 0 | 1, quantity = 1, paid = true) => {
    const { body } = await buy(t, tenant, { dateId: festival.dates[dateIndex], zoneId: festival.zones[zoneIndex], priceId: festival.priceId }, quantity);
    if (paid) await api('post', `/orders/${body.orderId}/payment`).send({ method: 'cash' }).expect(200);
    return (await t.sql.query(`SELECT id, code, barcode FROM tickets WHERE order_id = $1 ORDER BY id`, [body.orderId])).rows as {
      id: string;
      code: string;
      barcode: string;
    }[];
  };
  const stateOf = async (ticketId: string) => (await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [ticketId])).rows[0].scan_state;

  beforeAll(async () => {
    t = await startTestApp({ label: 'ctl-modes' });
    tenant = await t.createTenant('ctl-modes');
    other = await t.createTenant('ctl-modes-other');
    const { body } = await api('post', '/events')
      .send({
        name: 'Festival',
        status: 'published',
        venue: 'Plaine',
        dates: [{ startsAt: '2027-07-01T18:00:00+02:00' }, { startsAt: '2027-07-02T18:00:00+02:00' }],
        zones: [
          { name: 'Pelouse', capacity: 500 },
          { name: 'Tribune', capacity: 500 },
        ],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 4000, currency: 'CHF' }] }],
      })
      .expect(201);
    festival = { priceId: body.prices[0].id, dates: [body.dates[0].id, body.dates[1].id], zones: [body.zones[0].id, body.zones[1].id] };
  });
  afterAll(() => t.close());

  describe('dates and zones', () => {
    it('answers wrong date for a ticket of a date outside the profile, and wrong zone outside its zones, without admitting it', async () => {
      const token = await device('Tribune du 1er', { dateIds: [festival.dates[0]], zoneIds: [festival.zones[1]] });
      const [otherDay] = await tickets(1, 1);
      const [lawn] = await tickets(0, 0);
      const [right] = await tickets(0, 1);
      expect((await scan(token, { code: otherDay.code }).expect(200)).body).toMatchObject({
        result: 'wrong_date',
        valid: false,
        message: 'Billet pour une autre date',
        ticket: { id: otherDay.id },
      });
      expect((await scan(token, { code: lawn.barcode }).expect(200)).body).toMatchObject({ result: 'wrong_zone', message: 'Billet pour une autre zone' });
      expect(await stateOf(otherDay.id)).toBe('unscanned');
      expect(await stateOf(lawn.id)).toBe('unscanned');
      expect((await scan(token, { code: right.code })).body.result).toBe('accepted');
      const recorded = await t.sql.query(`SELECT result FROM scans WHERE ticket_id = ANY($1::uuid[]) ORDER BY id`, [[otherDay.id, lawn.id]]);
      expect(recorded.rows.map((r) => r.result)).toEqual(['wrong_date', 'wrong_zone']);
    });

    it('scans the dates and zones chosen on the device, within its profile', async () => {
      const token = await device('Deux jours', { dateIds: festival.dates });
      const [first, second] = [(await tickets(0, 0))[0], (await tickets(1, 0))[0]];
      expect((await scan(token, { code: second.code, dateIds: [festival.dates[0]] })).body.result).toBe('wrong_date');
      expect((await scan(token, { code: first.code, dateIds: [festival.dates[0]], zoneIds: [festival.zones[1]] })).body.result).toBe('wrong_zone');
      expect((await scan(token, { code: first.code, dateIds: [festival.dates[0]], zoneIds: [festival.zones[0]] })).body.result).toBe('accepted');
      expect((await scan(token, { code: second.code })).body.result).toBe('accepted');
    });

    it('scans by a replaced profile from the device’s next scan', async () => {
      const { body: profile } = await api('post', '/control-profiles').send({ name: 'Changeant', dateIds: [], zoneIds: [], mode: 'normal' }).expect(201);
      const token = (await api('post', '/control-devices').send({ name: 'Changeant', profileId: profile.id }).expect(201)).body.token as string;
      const [a, b] = await tickets(1, 0, 2);
      expect((await scan(token, { code: a.code })).body.result).toBe('accepted');
      await t
        .http()
        .put(`/api/v1/ticketings/${tenant.ticketingId}/control-profiles/${profile.id}`)
        .set('authorization', `Bearer ${tenant.token}`)
        .send({ name: 'Changeant', dateIds: [festival.dates[0]], zoneIds: [], mode: 'normal' })
        .expect(200);
      expect((await scan(token, { code: b.code })).body.result).toBe('wrong_date');
    });

    it('refuses a choice outside the profile or the ticketing with 422 naming the field, and records nothing', async () => {
      const profiled = await device('Premier jour', { dateIds: [festival.dates[0]], zoneIds: [festival.zones[0]] });
      const free = await device('Libre');
      const [ticket] = await tickets(1, 1);
      const foreignDate = (await t.createEvent(other)).dateId;
      const refusals = [
        [profiled, { dateIds: [festival.dates[1]] }, 'dateIds'],
        [profiled, { zoneIds: [festival.zones[1]] }, 'zoneIds'],
        [free, { dateIds: [foreignDate] }, 'dateIds'],
        [free, { zoneIds: ['00000000-0000-4000-8000-000000000000'] }, 'zoneIds'],
      ] as const;
      for (const [token, choice, field] of refusals) {
        const res = await scan(token, { code: ticket.code, ...choice }).expect(422);
        expect(res.body).toMatchObject({ code: 'SCAN_SELECTION_INVALID', errors: [expect.objectContaining({ field })] });
      }
      expect((await t.sql.query(`SELECT count(*)::int AS n FROM scans WHERE code = $1`, [ticket.code])).rows[0].n).toBe(0);
      expect(await stateOf(ticket.id)).toBe('unscanned');
    });
  });

  describe('modes', () => {
    it('entry/exit: in and out alternate, a second entry is already inside, an exit before entry is not inside, and /me counts who is inside', async () => {
      const token = await device('Sortie', { mode: 'entry_exit', dateIds: [festival.dates[1]] });
      const [a, b] = await tickets(1, 0, 2);
      const inside = async () => (await me(token)).body.dates.find((d: { dateId: string }) => d.dateId === festival.dates[1]).insideNow;
      const before = await inside();

      expect((await scan(token, { code: a.code, direction: 'out' })).body).toMatchObject({ result: 'not_inside', valid: false, direction: 'out' });
      expect((await scan(token, { code: a.code })).body).toMatchObject({ result: 'accepted', mode: 'entry_exit', direction: 'in' });
      expect((await scan(token, { code: a.barcode, direction: 'in' })).body).toMatchObject({
        result: 'already_inside',
        message: 'Déjà entré : scannez la sortie d’abord',
        firstScannedBy: 'Sortie',
      });
      expect((await scan(token, { code: b.barcode })).body.result).toBe('accepted');
      expect(await inside()).toBe(before + 2);
      expect((await scan(token, { code: a.code, direction: 'out' })).body).toMatchObject({ result: 'accepted', valid: true, direction: 'out' });
      expect(await stateOf(a.id)).toBe('out');
      expect(await inside()).toBe(before + 1);
      expect((await scan(token, { code: a.code, direction: 'out' })).body.result).toBe('not_inside');
      expect((await scan(token, { code: a.code, direction: 'in' })).body.result).toBe('accepted');
      expect(await inside()).toBe(before + 2);
      const directions = await t.sql.query(`SELECT result, direction FROM scans WHERE ticket_id = $1 ORDER BY id`, [a.id]);
      expect(directions.rows.map((r) => `${r.direction}:${r.result}`)).toEqual([
        'out:not_inside',
        'in:accepted',
        'in:already_inside',
        'out:accepted',
        'out:not_inside',
        'in:accepted',
      ]);
    });

    it('multiple: a ticket enters as often as it is scanned, but is still refused when cancelled, blacklisted, replaced, unpaid, of the wrong date, forged or unknown', async () => {
      const token = await device('Multiple', { mode: 'multiple', dateIds: [festival.dates[0]] });
      const [ticket, cancelled, blacklisted, replaced] = await tickets(0, 0, 4);
      for (const code of [ticket.code, ticket.barcode, ticket.code])
        expect((await scan(token, { code })).body).toMatchObject({ result: 'accepted', mode: 'multiple' });
      await t.sql.query(`UPDATE tickets SET status = 'cancelled' WHERE id = $1`, [cancelled.id]);
      await t.sql.query(`UPDATE tickets SET status = 'blacklisted' WHERE id = $1`, [blacklisted.id]);
      await t.sql.query(`UPDATE tickets SET status = 'replaced' WHERE id = $1`, [replaced.id]);
      const [unpaid] = await tickets(0, 0, 1, false);
      const [otherDay] = await tickets(1, 0);
      const forged = ticket.code.slice(0, -4) + (ticket.code.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      const answers = [cancelled.code, blacklisted.barcode, replaced.code, unpaid.code, otherDay.code, forged, '123456789012345678'];
      const results = [];
      for (const code of answers) results.push((await scan(token, { code })).body.result);
      expect(results).toEqual(['cancelled', 'blacklisted', 'replaced', 'not_paid', 'wrong_date', 'forged', 'unknown']);
    });

    it('normal: already used says when and on which device it first entered', async () => {
      const first = await device('Porte A');
      const second = await device('Porte B', { mode: 'normal' });
      const [ticket] = await tickets(0, 1);
      const admitted = (await scan(first, { code: ticket.barcode })).body;
      expect((await scan(second, { code: ticket.code })).body).toMatchObject({
        result: 'already_used',
        firstScannedAt: admitted.scannedAt,
        firstScannedBy: 'Porte A',
      });
    });

    it('a device without a profile chooses its mode per scan; a profiled one scans in its profile’s mode only', async () => {
      const free = await device('Bénévole');
      const profiled = await device('Stricte', { mode: 'normal' });
      const [ticket] = await tickets(0, 0);
      expect((await scan(free, { code: ticket.code, mode: 'entry_exit' })).body).toMatchObject({ result: 'accepted', mode: 'entry_exit' });
      expect((await scan(free, { code: ticket.code, mode: 'entry_exit', direction: 'out' })).body.result).toBe('accepted');
      expect((await scan(free, { code: ticket.code, mode: 'multiple' })).body.result).toBe('accepted');
      expect((await scan(free, { code: ticket.code })).body).toMatchObject({ result: 'already_used', mode: 'normal' });

      const mode = await scan(profiled, { code: ticket.code, mode: 'multiple' }).expect(422);
      expect(mode.body).toMatchObject({ code: 'SCAN_SELECTION_INVALID', errors: [expect.objectContaining({ field: 'mode' })] });
      await scan(profiled, { code: ticket.code, mode: 'normal' }).expect(200);
      const exit = await scan(free, { code: ticket.code, direction: 'out' }).expect(422);
      expect(exit.body.errors).toEqual([expect.objectContaining({ field: 'direction' })]);
    });
  });
});
