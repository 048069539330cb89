import { Client } from 'pg';
import { ADMIN_URL, RUN_PREFIX } from './databases';

export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  // starts_with, not LIKE: run 123's pattern 'guichet_test_123%' also matched run 1234's databases
  // (and `_` is a LIKE wildcard), so a run that ended first dropped those of a run still going.
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [RUN_PREFIX]);
  for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  await admin.end();
}
