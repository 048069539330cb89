import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FixedClock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { DEFAULT_FORM } from './registration-form';
import { RegistrationService } from './registration.service';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** SHOP-3 against PostgreSQL: the registration form's settings, checkout against it, and the buyers' files. */
describe('registration form', () => {
  const clock = new FixedClock(new Date('2027-01-10T12:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: { dateId: string; zoneId: string; priceId: string };

  const form = (tenantOf: Tenant, token = tenantOf.token) =>
    t.http().put(`/api/v1/ticketings/${tenantOf.ticketingId}/registration-form`).set('authorization', `Bearer ${token}`);
  const openCart = async (of: Tenant = tenant, e = ev) =>
    (
      await t
        .http()
        .post(`/api/v1/shop/${of.slug}/carts`)
        .send({ items: [{ dateId: e.dateId, zoneId: e.zoneId, priceId: e.priceId, quantity: 1 }] })
        .expect(201)
    ).body.id as string;
  const checkout = (cartId: string, customer: Record<string, unknown>, of: Tenant = tenant) =>
    t.http().post(`/api/v1/shop/${of.slug}/carts/${cartId}/checkout`).send({ customer, paymentMethod: 'on_site' });
  const upload = (cartId: string, field: string, data: Buffer, name = 'doc.pdf', of: Tenant = tenant) =>
    t.http().post(`/api/v1/shop/${of.slug}/carts/${cartId}/uploads`).query({ field }).attach('file', data, name);
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
  const count = async (sql: string, params: unknown[]) => (await t.sql.query(sql, params)).rows[0].n as number;
  const member = async (role: 'manager' | 'ticket_office') => {
    const organizerId = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows[0].organizer_id;
    const email = `${role}-${process.pid}@registration.test`;
    await t.app.get(TenancyService).createUser({ organizerId, email, name: role, password: 'secret-password' });
    await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/members`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ email, name: role, role })
      .expect(201);
    return (await t.http().post('/api/v1/auth/login').send({ email, password: 'secret-password' }).expect(200)).body.accessToken as string;
  };

  const FULL = {
    standard: {
      ...DEFAULT_FORM.standard,
      title: 'optional',
      company: 'hidden',
      address: 'optional',
      zip: 'optional',
      city: 'required',
      country: 'optional',
      mobile: 'optional',
      dateOfBirth: 'optional',
    },
    customFields: [
      { key: 'note', label: { fr: 'Remarque', en: 'Note' }, kind: 'text', required: false },
      { key: 'age', label: { fr: 'Âge' }, kind: 'number', required: false },
      { key: 'arrival', label: { fr: 'Arrivée' }, kind: 'date', required: false },
      { key: 'diet', label: { fr: 'Régime', de: 'Ernährung' }, kind: 'dropdown', required: true, options: ['Végétarien', 'Sans restriction'] },
      { key: 'days', label: { fr: 'Jours' }, kind: 'checkboxes', required: false, options: ['Samedi', 'Dimanche'] },
      { key: 'certificate', label: { fr: 'Attestation' }, kind: 'file', required: true, accept: ['application/pdf', 'image/jpeg'], maxBytes: 4096 },
    ],
  };
  const buyer = { firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.ch', city: 'Genève' };

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'registration' });
    tenant = await t.createTenant('registration');
    other = await t.createTenant('registration-other');
    ev = await t.createEvent(tenant, { capacity: 50 });
  });
  afterAll(() => t.close());

  describe('settings', () => {
    it('starts as the default form (names and email), for the backoffice and the shop', async () => {
      const res = await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/registration-form`).set('authorization', `Bearer ${tenant.token}`).expect(200);
      expect(res.body).toEqual({ ...DEFAULT_FORM, updatedAt: null });
      expect((await t.http().get(`/api/v1/shop/${tenant.slug}/registration-form`).expect(200)).body).toEqual(res.body);
    });

    it('refuses a form that hides the email or makes it optional, and writes nothing', async () => {
      for (const email of ['hidden', 'optional']) {
        const res = await form(tenant)
          .send({ standard: { ...DEFAULT_FORM.standard, email }, customFields: [] })
          .expect(422);
        expect(res.body.code).toBe('REGISTRATION_EMAIL_REQUIRED');
        expect(fieldsOf(res.body)).toEqual(['standard.email']);
      }
      expect(await count(`SELECT count(*)::int AS n FROM registration_forms WHERE ticketing_id = $1`, [tenant.ticketingId])).toBe(0);
    });

    it('names each custom field that lacks what its kind needs; the size cap and the kinds are checked on the way in', async () => {
      const bad = await form(tenant)
        .send({
          standard: DEFAULT_FORM.standard,
          customFields: [
            { key: 'diet', label: { fr: 'Régime' }, kind: 'dropdown', required: true },
            { key: 'diet', label: { fr: 'Encore' }, kind: 'text', required: false, options: ['x'] },
            { key: 'cv', label: { fr: 'CV' }, kind: 'file', required: false },
          ],
        })
        .expect(422);
      expect(bad.body.code).toBe('REGISTRATION_FORM_INVALID');
      expect(fieldsOf(bad.body)).toEqual([
        'customFields[0].options',
        'customFields[1].key',
        'customFields[1].options',
        'customFields[2].accept',
        'customFields[2].maxBytes',
      ]);

      const tooBig = await form(tenant)
        .send({
          standard: DEFAULT_FORM.standard,
          customFields: [{ key: 'cv', label: { fr: 'CV' }, kind: 'file', required: false, accept: ['application/zip'], maxBytes: 20 * 1024 * 1024 }],
        })
        .expect(400);
      expect(fieldsOf(tooBig.body).sort()).toEqual(['customFields[0].accept', 'customFields[0].maxBytes']);
      const mode = await form(tenant)
        .send({ standard: { ...DEFAULT_FORM.standard, city: 'sometimes' }, customFields: [] })
        .expect(400);
      expect(fieldsOf(mode.body)).toEqual(['standard.city']);
    });

    it('lets admins and managers set it, not the ticket office; another ticketing neither reads nor writes it', async () => {
      const set = await form(tenant).send(FULL).expect(200);
      expect(set.body).toEqual({ ...FULL, updatedAt: clock.now().toISOString() });
      expect((await t.http().get(`/api/v1/shop/${tenant.slug}/registration-form`).expect(200)).body.customFields).toHaveLength(6);

      const manager = await member('manager');
      await form(tenant, manager).send(FULL).expect(200);
      const office = await member('ticket_office');
      expect((await form(tenant, office).send(FULL).expect(403)).body.code).toBe('FORBIDDEN');

      // The other ticketing's admin: this ticketing does not exist for them, and their own form is untouched.
      expect((await form(tenant, other.token).send(DEFAULT_FORM).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
      await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/registration-form`).set('authorization', `Bearer ${other.token}`).expect(404);
      expect((await t.http().get(`/api/v1/shop/${other.slug}/registration-form`).expect(200)).body).toEqual({ ...DEFAULT_FORM, updatedAt: null });
    });
  });

  describe('checkout against the form', () => {
    let cartId: string;
    let certificate: string;

    beforeAll(async () => {
      await form(tenant).send(FULL).expect(200);
      cartId = await openCart();
      certificate = (await upload(cartId, 'certificate', PDF, 'attestation.pdf').expect(201)).body.id;
    });

    it('names every missing mandatory field and every hidden field sent, and writes nothing', async () => {
      const res = await checkout(cartId, { firstName: 'Ada', lastName: ' ', email: 'ada@example.ch', company: 'ACME', answers: {} }).expect(422);
      expect(res.body.code).toBe('REGISTRATION_INVALID');
      expect(fieldsOf(res.body)).toEqual(['customer.lastName', 'customer.company', 'customer.city', 'customer.answers.diet', 'customer.answers.certificate']);
      expect(await count(`SELECT count(*)::int AS n FROM orders WHERE ticketing_id = $1`, [tenant.ticketingId])).toBe(0);
      expect((await t.sql.query(`SELECT status FROM carts WHERE id = $1`, [cartId])).rows[0].status).toBe('open');
    });

    it('checks each standard field by its kind', async () => {
      const res = await checkout(cartId, {
        ...buyer,
        title: 'dr',
        country: 'XX',
        mobile: 'call me',
        dateOfBirth: '2027-06-01',
        answers: { diet: 'Végétarien', certificate },
      }).expect(422);
      expect(fieldsOf(res.body)).toEqual(['customer.title', 'customer.country', 'customer.mobile', 'customer.dateOfBirth']);
      const notADate = await checkout(cartId, { ...buyer, dateOfBirth: '1990-02-30', answers: { diet: 'Végétarien', certificate } }).expect(422);
      expect(fieldsOf(notADate.body)).toEqual(['customer.dateOfBirth']);
    });

    it('checks each custom answer by its kind, and refuses answers to fields the form does not have', async () => {
      const res = await checkout(cartId, {
        ...buyer,
        answers: {
          note: 12,
          age: 'forty',
          arrival: 'tomorrow',
          diet: 'Poisson',
          days: ['Lundi'],
          certificate: '00000000-0000-4000-8000-000000000000',
          extra: 'x',
        },
      }).expect(422);
      expect(fieldsOf(res.body)).toEqual([
        'customer.answers.extra',
        'customer.answers.note',
        'customer.answers.age',
        'customer.answers.arrival',
        'customer.answers.diet',
        'customer.answers.days',
        'customer.answers.certificate',
      ]);
    });

    it('refuses a file uploaded to another cart', async () => {
      const otherCart = await openCart();
      const elsewhere = (await upload(otherCart, 'certificate', PDF).expect(201)).body.id;
      const res = await checkout(cartId, { ...buyer, answers: { diet: 'Végétarien', certificate: elsewhere } }).expect(422);
      expect(fieldsOf(res.body)).toEqual(['customer.answers.certificate']);
    });

    it('keeps the contact and the answers on the order and on the customer; the file is downloadable by the team only', async () => {
      const res = await checkout(cartId, {
        ...buyer,
        title: 'mrs',
        zip: '',
        country: 'ch',
        mobile: '+41 79 123 45 67',
        dateOfBirth: '1990-05-17',
        answers: { note: ' Fauteuil roulant ', age: 36, arrival: '2027-03-01', diet: 'Végétarien', days: ['Dimanche', 'Samedi'], certificate },
      }).expect(201);
      const order = (
        await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${res.body.orderId}`).set('authorization', `Bearer ${tenant.token}`).expect(200)
      ).body;
      expect(order.customer).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch', mobile: '+41 79 123 45 67' });
      const snapshot = {
        contact: {
          title: 'mrs',
          firstName: 'Ada',
          lastName: 'Lovelace',
          email: 'ada@example.ch',
          city: 'Genève',
          country: 'CH',
          mobile: '+41 79 123 45 67',
          dateOfBirth: '1990-05-17',
        },
        answers: [
          { key: 'note', label: { fr: 'Remarque', en: 'Note' }, kind: 'text', value: 'Fauteuil roulant' },
          { key: 'age', label: { fr: 'Âge' }, kind: 'number', number: 36 },
          { key: 'arrival', label: { fr: 'Arrivée' }, kind: 'date', value: '2027-03-01' },
          { key: 'diet', label: { fr: 'Régime', de: 'Ernährung' }, kind: 'dropdown', value: 'Végétarien' },
          { key: 'days', label: { fr: 'Jours' }, kind: 'checkboxes', choices: ['Samedi', 'Dimanche'] },
          {
            key: 'certificate',
            label: { fr: 'Attestation' },
            kind: 'file',
            file: { uploadId: certificate, fileName: 'attestation.pdf', contentType: 'application/pdf', sizeBytes: PDF.length },
          },
        ],
      };
      expect(order.registration).toEqual(snapshot);
      const customer = await t.sql.query(`SELECT registration FROM customers WHERE ticketing_id = $1 AND email = 'ada@example.ch'`, [tenant.ticketingId]);
      expect(customer.rows[0].registration).toEqual(snapshot);
      // The shop's view of the order does not carry it.
      const shopView = await t.http().get(`/api/v1/shop/${tenant.slug}/orders/${res.body.orderId}`).query({ token: res.body.accessToken }).expect(200);
      expect(shopView.body.registration).toBeUndefined();

      // The bytes live in the file storage, not in the row.
      const row = (await t.sql.query(`SELECT * FROM registration_uploads WHERE id = $1`, [certificate])).rows[0];
      expect(Object.keys(row).sort()).toEqual([
        'cart_id',
        'content_type',
        'created_at',
        'field_key',
        'file_name',
        'id',
        'order_id',
        'sha256',
        'size_bytes',
        'ticketing_id',
      ]);
      expect(row.order_id).toBe(res.body.orderId);
      expect(existsSync(join(resolve(t.app.get(AppConfig).STORAGE_DIR), tenant.ticketingId, 'registration', row.sha256))).toBe(true);

      const download = `/api/v1/ticketings/${tenant.ticketingId}/orders/${res.body.orderId}/registration-files/${certificate}`;
      const file = await t
        .http()
        .get(download)
        .set('authorization', `Bearer ${tenant.token}`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="attestation.pdf"/);
      expect(file.headers['cache-control']).toBe('private, no-store');

      // Never public, never another ticketing's, never through another order.
      expect((await t.http().get(download).expect(401)).body.code).toBe('UNAUTHENTICATED');
      await t.http().get(download).set('authorization', `Bearer ${other.token}`).expect(404);
      const otherOrder = await checkout(
        await openCart(other, await t.createEvent(other)),
        { firstName: 'B', lastName: 'C', email: 'b@example.ch' },
        other,
      ).expect(201);
      const res404 = await t
        .http()
        .get(`/api/v1/ticketings/${other.ticketingId}/orders/${otherOrder.body.orderId}/registration-files/${certificate}`)
        .set('authorization', `Bearer ${other.token}`)
        .expect(404);
      expect(res404.body.code).toBe('UPLOAD_NOT_FOUND');
    });

    it('a ticketing that never set its form asks the names and the email, as checkout always did', async () => {
      const e = await t.createEvent(other);
      const res = await checkout(await openCart(other, e), { email: 'c@example.ch' }, other).expect(422);
      expect(fieldsOf(res.body)).toEqual(['customer.firstName', 'customer.lastName']);
    });
  });

  describe('uploads', () => {
    let cartId: string;
    beforeAll(async () => {
      await form(tenant).send(FULL).expect(200);
      cartId = await openCart();
    });

    it('recognises the type by the content, not by the name or the claimed type', async () => {
      const png = await upload(cartId, 'certificate', PNG, 'scan.pdf').expect(422);
      expect(png.body).toMatchObject({ code: 'UPLOAD_TYPE_NOT_ALLOWED', errors: [{ field: 'file' }] });
      const exe = await t
        .http()
        .post(`/api/v1/shop/${tenant.slug}/carts/${cartId}/uploads`)
        .query({ field: 'certificate' })
        .attach('file', Buffer.from('MZ\x90\x00 not a pdf'), { filename: 'doc.pdf', contentType: 'application/pdf' })
        .expect(422);
      expect(exe.body.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
      const jpeg = await upload(cartId, 'certificate', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'photo').expect(201);
      expect(jpeg.body).toEqual({ id: expect.any(String), field: 'certificate', fileName: 'photo', contentType: 'image/jpeg', sizeBytes: 7 });
    });

    it('refuses a file larger than its field allows, and a field that is not a file field of the form', async () => {
      const big = await upload(cartId, 'certificate', Buffer.concat([PDF, Buffer.alloc(4096)])).expect(413);
      expect(big.body).toMatchObject({ code: 'UPLOAD_TOO_LARGE', errors: [{ field: 'file' }] });
      for (const field of ['diet', 'nope']) {
        const res = await upload(cartId, field, PDF).expect(422);
        expect(res.body).toMatchObject({ code: 'UPLOAD_FIELD_UNKNOWN', errors: [{ field: 'field' }] });
      }
    });

    it('takes files only for an open cart of this shop', async () => {
      expect((await upload(cartId, 'certificate', PDF, 'a.pdf', other).expect(404)).body.code).toBe('CART_NOT_FOUND');
      const released = await openCart();
      await t.http().delete(`/api/v1/shop/${tenant.slug}/carts/${released}`).expect(204);
      expect((await upload(released, 'certificate', PDF).expect(409)).body.code).toBe('CART_CLOSED');
    });

    it('sweeps the files of carts never checked out after a day, and keeps the ones an order answered with', async () => {
      const abandoned = await openCart();
      const orphan = (await upload(abandoned, 'certificate', Buffer.from('%PDF-1.4 orphan only'), 'orphan.pdf').expect(201)).body.id;
      const storage = resolve(t.app.get(AppConfig).STORAGE_DIR);
      const orphanHash = (await t.sql.query(`SELECT sha256 FROM registration_uploads WHERE id = $1`, [orphan])).rows[0].sha256;
      const kept = await count(`SELECT count(*)::int AS n FROM registration_uploads WHERE order_id IS NOT NULL`, []);
      expect(kept).toBeGreaterThan(0);

      const sweep = () => t.app.get(RegistrationService).sweepOrphanFiles();
      expect(await sweep()).toBe(0);
      clock.advance(25 * 60 * 60 * 1000);
      expect(await sweep()).toBeGreaterThanOrEqual(1);
      expect(await count(`SELECT count(*)::int AS n FROM registration_uploads WHERE id = $1`, [orphan])).toBe(0);
      expect(existsSync(join(storage, tenant.ticketingId, 'registration', orphanHash))).toBe(false);
      expect(await count(`SELECT count(*)::int AS n FROM registration_uploads WHERE order_id IS NOT NULL`, [])).toBe(kept);
      // The bytes an order's file shares with a swept orphan stay.
      const attached = (await t.sql.query(`SELECT ticketing_id, sha256 FROM registration_uploads WHERE order_id IS NOT NULL LIMIT 1`)).rows[0];
      expect(existsSync(join(storage, attached.ticketing_id, 'registration', attached.sha256))).toBe(true);
    });
  });
});
