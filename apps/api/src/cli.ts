import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { CoordinationModule } from './coordination/coordination.module';
import { cliDataSourceOptions } from './entities';
import { AppConfig, ConfigError, loadConfig } from './platform/config/app-config';
import { PlatformModule } from './platform/platform.module';
import { DEMO_LOGINS, DEMO_PROMO_CODE, seedDemoSeason } from './seed/demo-season';

@Module({ imports: [PlatformModule, CoordinationModule] })
class SeedModule {}

/** `node dist/cli.js migrate | seed | create-database` — used by `npm start` and the tests. */
async function main(command: string | undefined): Promise<void> {
  const config: AppConfig = loadConfig();
  switch (command) {
    case 'create-database': {
      const url = new URL(config.DATABASE_URL);
      const name = url.pathname.slice(1);
      url.pathname = '/postgres';
      const admin = new DataSource({ type: 'postgres', url: url.toString() });
      await admin.initialize();
      const [exists] = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      if (!exists) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      await admin.destroy();
      console.log(exists ? `database ${name} exists` : `created database ${name}`);
      return;
    }
    case 'migrate': {
      const ds = new DataSource(cliDataSourceOptions(config.DATABASE_URL, 2));
      await ds.initialize();
      const ran = await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
      console.log(ran.length ? `applied ${ran.map((m) => m.name).join(', ')}` : 'database is up to date');
      return;
    }
    case 'seed': {
      const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
      const result = await seedDemoSeason(app);
      await app.close();
      console.log(result === 'created' ? 'seeded the demo season of Théâtre des Remparts' : 'demo data already present');
      for (const l of DEMO_LOGINS) console.log(`  demo login (${l.role}): ${l.email} / ${l.password}`);
      console.log(`  demo promo code: ${DEMO_PROMO_CODE} (10 %); a CHF 50 gift voucher is listed in the backoffice`);
      return;
    }
    default:
      throw new Error('usage: cli.js create-database | migrate | seed');
  }
}

main(process.argv[2]).then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
