import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { TenancyService } from '../../platform/tenancy/tenancy.service';

/** PAY-3 against PostgreSQL: a ticketing's invoice settings, who reads and writes them, and the QR-IBAN check. */
describe('invoice settings', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const valid = {
    creditorName: 'Théâtre du Jorat',
    street: 'Route du Théâtre',
    buildingNumber: '2',
    zip: '1083',
    city: 'Mézières',
    country: 'CH',
    qrIban: 'CH44 3199 9123 0008 8901 2',
  };
  const call = (token: string, method: 'get' | 'put', ticketingId = tenant.ticketingId) =>
    t.http()[method](`/api/v1/ticketings/${ticketingId}/invoice-settings`).set('authorization', `Bearer ${token}`);

  /** A colleague of the tenant's admin with this role, logged in. */
  const member = async (role: 'manager' | 'accounting' | 'ticket_office') => {
    const organizerId = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows[0].organizer_id;
    const email = `${role}-${process.pid}@invoice.test`;
    await t.app.get(TenancyService).createUser({ organizerId, email, name: role, password: 'secret-password' });
    await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/members`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ email, name: role, role })
      .expect(201);
    return (await t.http().post('/api/v1/auth/login').send({ email, password: 'secret-password' }).expect(200)).body.accessToken as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'invoicesettings' });
    tenant = await t.createTenant('invoice-settings');
    other = await t.createTenant('invoice-settings-other');
  });
  afterAll(() => t.close());

  it('has none until an admin sets them; an IBAN that is not a QR-IBAN is refused naming qrIban, and nothing is written', async () => {
    expect((await call(tenant.token, 'get').expect(404)).body.code).toBe('INVOICE_SETTINGS_NOT_SET');

    // A valid IBAN, but of an ordinary account (IID 00762): it cannot carry QR references.
    const plain = await call(tenant.token, 'put')
      .send({ ...valid, qrIban: 'CH93 0076 2011 6238 5295 7' })
      .expect(400);
    expect(plain.body.code).toBe('VALIDATION_FAILED');
    expect(plain.body.errors.map((e: { field: string }) => e.field)).toEqual(['qrIban']);
    // A QR-IID but a wrong check digit.
    const typo = await call(tenant.token, 'put')
      .send({ ...valid, qrIban: 'CH45 3199 9123 0008 8901 2' })
      .expect(400);
    expect(typo.body.errors.map((e: { field: string }) => e.field)).toEqual(['qrIban']);

    const bad = await call(tenant.token, 'put')
      .send({ ...valid, country: 'FR', paymentTermDays: 121, creditorName: ' ' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['country', 'creditorName', 'paymentTermDays']);

    expect((await call(tenant.token, 'get').expect(404)).body.code).toBe('INVOICE_SETTINGS_NOT_SET');
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM invoice_settings WHERE ticketing_id = $1`, [tenant.ticketingId])).rows[0].n).toBe(0);
  });

  it('stores the QR-IBAN without spaces, a 30-day term by default, and replaces them whole', async () => {
    const set = (await call(tenant.token, 'put').send(valid).expect(200)).body;
    expect(set).toEqual({
      ...valid,
      qrIban: 'CH4431999123000889012',
      paymentTermDays: 30,
      reminderDays: [10, 20],
      updatedAt: expect.any(String),
      updatedBy: expect.any(String),
    });
    expect((await call(tenant.token, 'get').expect(200)).body).toEqual(set);

    const changed = (
      await call(tenant.token, 'put')
        .send({ ...valid, country: 'LI', city: 'Vaduz', zip: '9490', paymentTermDays: 10 })
        .expect(200)
    ).body;
    // The default reminders that fall before a shorter term: none of them before 10 days.
    expect(changed).toMatchObject({ country: 'LI', city: 'Vaduz', zip: '9490', paymentTermDays: 10, reminderDays: [] });
  });

  it('keeps 0 to 3 reminders, ascending, each before the term; others are refused naming reminderDays, and nothing is written', async () => {
    await call(tenant.token, 'put')
      .send({ ...valid, paymentTermDays: 15 })
      .expect(200);
    expect((await call(tenant.token, 'get').expect(200)).body.reminderDays).toEqual([10]);
    const chosen = (
      await call(tenant.token, 'put')
        .send({ ...valid, paymentTermDays: 45, reminderDays: [7, 21, 35] })
        .expect(200)
    ).body;
    expect(chosen).toMatchObject({ paymentTermDays: 45, reminderDays: [7, 21, 35] });

    for (const reminderDays of [[20, 10], [10, 10], [0], [45], [5, 10, 15, 20], ['10'], 10, [1.5]]) {
      const refused = await call(tenant.token, 'put').send({ ...valid, paymentTermDays: 45, reminderDays });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(new Set(refused.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['reminderDays']));
    }
    // Each before the term given with them (the default term when none is).
    const pastTerm = await call(tenant.token, 'put').send({ ...valid, reminderDays: [10, 30] });
    expect(pastTerm.status).toBe(400);
    expect(pastTerm.body.errors.map((e: { field: string }) => e.field)).toEqual(['reminderDays']);
    expect((await call(tenant.token, 'get').expect(200)).body).toMatchObject({ paymentTermDays: 45, reminderDays: [7, 21, 35] });

    const none = (
      await call(tenant.token, 'put')
        .send({ ...valid, reminderDays: [] })
        .expect(200)
    ).body;
    expect(none).toMatchObject({ paymentTermDays: 30, reminderDays: [] });
  });

  it('lets managers and accounting read them but only admins write them', async () => {
    for (const role of ['manager', 'accounting'] as const) {
      const token = await member(role);
      expect((await call(token, 'get').expect(200)).body.qrIban).toBe('CH4431999123000889012');
      expect((await call(token, 'put').send(valid).expect(403)).body.code).toBe('FORBIDDEN');
    }
    const office = await member('ticket_office');
    expect((await call(office, 'get').expect(403)).body.code).toBe('FORBIDDEN');
  });

  it("keeps each ticketing's own: another tenant neither reads nor writes them", async () => {
    expect((await call(other.token, 'get', tenant.ticketingId).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
    expect(
      (
        await call(other.token, 'put', tenant.ticketingId)
          .send({ ...valid, creditorName: 'Intrus', reminderDays: [1] })
          .expect(404)
      ).body.code,
    ).toBe('TICKETING_NOT_FOUND');
    expect((await call(other.token, 'get', other.ticketingId).expect(404)).body.code).toBe('INVOICE_SETTINGS_NOT_SET');
    expect((await call(tenant.token, 'get').expect(200)).body).toMatchObject({ creditorName: 'Théâtre du Jorat', reminderDays: [] });
  });
});
