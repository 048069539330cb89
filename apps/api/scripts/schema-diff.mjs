// Shared by migration:generate and migration:check: migrates a scratch database to the committed
// migrations, then asks TypeORM what SQL would bring it to the entities.
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

let scratch = 0;

export async function withScratchDatabase(work) {
  const base = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `guichet_schema_${process.pid}_${Date.now()}_${++scratch}`;
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
  const { cliDataSourceOptions } = require('../dist/entities.js');
  const ds = new DataSource(cliDataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries, down: sql.downQueries };
  } finally {
    await ds.destroy();
  }
}

/**
 * TypeORM's diff does not compare CHECK expressions that keep their name. Build a second database
 * straight from the entities (synchronize) and compare every CHECK by name, as PostgreSQL itself
 * prints them (pg_get_constraintdef), with the migrated one.
 */
export async function checkConstraintDrift(migratedUrl, entitiesUrl) {
  const { DataSource } = require('typeorm');
  const { cliDataSourceOptions } = require('../dist/entities.js');
  const ds = new DataSource({ ...cliDataSourceOptions(entitiesUrl, 2), migrations: [] });
  await ds.initialize();
  await ds.synchronize();
  await ds.destroy();
  const checks = async (url) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
    );
    await c.end();
    return new Map(rows.map((r) => [`${r.tbl}.${r.conname}`, r.def]));
  };
  const [migrated, wanted] = await Promise.all([checks(migratedUrl), checks(entitiesUrl)]);
  const problems = [];
  for (const [name, def] of wanted) {
    if (!migrated.has(name)) problems.push(`${name} is missing: ${def}`);
    else if (migrated.get(name) !== def) problems.push(`${name} differs: migrations give ${migrated.get(name)}, entities want ${def}`);
  }
  for (const name of migrated.keys()) if (!wanted.has(name)) problems.push(`${name} exists but no entity declares it`);
  return problems;
}
