// Usage: pnpm --filter @guichet/api migration:generate <kebab-name>   (after `pnpm build`)
import { writeFileSync, readFileSync } from 'node:fs';
import { pendingSchemaChanges, withScratchDatabase } from './schema-diff.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: migration:generate <kebab-name>');
  process.exit(2);
}
const { up, down } = await withScratchDatabase(pendingSchemaChanges);
if (up.length === 0) {
  console.log('no changes: entities and migrations agree');
  process.exit(0);
}
const ts = Date.now();
const cls = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()) + ts;
const q = (s) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`)
  .join('\n')}
  }
}
`;
const file = `src/platform/database/migrations/${ts}-${name}.ts`;
writeFileSync(file, body);
// Register it in the ordered list.
const listFile = 'src/platform/database/migrations.ts';
let list = readFileSync(listFile, 'utf8');
list = `import { ${cls} } from './migrations/${ts}-${name}';\n` + list;
list = list.replace(/export const MIGRATIONS: Function\[\] = \[([\s\S]*?)\];/, (_, inner) => {
  const items = inner
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  items.push(cls);
  return `export const MIGRATIONS: Function[] = [${items.join(', ')}];`;
});
writeFileSync(listFile, list);
console.log(`wrote ${file} (${up.length} statements); rebuild before running it`);
