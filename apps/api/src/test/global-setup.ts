import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../platform/database/data-source-options';
import { ADMIN_URL, databaseUrl, TEMPLATE_DB } from './databases';

/** Migrates one template database; every test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const ds = new DataSource(dataSourceOptions(databaseUrl(TEMPLATE_DB), 1));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
