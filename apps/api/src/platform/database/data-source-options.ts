import type { DataSourceOptions, EntitySchema } from 'typeorm';
import { BatchGuard } from './batch-guard.subscriber';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

export type EntityList = (Function | EntitySchema)[];

/**
 * The data source every process uses. The entities come from the composition root (`src/entities.ts`
 * for the CLI; each module's `TypeOrmModule.forFeature` inside Nest): platform knows no module.
 */
export function dataSourceOptions(url: string, poolSize: number, entities: EntityList = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    subscribers: [BatchGuard],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize },
  };
}
