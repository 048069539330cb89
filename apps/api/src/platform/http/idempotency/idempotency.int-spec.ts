import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { FixedClock } from '../../clock/clock';
import { TenancyService } from '../../tenancy/tenancy.service';
import { startTestApp, Tenant, TestApp } from '../../../test/test-app';
import { waitUntil } from '../../../test/wait';
import { IdempotencyJobs } from './idempotency.jobs';

type Ev = { eventId: string; dateId: string; zoneId: string; priceId: string };

const START = new Date('2027-01-10T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/** A whole event, as the backoffice creates one. */
const eventBody = (name: string) => ({
  name,
  venue: 'Grande salle',
  dates: [{ startsAt: '2027-03-01T20:00:00+01:00' }],
  zones: [{ name: 'Parterre', capacity: 100 }],
  prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 2500, currency: 'CHF' }] }],
});

/** Issue 10: `Idempotency-Key` on every write — replay, reuse, in flight, expiry (ADR 0023). */
describe('Idempotency-Key', () => {
  const clock = new FixedClock(START);
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: Ev;

  const count = async (table: string, who: Tenant = tenant) =>
    Number((await t.sql.query(`SELECT count(*)::int AS n FROM ${table} WHERE ticketing_id = $1`, [who.ticketingId])).rows[0].n);
  const keyRows = async (key: string) =>
    (await t.sql.query(`SELECT caller, response_status AS status FROM idempotency_keys WHERE key = $1 ORDER BY caller`, [key])).rows as {
      caller: string;
      status: number | null;
    }[];

  /** POST /events of a ticketing with a key (the backoffice write of these tests). */
  const createEvent = (who: Tenant, key: string | null, body: object = eventBody('Récital')) => {
    const req = t.http().post(`/api/v1/ticketings/${who.ticketingId}/events`).set('authorization', `Bearer ${who.token}`);
    return (key === null ? req : req.set('idempotency-key', key)).send(body);
  };

  const openCart = async (who: Tenant = tenant) =>
    (
      await t
        .http()
        .post(`/api/v1/shop/${who.slug}/carts`)
        .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity: 2 }] })
        .expect(201)
    ).body.id as string;
  const checkout = (cartId: string, key: string, email = 'ada@example.ch') =>
    t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${cartId}/checkout`)
      .set('idempotency-key', key)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email }, paymentMethod: 'on_site' });

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'idempotency' });
    tenant = await t.createTenant('idem');
    other = await t.createTenant('idem-other');
    ev = await t.createEvent(tenant, { capacity: 50 });
  });
  afterAll(() => t.close());
  afterEach(() => clock.set(START));

  it('replays a checkout: one order, the same answer, marked as replayed', async () => {
    const cartId = await openCart();
    const key = randomUUID();
    const orders = await count('orders');
    const tickets = await count('tickets');
    const first = await checkout(cartId, key).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await checkout(cartId, key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.body).toEqual(first.body);
    expect(await count('orders')).toBe(orders + 1);
    expect(await count('tickets')).toBe(tickets + 2);
    // Without the key, the same retry is refused: the cart is an order now.
    const withoutKey = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts/${cartId}/checkout`)
      .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' });
    expect(withoutKey.status).toBe(409);
    expect(await count('orders')).toBe(orders + 1);
  });

  it('replays a backoffice write, and a 4xx answer too', async () => {
    const key = randomUUID();
    const events = await count('events');
    const first = await createEvent(tenant, key).expect(201);
    const again = await createEvent(tenant, key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await count('events')).toBe(events + 1);

    const refusedKey = randomUUID();
    const refused = await createEvent(tenant, refusedKey, eventBody('')).expect(400);
    const refusedAgain = await createEvent(tenant, refusedKey, eventBody('')).expect(400);
    expect(refusedAgain.headers['idempotent-replayed']).toBe('true');
    expect(refusedAgain.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refusedAgain.body).toEqual(refused.body);
    expect(await count('events')).toBe(events + 1);
  });

  it('refuses the key with another body or path (422) and writes nothing', async () => {
    const key = randomUUID();
    await createEvent(tenant, key, eventBody('Premier')).expect(201);
    const events = await count('events');

    const otherBody = await createEvent(tenant, key, eventBody('Second')).expect(422);
    expect(otherBody.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPath = await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/promo-codes`)
      .set('authorization', `Bearer ${tenant.token}`)
      .set('idempotency-key', key)
      .send({ name: 'Premier' })
      .expect(422);
    expect(otherPath.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('events')).toBe(events);
    expect(await count('promo_codes')).toBe(0);
  });

  it('keeps keys apart per tenant and per caller', async () => {
    const key = randomUUID();
    const body = eventBody('Même clé');
    await createEvent(tenant, key, body).expect(201);

    const inOther = await createEvent(other, key, body).expect(201);
    expect(inOther.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('events', other)).toBe(1);

    const tenancy = t.app.get(TenancyService);
    const [{ organizer_id }] = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows;
    const email = `colleague-${process.pid}@idempotency.test`;
    const user = await tenancy.createUser({ organizerId: organizer_id, email, name: 'Collègue', password: 'secret-password' });
    await tenancy.addMember(user.id, tenant.scope, 'manager');
    const login = await t.http().post('/api/v1/auth/login').send({ email, password: 'secret-password' }).expect(200);
    const events = await count('events');
    const byColleague = await createEvent({ ...tenant, token: login.body.accessToken }, key, body).expect(201);
    expect(byColleague.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('events')).toBe(events + 1);
    const callers = (await keyRows(key)).map((r) => r.caller);
    expect(callers).toHaveLength(3);
    expect(callers).toContain(`user:${user.id}`);
  });

  it('answers 409 while the first request runs, then replays its answer', async () => {
    const key = randomUUID();
    const events = await count('events');
    // Another session holds the events table: the first request takes its key, then waits on the lock.
    const locker = new Client({ connectionString: t.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE events IN SHARE MODE');
    let first: Promise<{ status: number; body: unknown }>;
    try {
      first = createEvent(tenant, key).then((r) => r);
      await waitUntil(
        'the first request holds its key',
        () => keyRows(key),
        (rows) => rows.length === 1 && rows[0].status === null,
      );
      const second = await createEvent(tenant, key).expect(409);
      expect(second.body.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    } finally {
      await locker.query('COMMIT');
      await locker.end();
    }
    const answered = await first;
    expect(answered.status).toBe(201);
    const replayed = await createEvent(tenant, key).expect(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toEqual(answered.body);
    expect(await count('events')).toBe(events + 1);
  });

  it('lets a request that died mid-way be taken over once it is 60 s old', async () => {
    const key = randomUUID();
    await createEvent(tenant, key).expect(201);
    // As if the process had been killed while running it: the key stays in flight.
    await t.sql.query(`UPDATE idempotency_keys SET response_status = NULL, response_headers = NULL, response_body = NULL WHERE key = $1`, [key]);
    const events = await count('events');
    expect((await createEvent(tenant, key).expect(409)).body.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    clock.advance(59_000);
    await createEvent(tenant, key).expect(409);
    clock.advance(1_000);
    const takenOver = await createEvent(tenant, key).expect(201);
    expect(takenOver.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('events')).toBe(events + 1);
    expect((await createEvent(tenant, key).expect(201)).headers['idempotent-replayed']).toBe('true');
  });

  it('forgets a key after 24 hours, and the sweep deletes it', async () => {
    const key = randomUUID();
    const events = await count('events');
    await createEvent(tenant, key).expect(201);
    clock.advance(DAY_MS - 1);
    expect((await createEvent(tenant, key).expect(201)).headers['idempotent-replayed']).toBe('true');
    expect(await t.app.get(IdempotencyJobs).sweep()).toBe(0);
    expect(await keyRows(key)).toHaveLength(1);
    clock.advance(1);
    expect(await t.app.get(IdempotencyJobs).sweep()).toBeGreaterThanOrEqual(1);
    expect(await keyRows(key)).toHaveLength(0);
    const afterADay = await createEvent(tenant, key).expect(201);
    expect(afterADay.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('events')).toBe(events + 2);
    // An expired key not yet swept is free too, even with another body.
    clock.advance(DAY_MS);
    await createEvent(tenant, key, eventBody('Autre')).expect(201);
    expect(await count('events')).toBe(events + 3);
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['with a space', 'two words'],
    ['not ASCII', 'clé-1'],
  ])('refuses a key %s: 400 naming the header, nothing written', async (_what, key) => {
    const events = await count('events');
    const res = await createEvent(tenant, key).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    expect(await count('events')).toBe(events);
  });

  it('refuses a key where it is not taken: an upload, a login', async () => {
    const upload = await t
      .http()
      .put(`/api/v1/ticketings/${tenant.ticketingId}/events/${ev.eventId}/image`)
      .set('authorization', `Bearer ${tenant.token}`)
      .set('idempotency-key', randomUUID())
      .attach('image', Buffer.from('not read'), 'a.png')
      .expect(400);
    expect(upload.body.errors[0].field).toBe('Idempotency-Key');
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .set('idempotency-key', randomUUID())
      .send({ email: 'x@example.ch', password: 'whatever' })
      .expect(400);
    expect(login.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('does not keep a 5xx: the same key runs again once the fault is gone', async () => {
    const key = randomUUID();
    const events = await count('events');
    await t.sql.query(`CREATE FUNCTION idem_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$`);
    await t.sql.query(`CREATE TRIGGER idem_test_fault BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION idem_test_fault()`);
    try {
      const failed = await createEvent(tenant, key).expect(500);
      expect(failed.body.code).toBe('INTERNAL_ERROR');
      expect(await keyRows(key)).toHaveLength(0);
    } finally {
      await t.sql.query(`DROP TRIGGER idem_test_fault ON events; DROP FUNCTION idem_test_fault()`);
    }
    const retried = await createEvent(tenant, key).expect(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('events')).toBe(events + 1);
  });
});
