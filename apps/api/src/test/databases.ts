import { Client } from 'pg';

/** Tests create and drop their own databases next to whatever else the server holds. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Set once in jest's main process (global setup); the test workers inherit it.
process.env.GUICHET_TEST_RUN ??= String(process.pid);
const RUN = process.env.GUICHET_TEST_RUN;
export const TEMPLATE_DB = `guichet_test_${RUN}_template`;

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function cloneTemplate(label: string): Promise<string> {
  const name = `guichet_test_${RUN}_${label.replace(/\W/g, '').slice(0, 20)}_${process.pid}_${Date.now() % 1e6}`.toLowerCase();
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  return name;
}
