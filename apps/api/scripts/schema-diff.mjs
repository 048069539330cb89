// Shared by migration:generate and migration:check: migrates a scratch database to the committed
// migrations, then asks TypeORM what SQL would bring it to the entities.
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

export async function withScratchDatabase(work) {
  const base = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `guichet_schema_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(base);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function pendingSchemaChanges(url) {
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = require('../dist/platform/database/data-source-options.js');
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries, down: sql.downQueries };
  } finally {
    await ds.destroy();
  }
}
