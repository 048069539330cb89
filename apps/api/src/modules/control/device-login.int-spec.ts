import { FixedClock } from '../../platform/clock/clock';
import { buy, signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

describe('device login and devices (CTL-1)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: { eventId: string; dateId: string; zoneId: string; priceId: string };
  const clock = new FixedClock(new Date());

  const api = (tn: Tenant, method: 'get' | 'post', path: string, token = tn.token) =>
    t.http()[method](`/api/v1/ticketings/${tn.ticketingId}${path}`).set('authorization', `Bearer ${token}`);
  const login = (code: string, deviceName = 'Téléphone', gate?: string) => t.http().post('/api/v1/control/login').send({ code, deviceName, gate });
  const me = (token: string) => t.http().get('/api/v1/control/me').set('authorization', `Bearer ${token}`);
  const scan = (token: string, code: string) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${token}`).send({ code });
  const profile = async (body: object) =>
    (
      await api(tenant, 'post', '/control-profiles')
        .send({ name: 'Profil', dateIds: [], zoneIds: [], mode: 'normal', ...body })
        .expect(201)
    ).body as {
      id: string;
    };
  const loginCode = async (profileId: string) =>
    (await api(tenant, 'post', `/control-profiles/${profileId}/login-code`).expect(201)).body as { code: string; expiresAt: string };
  const paidTicket = async () => {
    const { body } = await buy(t, tenant, ev, 1);
    await api(tenant, 'post', `/orders/${body.orderId}/payment`).send({ method: 'cash' }).expect(200);
    return (await t.sql.query(`SELECT id, code FROM tickets WHERE order_id = $1`, [body.orderId])).rows[0] as { id: string; code: string };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'ctl-login', clock });
    tenant = await t.createTenant('ctl-login');
    other = await t.createTenant('ctl-login-other');
    ev = await t.createEvent(tenant);
  });
  afterAll(() => t.close());

  it('exchanges a profile code once for a device token bound to the profile; a second use is refused', async () => {
    const { id } = await profile({ name: 'Balcon', dateIds: [ev.dateId], mode: 'entry_exit' });
    const code = await loginCode(id);
    expect(code.code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){2}$/);
    expect(new Date(code.expiresAt).getTime() - clock.now().getTime()).toBe(24 * 3600_000);
    // Only its hash is stored.
    const stored = await t.sql.query(`SELECT code_hash FROM control_login_codes WHERE profile_id = $1`, [id]);
    expect(stored.rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored.rows)).not.toContain(code.code.replace(/-/g, ''));

    // Typed by hand: lowercase, spaces instead of dashes.
    const device = await login(code.code.toLowerCase().replace(/-/g, ' '), 'Scanner balcon', 'Balcon').expect(201);
    expect(device.body).toMatchObject({ name: 'Scanner balcon', profileId: id, gate: 'Balcon' });
    const session = await me(device.body.token).expect(200);
    expect(session.body).toMatchObject({ deviceName: 'Scanner balcon', gate: 'Balcon', ticketingId: tenant.ticketingId, profile: { id, mode: 'entry_exit' } });

    const again = await login(code.code).expect(410);
    expect(again.body.code).toBe('CONTROL_LOGIN_CODE_SPENT');
  });

  it('lets one of three devices racing on the same profile code log in', async () => {
    const { id } = await profile({ name: 'Course' });
    const code = await loginCode(id);
    const answers = await Promise.all([login(code.code, 'A'), login(code.code, 'B'), login(code.code, 'C')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 410, 410]);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM control_devices WHERE profile_id = $1`, [id])).rows[0].n).toBe(1);
  });

  it('refuses a profile code after 24 hours, and an unknown code', async () => {
    const { id } = await profile({ name: 'Lent' });
    const code = await loginCode(id);
    clock.advance(24 * 3600_000 + 1000);
    expect((await login(code.code).expect(410)).body.code).toBe('CONTROL_LOGIN_CODE_SPENT');
    expect((await login('AAAA-BBBB-CCCC').expect(401)).body.code).toBe('CONTROL_LOGIN_CODE_INVALID');
  });

  it('accepts the organizer code as often as needed until it is rotated, giving devices without a profile', async () => {
    const first = (await api(tenant, 'post', '/control-organizer-code').expect(201)).body;
    expect(first).toMatchObject({ expiresAt: null });
    const a = await login(first.code, 'Bénévole 1').expect(201);
    const b = await login(first.code, 'Bénévole 2').expect(201);
    expect(a.body.profileId).toBeNull();
    expect((await me(b.body.token).expect(200)).body.profile).toBeNull();

    const second = (await api(tenant, 'post', '/control-organizer-code').expect(201)).body;
    expect((await login(first.code).expect(401)).body.code).toBe('CONTROL_LOGIN_CODE_INVALID');
    await login(second.code).expect(201);
    // Devices already in keep their tokens.
    await me(a.body.token).expect(200);
    // Another ticketing's organizer code logs into that ticketing only.
    const foreign = (await api(other, 'post', '/control-organizer-code').expect(201)).body;
    expect((await me((await login(foreign.code).expect(201)).body.token)).body.ticketingId).toBe(other.ticketingId);
  });

  it('lets only admins rotate the organizer code, and admins and managers make profile codes', async () => {
    const manager = await signInMember(t, tenant, 'manager');
    const control = await signInMember(t, tenant, 'control');
    await api(tenant, 'post', '/control-organizer-code', manager).expect(403);
    const { id } = await profile({ name: 'Rôles' });
    await api(tenant, 'post', `/control-profiles/${id}/login-code`, manager).expect(201);
    // A control member registers a device with their account.
    await api(tenant, 'post', '/control-devices', control).send({ name: 'Mon téléphone' }).expect(201);
    await api(tenant, 'post', '/control-devices', await signInMember(t, tenant, 'ticket_office'))
      .send({ name: 'Non' })
      .expect(403);
  });

  it('lists devices with profile, gate and last activity written at most once a minute; a revoked device is refused', async () => {
    const { id } = await profile({ name: 'Porte nord' });
    const device = (await api(tenant, 'post', '/control-devices').send({ name: 'Nord 1', profileId: id, gate: 'Nord' }).expect(201)).body;
    const listed = () =>
      api(tenant, 'get', '/control-devices')
        .expect(200)
        .then((r) => r.body.items.find((d: { id: string }) => d.id === device.id));
    expect(await listed()).toMatchObject({ name: 'Nord 1', profileId: id, profileName: 'Porte nord', gate: 'Nord', lastSeenAt: null, revokedAt: null });

    const firstScan = clock.now().toISOString();
    await scan(device.token, (await paidTicket()).code).expect(200);
    expect((await listed()).lastSeenAt).toBe(firstScan);
    clock.advance(30_000);
    await scan(device.token, (await paidTicket()).code).expect(200);
    expect((await listed()).lastSeenAt).toBe(firstScan);
    clock.advance(31_000);
    await scan(device.token, (await paidTicket()).code).expect(200);
    expect((await listed()).lastSeenAt).toBe(clock.now().toISOString());

    await api(tenant, 'post', `/control-devices/${device.id}/revoke`).expect(204);
    expect((await listed()).revokedAt).toBe(clock.now().toISOString());
    const ticket = await paidTicket();
    expect((await scan(device.token, ticket.code).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await me(device.token).expect(401);
    expect((await t.sql.query(`SELECT scan_state FROM tickets WHERE id = $1`, [ticket.id])).rows[0].scan_state).toBe('unscanned');

    const foreignDevice = (await api(other, 'post', '/control-devices').send({ name: 'Ailleurs' }).expect(201)).body;
    expect((await api(tenant, 'post', `/control-devices/${foreignDevice.id}/revoke`).expect(404)).body.code).toBe('CONTROL_DEVICE_NOT_FOUND');
    await me(foreignDevice.token).expect(200);
  });

  it('tells a device what it may scan: its profile’s dates with their events and zones', async () => {
    const second = await t.createEvent(tenant, { name: 'Récital' });
    const { id } = await profile({ name: 'Récital seul', dateIds: [second.dateId], zoneIds: [second.zoneId], mode: 'multiple' });
    const token = (await login((await loginCode(id)).code).expect(201)).body.token;
    const session = (await me(token).expect(200)).body;
    expect(session.profile).toMatchObject({ id, dateIds: [second.dateId], zoneIds: [second.zoneId], mode: 'multiple' });
    expect(session.dates).toEqual([
      {
        dateId: second.dateId,
        eventId: second.eventId,
        eventName: 'Récital',
        startsAt: '2027-03-01T19:00:00.000Z',
        zones: [{ id: second.zoneId, name: 'Parterre' }],
        insideNow: 0,
      },
    ]);
    // A profile of zones only: the dates of events with none of them are left out.
    const zonesOnly = await profile({ name: 'Zone seule', zoneIds: [second.zoneId] });
    const zoned = (await login((await loginCode(zonesOnly.id)).code).expect(201)).body.token;
    expect((await me(zoned).expect(200)).body.dates.map((d: { dateId: string }) => d.dateId)).toEqual([second.dateId]);
    // Without a profile: every scheduled date.
    const free = (await api(tenant, 'post', '/control-devices').send({ name: 'Libre' }).expect(201)).body.token;
    expect((await me(free).expect(200)).body.dates.map((d: { dateId: string }) => d.dateId)).toEqual(expect.arrayContaining([ev.dateId, second.dateId]));
  });
});
