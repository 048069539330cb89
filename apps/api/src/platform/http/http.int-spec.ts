import { startTestApp, TestApp } from '../../test/test-app';

describe('HTTP platform behaviour', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ label: 'http' });
  });
  afterAll(() => t.close());

  it('echoes the caller’s correlation id, or makes one', async () => {
    const given = await t.http().get('/api/v1/health').set('x-correlation-id', 'order-desk-42').expect(200);
    expect(given.headers['x-correlation-id']).toBe('order-desk-42');
    const made = await t.http().get('/api/v1/health').expect(200);
    expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await t.http().get('/api/v1/health').set('x-correlation-id', 'a b<script>').expect(200);
    expect(hostile.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with a problem, not an HTML page', async () => {
    const res = await t.http().get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses a NUL in a body key with a 400 naming it, and lets a NUL in an unknown path stay a 404', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'a@example.ch', password: 'x', 'sneaky\u0000': 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'sneaky\u0000', message: 'the property name must not contain the NUL character (U+0000)' }]);
    expect((await t.http().get('/api/v1/nothing%00here')).status).toBe(404);
  });

  it('reports readiness of PostgreSQL and Redis', async () => {
    const res = await t.http().get('/api/v1/ready').expect(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const tenant = await t.createTenant('login');
    expect(tenant.token).toBeTruthy();
    const unknown = await t.http().post('/api/v1/auth/login').send({ email: 'nobody@example.ch', password: 'whatever' }).expect(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });
});
