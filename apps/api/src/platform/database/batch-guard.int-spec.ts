import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { Membership } from '../tenancy/entities/membership.entity';
import { SigningKey } from '../tenancy/entities/signing-key.entity';
import { Database, ImmediateWriteInBatchError, RequirementFailed } from './database';

/**
 * A batch is all or nothing only if nothing inside it commits on its own: a write sent at once
 * while `atomically()` composes a batch is refused — by every door to the database.
 */
describe('atomically(): writes cannot leak out of a batch', () => {
  let t: TestApp;
  let tenant: Tenant;
  let db: Database;
  const count = async (sql: string, params: unknown[] = []) => Number((await t.sql.query(sql, params)).rows[0].n);
  const promoCodes = () => count(`SELECT count(*) AS n FROM promo_codes WHERE ticketing_id = $1`, [tenant.ticketingId]);

  beforeAll(async () => {
    t = await startTestApp({ label: 'batchguard' });
    tenant = await t.createTenant('batch-guard');
    db = t.app.get(Database);
  });
  afterAll(() => t.close());

  const insertPromo = `INSERT INTO promo_codes (ticketing_id, id, code, kind, percent, used_count, active, created_at)
                       VALUES ($1, gen_random_uuid(), $2, 'percentage', 10, 0, true, now())`;

  it('refuses raw SQL that writes at once, and commits nothing of the batch', async () => {
    await expect(
      db.atomically(async () => {
        await db.deferWrite(tenant.scope, insertPromo, ['QUEUED1']);
        await db.tenantQuery(tenant.scope, insertPromo, ['LEAKED1']);
      }),
    ).rejects.toBeInstanceOf(ImmediateWriteInBatchError);
    expect(await promoCodes()).toBe(0);
  });

  it.each([
    ['a write hidden in a CTE', `WITH x AS (UPDATE promo_codes SET used_count = 1 WHERE ticketing_id = $1 RETURNING 1) SELECT count(*) FROM x`],
    ['a row lock, which means nothing outside the batch', `SELECT id FROM promo_codes WHERE ticketing_id = $1 FOR UPDATE`],
    ['a seat hold through a function', `SELECT guichet_hold_best($1, z.id, z.id, 2, z.id, now(), 200) FROM zones z WHERE ticketing_id = $1`],
  ])('refuses %s', async (_what, sql) => {
    await expect(db.atomically(() => db.tenantQuery(tenant.scope, sql))).rejects.toBeInstanceOf(ImmediateWriteInBatchError);
  });

  it('refuses platform SQL and a nested transaction', async () => {
    await expect(db.atomically(() => db.platformQuery(`UPDATE ticketings SET name = name WHERE id = $1`, [tenant.ticketingId]))).rejects.toBeInstanceOf(
      ImmediateWriteInBatchError,
    );
    await expect(db.atomically(() => db.transaction(async () => undefined))).rejects.toBeInstanceOf(ImmediateWriteInBatchError);
  });

  const key = (kid: string) => ({ id: kid, publicKeyPem: 'pem', privateKeyPem: 'pem', active: false, createdAt: new Date('2027-01-01T00:00:00Z') });
  const signingKeys = () => count(`SELECT count(*) AS n FROM signing_keys WHERE ticketing_id = $1`, [tenant.ticketingId]);

  it('refuses TypeORM writes, through scoped() and through a manager', async () => {
    const keys = await signingKeys();
    await expect(db.atomically(() => db.scoped(SigningKey, tenant.scope).insert(key('probe-in-batch')))).rejects.toBeInstanceOf(ImmediateWriteInBatchError);
    await expect(db.atomically(() => db.scoped(SigningKey, tenant.scope).update({ active: true }, { active: true }))).rejects.toBeInstanceOf(
      ImmediateWriteInBatchError,
    );
    await expect(
      db.atomically(() =>
        db.manager.upsert(Membership, { userId: tenant.ticketingId, ticketingId: tenant.ticketingId, role: 'control' }, ['userId', 'ticketingId']),
      ),
    ).rejects.toBeInstanceOf(ImmediateWriteInBatchError);
    expect(await signingKeys()).toBe(keys);
    expect(await count(`SELECT count(*) AS n FROM memberships WHERE ticketing_id = $1`, [tenant.ticketingId])).toBe(1);
  });

  it('still reads at once inside a batch, and writes the queued statements together', async () => {
    const seen = await db.atomically(async () => {
      const [row] = await db.tenantQuery<{ n: number }>(tenant.scope, `SELECT count(*)::int AS n FROM promo_codes WHERE ticketing_id = $1`);
      await db.deferWrite(tenant.scope, insertPromo, ['BATCH1']);
      await db.deferWrite(tenant.scope, insertPromo, ['BATCH2']);
      return row.n;
    });
    expect(seen).toBe(0);
    expect(await promoCodes()).toBe(2);
  });

  it('rolls the whole batch back when a requirement fails, and lets the writing module explain it', async () => {
    const explained = new Error('the module’s own words');
    await expect(
      db.atomically(async () => {
        await db.deferWrite(tenant.scope, insertPromo, ['ROLLED1']);
        await db.deferWrite(tenant.scope, `SELECT guichet_require(count(*) < 0, 'PROBE_FAILED', 'detail') FROM promo_codes WHERE ticketing_id = $1`, [], {
          PROBE_FAILED: (failure) => {
            expect(failure).toBeInstanceOf(RequirementFailed);
            return explained;
          },
        });
      }),
    ).rejects.toBe(explained);
    expect(await count(`SELECT count(*) AS n FROM promo_codes WHERE ticketing_id = $1 AND code = 'ROLLED1'`, [tenant.ticketingId])).toBe(0);
  });

  it('writes at once outside a batch, as before', async () => {
    const keys = await signingKeys();
    await db.scoped(SigningKey, tenant.scope).insert(key('probe-outside'));
    expect(await signingKeys()).toBe(keys + 1);
  });
});
