import { signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

describe('control profiles (CTL-1)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: { eventId: string; dateId: string; zoneId: string };
  let foreign: { eventId: string; dateId: string; zoneId: string };

  const api = (tn: Tenant, method: 'get' | 'post' | 'put' | 'delete', path: string, token = tn.token) =>
    t.http()[method](`/api/v1/ticketings/${tn.ticketingId}${path}`).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startTestApp({ label: 'ctl-profiles' });
    tenant = await t.createTenant('ctl-profiles');
    other = await t.createTenant('ctl-profiles-other');
    ev = await t.createEvent(tenant);
    foreign = await t.createEvent(other);
  });
  afterAll(() => t.close());

  it('creates, lists, reads, replaces and deletes a profile', async () => {
    const created = await api(tenant, 'post', '/control-profiles')
      .send({ name: ' Parterre ', dateIds: [ev.dateId], zoneIds: [ev.zoneId], mode: 'entry_exit' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Parterre', dateIds: [ev.dateId], zoneIds: [ev.zoneId], mode: 'entry_exit' });
    const id = created.body.id as string;
    const all = await api(tenant, 'post', '/control-profiles').send({ name: 'Tout', dateIds: [], zoneIds: [], mode: 'normal' }).expect(201);

    expect((await api(tenant, 'get', '/control-profiles').expect(200)).body.items.map((p: { name: string }) => p.name)).toEqual(['Parterre', 'Tout']);
    expect((await api(tenant, 'get', `/control-profiles/${id}`).expect(200)).body).toEqual(created.body);

    const replaced = await api(tenant, 'put', `/control-profiles/${id}`)
      .send({ name: 'Parterre', dateIds: [], zoneIds: [ev.zoneId], mode: 'multiple' })
      .expect(200);
    expect(replaced.body).toMatchObject({ id, dateIds: [], zoneIds: [ev.zoneId], mode: 'multiple' });
    expect((await api(tenant, 'get', `/control-profiles/${id}`)).body).toMatchObject({ dateIds: [], mode: 'multiple' });

    await api(tenant, 'delete', `/control-profiles/${all.body.id}`).expect(204);
    expect((await api(tenant, 'get', `/control-profiles/${all.body.id}`).expect(404)).body.code).toBe('CONTROL_PROFILE_NOT_FOUND');
  });

  it('refuses another ticketing’s dates and zones, naming the field, and writes nothing', async () => {
    const res = await api(tenant, 'post', '/control-profiles')
      .send({ name: 'Intrus', dateIds: [ev.dateId, foreign.dateId], zoneIds: [foreign.zoneId], mode: 'normal' })
      .expect(422);
    expect(res.body.code).toBe('CONTROL_PROFILE_INVALID');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['dateIds', 'zoneIds']);
    expect(res.body.errors[0].message).toContain(foreign.dateId);
    const { body } = await api(tenant, 'post', '/control-profiles').send({ name: 'Bon', dateIds: [], zoneIds: [], mode: 'normal' }).expect(201);
    const update = await api(tenant, 'put', `/control-profiles/${body.id}`)
      .send({ name: 'Bon', dateIds: [], zoneIds: [foreign.zoneId], mode: 'normal' })
      .expect(422);
    expect(update.body.errors).toEqual([expect.objectContaining({ field: 'zoneIds' })]);
    const count = await t.sql.query(`SELECT count(*)::int AS n FROM control_profiles WHERE name = 'Intrus'`);
    expect(count.rows[0].n).toBe(0);
  });

  it('answers 404 for another ticketing’s profile', async () => {
    const { body } = await api(other, 'post', '/control-profiles').send({ name: 'Ailleurs', dateIds: [], zoneIds: [], mode: 'normal' }).expect(201);
    expect((await api(tenant, 'get', `/control-profiles/${body.id}`).expect(404)).body.code).toBe('CONTROL_PROFILE_NOT_FOUND');
    await api(tenant, 'put', `/control-profiles/${body.id}`).send({ name: 'x', dateIds: [], zoneIds: [], mode: 'normal' }).expect(404);
    await api(tenant, 'delete', `/control-profiles/${body.id}`).expect(404);
    await api(tenant, 'post', `/control-profiles/${body.id}/login-code`).expect(404);
    const device = await api(tenant, 'post', '/control-devices').send({ name: 'Porte', profileId: body.id }).expect(404);
    expect(device.body.code).toBe('CONTROL_PROFILE_NOT_FOUND');
    expect((await t.sql.query(`SELECT name FROM control_profiles WHERE id = $1`, [body.id])).rows).toEqual([{ name: 'Ailleurs' }]);
  });

  it('lets the control role read profiles, and only admins and managers write them', async () => {
    const control = await signInMember(t, tenant, 'control');
    const manager = await signInMember(t, tenant, 'manager');
    await api(tenant, 'get', '/control-profiles', control).expect(200);
    expect(
      (await api(tenant, 'post', '/control-profiles', control).send({ name: 'Non', dateIds: [], zoneIds: [], mode: 'normal' }).expect(403)).body.code,
    ).toBe('FORBIDDEN');
    const { body } = await api(tenant, 'post', '/control-profiles', manager).send({ name: 'Géré', dateIds: [], zoneIds: [], mode: 'normal' }).expect(201);
    await api(tenant, 'post', `/control-profiles/${body.id}/login-code`, control).expect(403);
    await api(tenant, 'delete', `/control-profiles/${body.id}`, control).expect(403);
  });

  it('revokes a deleted profile’s devices and its codes: a device never falls back to scanning everything', async () => {
    const { body: profile } = await api(tenant, 'post', '/control-profiles')
      .send({ name: 'Éphémère', dateIds: [ev.dateId], zoneIds: [], mode: 'normal' })
      .expect(201);
    const device = await api(tenant, 'post', '/control-devices').send({ name: 'Porte E', profileId: profile.id, gate: 'Nord' }).expect(201);
    expect(device.body).toMatchObject({ profileId: profile.id, gate: 'Nord' });
    const { body: code } = await api(tenant, 'post', `/control-profiles/${profile.id}/login-code`).expect(201);
    await api(tenant, 'delete', `/control-profiles/${profile.id}`).expect(204);

    const me = await t.http().get('/api/v1/control/me').set('authorization', `Bearer ${device.body.token}`);
    expect(me.status).toBe(401);
    expect((await t.http().post('/api/v1/control/login').send({ code: code.code, deviceName: 'Tard' }).expect(401)).body.code).toBe(
      'CONTROL_LOGIN_CODE_INVALID',
    );
  });
});
