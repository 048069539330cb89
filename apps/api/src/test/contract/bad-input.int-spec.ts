import { startTestApp, TestApp } from '../test-app';
import { queryFor, requestOf, TenantFixture, stateFingerprint, tenantFixture, tokenFor } from './fixtures';
import { fieldName, fillPath, OPERATIONS, resolve, sample, stringFields, withValueAt, wrongTypes } from './operations';

const NUL = 'must not contain the NUL character (U+0000)';
const LONE_SURROGATE = 'must not contain a lone UTF-16 surrogate';

/**
 * Bad input on every operation of the contract: malformed JSON, unknown fields, wrong types,
 * malformed ids and query values, and text PostgreSQL cannot store (NUL, lone surrogates) in a
 * body, query or path are 400 problem+json naming the field — never a 500, never a write.
 */
describe('bad input (every operation in openapi.json)', () => {
  let t: TestApp;
  let a: TenantFixture;
  let before: string;

  beforeAll(async () => {
    t = await startTestApp({ label: 'badinput' });
    a = await tenantFixture(t, 'bad-input');
    before = await stateFingerprint(t);
  });
  afterAll(() => t.close());
  afterEach(async () => expect(await stateFingerprint(t)).toBe(before));

  const withBody = OPERATIONS.filter((op) => op.body);
  const send = (op: (typeof OPERATIONS)[number], body: string | object, path = fillPath(op, a.path)) =>
    requestOf(t, op, path)
      .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
      .set('content-type', 'application/json')
      .query(queryFor(a, op.path))
      .send(body);

  const expectProblem = (res: { status: number; headers: Record<string, string>; body: { code: string; errors?: { field: string }[] } }, code: string) => {
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
  };

  it.each(withBody.map((op) => [op.id, op] as const))('%s: malformed JSON', async (_id, op) => {
    expectProblem(await send(op, '{"oops": '), 'MALFORMED_BODY');
  });

  it.each(withBody.map((op) => [op.id, op] as const))('%s: an unknown property is named', async (_id, op) => {
    const res = await send(op, { ...(sample(op.body!, a.path) as object), sneaky: true });
    expectProblem(res, 'VALIDATION_FAILED');
    expect(res.body.errors).toContainEqual({ field: 'sneaky', message: 'unknown property' });
  });

  it.each(withBody.flatMap((op) => wrongTypes(op.body!).map(([field, value]) => [`${op.id}.${field}`, op, field, value] as const)))(
    '%s: a wrong type is named',
    async (_name, op, field, value) => {
      const res = await send(op, { ...(sample(op.body!, a.path) as object), [field]: value });
      expectProblem(res, 'VALIDATION_FAILED');
      expect(res.body.errors!.some((e: { field: string }) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`))).toBe(
        true,
      );
    },
  );

  it.each(withBody.map((op) => [op.id, op] as const))('%s: a body that is not an object', async (_id, op) => {
    const res = await send(op, '[1,2,3]');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  const isId = (op: (typeof OPERATIONS)[number], p: string) => p !== 'slug' && !op.wordParams.includes(p);
  const withIds = OPERATIONS.filter((op) => op.pathParams.some((p) => isId(op, p)));
  it.each(withIds.map((op) => [op.id, op] as const))('%s: malformed ids are refused', async (_id, op) => {
    for (const param of op.pathParams.filter((p) => isId(op, p))) {
      const res = await requestOf(t, op, fillPath(op, { ...a.path, [param]: 'not-a-uuid' }))
        .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
        .query(queryFor(a, op.path))
        .send(op.body ? (sample(op.body, a.path) as object) : undefined);
      // A malformed tenant id is simply not one of the caller's ticketings.
      expect(res.status).toBe(param === 'ticketingId' ? 404 : 400);
      if (param !== 'ticketingId') expect(res.body.errors).toContainEqual({ field: param, message: 'must be a UUID' });
    }
  });

  const withLimit = OPERATIONS.filter((op) => op.query.some((q) => q.name === 'limit'));
  it.each(withLimit.map((op) => [op.id, op] as const))('%s: limit must be an integer from 1 to 200', async (_id, op) => {
    for (const limit of ['abc', '0', '201', '1.5']) {
      const res = await requestOf(t, op, fillPath(op, a.path))
        .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
        .query({ limit });
      expectProblem(res, 'VALIDATION_FAILED');
      expect(res.body.errors!.map((e: { field: string }) => e.field)).toContain('limit');
    }
    const cursor = await requestOf(t, op, fillPath(op, a.path))
      .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
      .query({ cursor: 'garbage' });
    expectProblem(cursor, 'VALIDATION_FAILED');
  });

  // PostgreSQL `text` refuses NUL (a 500 from deep inside a query) and the driver would turn a lone
  // surrogate into U+FFFD: both are refused before anything reads them, wherever they come from.
  const bodyStrings = withBody.flatMap((op) => stringFields(op.body!).map((path) => [`${op.id}.${fieldName(path)}`, op, path] as const));
  const appended = (suffix: string) => (current: unknown) => `${typeof current === 'string' ? current : 'x'}${suffix}`;

  it.each(bodyStrings)('%s: a NUL in a body string is named', async (_name, op, path) => {
    const res = await send(op, withValueAt(sample(op.body!, a.path), path, appended('\u0000')) as object);
    expectProblem(res, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: fieldName(path), message: NUL }]);
  });

  it.each(withBody.filter((op) => stringFields(op.body!).length > 0).map((op) => [op.id, op] as const))(
    '%s: a lone surrogate in a body string is named',
    async (_id, op) => {
      const path = stringFields(op.body!)[0];
      const res = await send(op, withValueAt(sample(op.body!, a.path), path, appended('\ud800')) as object);
      expectProblem(res, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: fieldName(path), message: LONE_SURROGATE }]);
    },
  );

  const queryStrings = OPERATIONS.flatMap((op) => op.query.filter((q) => q.schema?.type === 'string').map((q) => [`${op.id}.${q.name}`, op, q.name] as const));
  it.each(queryStrings)('%s: a NUL in a query value is named', async (_name, op, name) => {
    const res = await requestOf(t, op, fillPath(op, a.path))
      .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
      .query({ ...queryFor(a, op.path), [name]: `${queryFor(a, op.path)[name] ?? 'x'}\u0000` })
      .send(op.body ? (sample(op.body, a.path) as object) : undefined);
    expectProblem(res, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: name, message: NUL }]);
  });

  const pathParams = OPERATIONS.flatMap((op) => op.pathParams.map((param) => [`${op.id}.${param}`, op, param] as const));
  it.each(pathParams)('%s: a NUL in a path parameter is named', async (_name, op, param) => {
    const res = await requestOf(t, op, fillPath(op, { ...a.path, [param]: `${a.path[param]}\u0000` }))
      .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
      .query(queryFor(a, op.path))
      .send(op.body ? (sample(op.body, a.path) as object) : undefined);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    if (param === 'ticketingId') {
      // Like any malformed tenant id: not one of the caller's ticketings.
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('TICKETING_NOT_FOUND');
    } else {
      expectProblem(res, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: param, message: NUL }]);
    }
  });

  const withWords = OPERATIONS.filter((op) => op.wordParams.length > 0);
  it.each(withWords.map((op) => [op.id, op] as const))('%s: a word path parameter outside its list is named', async (_id, op) => {
    for (const param of op.wordParams) {
      const res = await requestOf(t, op, fillPath(op, { ...a.path, [param]: 'nope' })).set('authorization', `Bearer ${tokenFor(a, op.path)}`);
      expectProblem(res, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([param]);
    }
  });

  // Every write takes an Idempotency-Key but uploads and the public operations outside a shop (ADR 0023).
  const keyed = OPERATIONS.filter((op) => op.idempotencyKey);
  it('finds the operations that take an Idempotency-Key: every write but a few', () => {
    const writes = OPERATIONS.filter((op) => op.method !== 'get');
    expect(
      writes
        .filter((op) => !op.idempotencyKey)
        .map((op) => op.id)
        .sort(),
    ).toEqual(
      [
        'acceptInvitation',
        'chooseNewPassword',
        'importBankFile',
        'importOrders',
        'login',
        'loginControlDevice',
        'requestPasswordReset',
        'uploadEventImage',
        'uploadRegistrationFile',
        'uploadShopLogo',
      ].sort(),
    );
    expect(keyed.length).toBe(writes.length - 10);
  });
  it.each(keyed.map((op) => [op.id, op] as const))('%s: a malformed Idempotency-Key is named', async (_id, op) => {
    const req = requestOf(t, op, fillPath(op, a.path))
      .set('authorization', `Bearer ${tokenFor(a, op.path)}`)
      .set('idempotency-key', 'not a key')
      .query(queryFor(a, op.path));
    const res = op.body ? await req.send(sample(op.body, a.path) as object) : await req;
    expectProblem(res, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
  });

  // Uploads take multipart/form-data with one file field: anything else is a 4xx naming that field.
  const uploads = OPERATIONS.filter((op) => op.multipart);
  it('finds the upload operations', () => expect(uploads.length).toBeGreaterThanOrEqual(1));
  const asMultipart = expect.stringMatching(/^send the (image|CSV|file) as multipart\/form-data$/);
  it.each(uploads.map((op) => [op.id, op] as const))(
    '%s: a JSON body, no file, another field or a file of the wrong kind is refused naming the field',
    async (_id, op) => {
      const field = Object.keys(resolve(op.multipart!).properties ?? {})[0];
      // The query the operation declares (a registration file names its field there).
      const query = Object.entries(queryFor(a, op.path)).filter(([name]) => op.query.some((q) => q.name === name));
      const path = `${fillPath(op, a.path)}${query.length ? `?${new URLSearchParams(query)}` : ''}`;
      const auth = `Bearer ${tokenFor(a, op.path)}`;
      const json = await requestOf(t, op, path)
        .set('authorization', auth)
        .send({ [field]: 'x' });
      expectProblem(json, 'VALIDATION_FAILED');
      expect(json.body.errors).toEqual([{ field, message: asMultipart }]);
      const other = await requestOf(t, op, path).set('authorization', auth).attach('other', Buffer.from('x'), 'x.png');
      expectProblem(other, 'VALIDATION_FAILED');
      expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      const text = await requestOf(t, op, path)
        .set('authorization', auth)
        .attach(field, Buffer.from('not an image'), { filename: 'fake.png', contentType: 'image/png' });
      // An image upload refuses it as no image; a CSV import as a file without the expected header; a registration file as none of its
      // field's types; a bank file as no camt XML.
      expect(text.status).toBe(422);
      expect(text.body).toMatchObject({
        code: expect.stringMatching(/^(IMAGE_TYPE_NOT_ALLOWED|ORDER_IMPORT_COLUMNS|UPLOAD_TYPE_NOT_ALLOWED|BANK_FILE_UNREADABLE)$/),
        errors: [{ field }],
      });
      const plain = await requestOf(t, op, path).set('authorization', auth).set('content-type', 'text/plain').send('hello');
      expectProblem(plain, 'VALIDATION_FAILED');
      expect(plain.body.errors).toEqual([{ field, message: asMultipart }]);
    },
  );

  it('requires a token on every non-public operation', async () => {
    const res = await t.http().get(`/api/v1/ticketings/${a.path.ticketingId}/events`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    const forged = await t.http().get(`/api/v1/ticketings/${a.path.ticketingId}/events`).set('authorization', 'Bearer not.a.jwt');
    expect(forged.status).toBe(401);
  });
});
