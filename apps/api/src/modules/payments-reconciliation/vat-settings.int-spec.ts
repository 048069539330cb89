import { signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** TO-5 (ADR 0040) against PostgreSQL: a ticketing's VAT number and rate — the check, who reads and writes them, clearing them. */
describe('VAT settings', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const call = (token: string, method: 'get' | 'put', ticketingId = tenant.ticketingId) =>
    t.http()[method](`/api/v1/ticketings/${ticketingId}/vat-settings`).set('authorization', `Bearer ${token}`);
  const fields = (body: { errors: { field: string }[] }) => [...new Set(body.errors.map((e) => e.field))].sort();
  const rows = async () => (await t.sql.query(`SELECT count(*)::int AS n FROM vat_settings WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n;

  beforeAll(async () => {
    t = await startTestApp({ label: 'vatsettings' });
    tenant = await t.createTenant('vat-settings');
    other = await t.createTenant('vat-settings-other');
  });
  afterAll(() => t.close());

  it('has none at first; a bad number or rate is refused naming the field, and nothing is written', async () => {
    expect((await call(tenant.token, 'get').expect(200)).body).toEqual({ vatNumber: null, rateBp: null, updatedAt: null, updatedBy: null });
    for (const [body, expected] of [
      [{ vatNumber: 'CHE-123.456.78 TVA', rateBp: 810 }, ['vatNumber']],
      [{ vatNumber: 'DE123456789', rateBp: 810 }, ['vatNumber']],
      [{ vatNumber: 'CHE-123.456.789', rateBp: 810 }, ['vatNumber']],
      [{ vatNumber: 'CHE-123.456.789 TVA', rateBp: -1 }, ['rateBp']],
      [{ vatNumber: 'CHE-123.456.789 TVA', rateBp: 8.1 }, ['rateBp']],
      [{ vatNumber: 'CHE-123.456.789 TVA', rateBp: 10001 }, ['rateBp']],
      // Both together, or both cleared.
      [{ vatNumber: 'CHE-123.456.789 TVA', rateBp: null }, ['rateBp']],
      [{ vatNumber: null, rateBp: 810 }, ['vatNumber']],
      [{}, ['rateBp', 'vatNumber']],
    ] as const) {
      const res = await call(tenant.token, 'put').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fields(res.body)).toEqual(expected);
    }
    expect(await rows()).toBe(0);
  });

  it('writes the number the one way (loose spacing, dots and case accepted), takes 0 % as exempt, and clears both with null', async () => {
    const set = (await call(tenant.token, 'put').send({ vatNumber: ' che 123 456 789 mwst ', rateBp: 810 }).expect(200)).body;
    expect(set).toEqual({ vatNumber: 'CHE-123.456.789 MWST', rateBp: 810, updatedAt: expect.any(String), updatedBy: expect.any(String) });
    expect((await call(tenant.token, 'get').expect(200)).body).toEqual(set);
    expect((await call(tenant.token, 'put').send({ vatNumber: 'CHE-123.456.789 IVA', rateBp: 0 }).expect(200)).body).toMatchObject({
      vatNumber: 'CHE-123.456.789 IVA',
      rateBp: 0,
    });
    expect((await call(tenant.token, 'put').send({ vatNumber: null, rateBp: null }).expect(200)).body).toEqual({
      vatNumber: null,
      rateBp: null,
      updatedAt: null,
      updatedBy: null,
    });
    expect(await rows()).toBe(0);
    await call(tenant.token, 'put').send({ vatNumber: 'CHE-123.456.789 TVA', rateBp: 810 }).expect(200);
  });

  it('lets managers and accounting read them but only admins write them; the ticket office neither', async () => {
    for (const role of ['manager', 'accounting'] as const) {
      const token = await signInMember(t, tenant, role);
      expect((await call(token, 'get').expect(200)).body.vatNumber).toBe('CHE-123.456.789 TVA');
      expect((await call(token, 'put').send({ vatNumber: null, rateBp: null }).expect(403)).body.code).toBe('FORBIDDEN');
    }
    const office = await signInMember(t, tenant, 'ticket_office');
    expect((await call(office, 'get').expect(403)).body.code).toBe('FORBIDDEN');
    expect((await call(tenant.token, 'get').expect(200)).body.rateBp).toBe(810);
  });

  it("keeps each ticketing's own: another tenant neither reads nor writes them (404 before any 400)", async () => {
    expect((await call(other.token, 'get', tenant.ticketingId).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
    expect((await call(other.token, 'put', tenant.ticketingId).send({ vatNumber: 'x', rateBp: -1 }).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
    expect((await call(other.token, 'put', tenant.ticketingId).send({ vatNumber: null, rateBp: null }).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
    expect((await call(other.token, 'get', other.ticketingId).expect(200)).body.vatNumber).toBeNull();
    expect((await call(tenant.token, 'get').expect(200)).body.vatNumber).toBe('CHE-123.456.789 TVA');
  });
});
