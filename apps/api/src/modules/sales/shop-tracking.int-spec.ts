import { signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** SHOP-7: the organizer's HEAD snippet, and the Content-Security-Policy it extends. */
describe('shop tracking: HEAD snippet and Content-Security-Policy', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const call = (token: string, method: 'get' | 'put', ticketingId = tenant.ticketingId) =>
    t.http()[method](`/api/v1/ticketings/${ticketingId}/shop-tracking`).set('authorization', `Bearer ${token}`);
  const head = (slug = tenant.slug) => t.http().get(`/api/v1/shop/${slug}/document-head`);

  const gtm = {
    headSnippet: `<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>`,
    csp: {
      scriptSrc: ['https://www.googletagmanager.com', 'https://connect.facebook.net'],
      imgSrc: ['https://www.google-analytics.com', 'https://www.facebook.com'],
      connectSrc: ['https://www.google-analytics.com', 'https://www.facebook.com'],
    },
  };

  const member = (role: 'manager' | 'ticket_office') => signInMember(t, tenant, role);

  beforeAll(async () => {
    t = await startTestApp({ label: 'shoptracking' });
    tenant = await t.createTenant('shop-tracking');
    other = await t.createTenant('shop-tracking-other');
  });
  afterAll(() => t.close());

  it('has no snippet and the strict policy until the organizer sets them', async () => {
    expect((await call(tenant.token, 'get').expect(200)).body).toEqual({ headSnippet: '', csp: { scriptSrc: [], imgSrc: [], connectSrc: [] } });
    const page = (await head().expect(200)).body;
    expect(page.headHtml).toBe('');
    expect(page.contentSecurityPolicy).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${page.nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; ` +
        `font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
    );
  });

  it('names each source that is not a host or an allowed scheme, and writes nothing', async () => {
    const bad = await call(tenant.token, 'put')
      .send({
        headSnippet: '<script>x()</script>',
        csp: { scriptSrc: ['https://ok.example', 'cdn.example', "'unsafe-eval'", '*'], imgSrc: ['data:', 'a.ch; script-src *'], connectSrc: ['two hosts.ch'] },
      })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['csp.scriptSrc[2]', 'csp.scriptSrc[3]', 'csp.imgSrc[1]', 'csp.connectSrc[0]']);
    const shape = await call(tenant.token, 'put')
      .send({ headSnippet: 'x'.repeat(16385), csp: { scriptSrc: 'a.ch', imgSrc: [3] } })
      .expect(400);
    expect([...new Set(shape.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'csp.connectSrc',
      'csp.imgSrc',
      'csp.scriptSrc',
      'headSnippet',
    ]);
    expect((await call(tenant.token, 'put').send({ headSnippet: '' }).expect(400)).body.errors[0].field).toBe('csp');
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM shop_tracking`)).rows[0].n).toBe(0);
  });

  it('injects the snippet with a fresh nonce on its inline scripts, and extends the policy with the sources', async () => {
    expect((await call(tenant.token, 'put').send(gtm).expect(200)).body).toEqual(gtm);
    const [a, b] = [(await head().expect(200)).body, (await head().expect(200)).body];
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(a.headHtml).toBe(gtm.headSnippet.replace('<script>', `<script nonce="${a.nonce}">`));
    expect(a.headHtml).toContain('<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>');
    expect(a.contentSecurityPolicy).toContain(`script-src 'self' 'nonce-${a.nonce}' https://www.googletagmanager.com https://connect.facebook.net;`);
    expect(a.contentSecurityPolicy).toContain(`img-src 'self' data: https://www.google-analytics.com https://www.facebook.com;`);
    expect(a.contentSecurityPolicy).toContain(`connect-src 'self' https://www.google-analytics.com https://www.facebook.com;`);
    expect(b.contentSecurityPolicy).toContain(`'nonce-${b.nonce}'`);
    // Another shop keeps its own (empty) snippet and strict policy.
    expect((await head(other.slug).expect(200)).body.headHtml).toBe('');
    expect((await head('no-such-shop').expect(404)).body.code).toBe('SHOP_NOT_FOUND');
  });

  it('lets managers write them, other roles only read them, and another tenant neither', async () => {
    const manager = await member('manager');
    await call(manager, 'put')
      .send({ ...gtm, headSnippet: '<!-- manager -->' })
      .expect(200);
    const office = await member('ticket_office');
    expect((await call(office, 'get').expect(200)).body.headSnippet).toBe('<!-- manager -->');
    expect((await call(office, 'put').send(gtm).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await call(other.token, 'get').expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
    expect((await call(other.token, 'put').send(gtm).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
    expect((await call(tenant.token, 'get').expect(200)).body.headSnippet).toBe('<!-- manager -->');
  });
});
