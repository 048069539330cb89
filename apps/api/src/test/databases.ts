import { Client } from 'pg';

/** Tests create and drop their own databases next to whatever else the server holds. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Set once in jest's main process (global setup); the test workers inherit it.
process.env.GUICHET_TEST_RUN ??= String(process.pid);
/** Every database of this run starts so, and no other run's does (`_` ends the pid). */
export const RUN_PREFIX = `guichet_test_${process.env.GUICHET_TEST_RUN}_`;
export const TEMPLATE_DB = `${RUN_PREFIX}template`;

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function cloneTemplate(label: string): Promise<string> {
  const name = `${RUN_PREFIX}${label.replace(/\W/g, '').slice(0, 20)}_${process.pid}_${Date.now() % 1e6}`.toLowerCase();
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  return name;
}
