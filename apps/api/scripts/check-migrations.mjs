// Fails when the entities describe a schema the committed migrations do not produce.
import { pendingSchemaChanges, withScratchDatabase } from './schema-diff.mjs';

const { up } = await withScratchDatabase(pendingSchemaChanges);
if (up.length > 0) {
  console.error('migration drift: entities and migrations disagree. Pending statements:');
  for (const q of up) console.error(`  ${q.query}`);
  console.error('Run `pnpm --filter @guichet/api migration:generate <name>` and commit.');
  process.exit(1);
}
console.log('migrations: entities and migrations agree');
