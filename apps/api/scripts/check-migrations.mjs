// Fails when the entities describe a schema the committed migrations do not produce.
import { checkConstraintDrift, pendingSchemaChanges, withScratchDatabase } from './schema-diff.mjs';

const { up, checks } = await withScratchDatabase((migratedUrl) =>
  withScratchDatabase(async (entitiesUrl) => ({ ...(await pendingSchemaChanges(migratedUrl)), checks: await checkConstraintDrift(migratedUrl, entitiesUrl) })),
);
if (up.length > 0) {
  console.error('migration drift: entities and migrations disagree. Pending statements:');
  for (const q of up) console.error(`  ${q.query}`);
  console.error('Run `pnpm --filter @guichet/api migration:generate <name>` and commit.');
  process.exit(1);
}
if (checks.length > 0) {
  console.error('migration drift: CHECK constraints differ between the entities and the migrations:');
  for (const c of checks) console.error(`  ${c}`);
  console.error('TypeORM does not generate these changes: write them in a migration by hand.');
  process.exit(1);
}
console.log('migrations: entities and migrations agree (tables, columns, indexes and CHECK constraints)');
