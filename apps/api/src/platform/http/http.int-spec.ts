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

  // supertest listens on a real port, so these go through Node's HTTP parser like any client's.
  it('answers an over-long URL with a 414 problem, before Fastify has a request', async () => {
    const res = await t.http().get(`/api/v1/health?pad=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toEqual({
      type: 'https://guichet.dev/problems/uri-too-long',
      title: 'URI Too Long',
      status: 414,
      code: 'URI_TOO_LONG',
      detail: 'The request URL is too long',
    });
  });

  it('answers over-long headers with a 431 problem', async () => {
    const res = await t.http().get('/api/v1/health').set('x-padding', 'a'.repeat(100_000));
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', title: 'Request Header Fields Too Large' });
  });

  it('answers an over-long path parameter with a 414 problem, and a malformed one with a 400 problem', async () => {
    const long = await t.http().get(`/api/v1/shop/${'a'.repeat(150)}/events`);
    expect(long.status).toBe(414);
    expect(long.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(long.body).toMatchObject({ status: 414, code: 'URI_TOO_LONG', title: 'URI Too Long' });
    const malformed = await t.http().get('/api/v1/shop/%zz/events');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
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
