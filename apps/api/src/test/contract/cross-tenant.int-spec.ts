import { startTestApp, TestApp } from '../test-app';
import { queryFor, requestOf, TenantFixture, stateFingerprint, tenantFixture, tokenFor } from './fixtures';
import { fillPath, OPERATIONS, sample, uuidFields } from './operations';

const TENANT_KEYS = ['ticketingId', 'slug'];

/**
 * Tenant isolation for every operation of the contract: a caller of ticketing A never reaches
 * ticketing B's data. Driven by openapi.json, so new endpoints are covered without new tests.
 */
describe('cross-tenant isolation (every operation in openapi.json)', () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp({ label: 'xtenant' });
    a = await tenantFixture(t, 'tenant-a');
    b = await tenantFixture(t, 'tenant-b');
  });
  afterAll(() => t.close());

  const call = (op: (typeof OPERATIONS)[number], path: string, query: Record<string, string>, body?: unknown) => {
    let req = requestOf(t, op, path)
      .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
      // Only the query parameters the operation declares: one that validates its query refuses others (400) before it looks at the ids.
      .query(Object.fromEntries(Object.entries(query).filter(([name]) => op.query.some((q) => q.name === name))));
    if (op.body) req = req.send(body as object);
    return req;
  };

  const backoffice = OPERATIONS.filter((op) => op.pathParams.includes('ticketingId'));
  const withForeignIds = OPERATIONS.filter((op) => op.pathParams.some((p) => !TENANT_KEYS.includes(p)));
  const withBodyIds = OPERATIONS.filter((op) => op.body && uuidFields(op.body).length > 0);

  // Public routes whose only credential is a secret token in the query (an invitation's link).
  const byToken = OPERATIONS.filter((op) => op.query.some((q) => q.name === 'token' && q.required) && !op.pathParams.some((p) => TENANT_KEYS.includes(p)));

  it('covers the contract', () => {
    expect(backoffice.length).toBeGreaterThanOrEqual(6);
    expect(byToken.map((op) => op.id).sort()).toEqual(['acceptInvitation', 'getInvitation']);
    expect(withForeignIds.length).toBeGreaterThanOrEqual(8);
    // An operation with an id in its path but no tenant key would escape this harness: refuse it.
    for (const op of withForeignIds) expect(op.pathParams.some((p) => TENANT_KEYS.includes(p))).toBe(true);
  });

  it.each(backoffice.map((op) => [op.id, op] as const))("%s: A's token on B's ticketing is 404", async (_id, op) => {
    const before = await stateFingerprint(t);
    const res = await call(op, fillPath(op, b.path), queryFor(b, op.path), op.body ? sample(op.body, b.path) : undefined);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await stateFingerprint(t)).toBe(before);
  });

  it.each(withForeignIds.map((op) => [op.id, op] as const))("%s: A's tenant with B's ids is 404", async (_id, op) => {
    const values = { ...b.path, ticketingId: a.path.ticketingId, slug: a.path.slug };
    const before = await stateFingerprint(t);
    const res = await call(op, fillPath(op, values), queryFor(b, op.path), op.body ? sample(op.body, a.path) : undefined);
    expect(res.status).toBe(404);
    expect(await stateFingerprint(t)).toBe(before);
  });

  it.each(withBodyIds.map((op) => [op.id, op] as const))("%s: B's ids in A's request body are refused and change nothing", async (_id, op) => {
    const values = { ...a.path };
    const before = await stateFingerprint(t);
    const res = await call(op, fillPath(op, values), queryFor(a, op.path), sample(op.body!, b.path));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await stateFingerprint(t)).toBe(before);
  });

  it.each(byToken.filter((op) => op.method === 'get').map((op) => [op.id, op] as const))('%s: answers its own token', async (_id, op) => {
    await call(op, fillPath(op, a.path), queryFor(a, op.path)).expect(200);
  });

  it.each(byToken.map((op) => [op.id, op] as const))("%s: another secret (an order's access token) opens nothing", async (_id, op) => {
    const before = await stateFingerprint(t);
    const res = await call(op, fillPath(op, a.path), b.query, op.body ? sample(op.body, a.path) : undefined);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await stateFingerprint(t)).toBe(before);
  });
});
