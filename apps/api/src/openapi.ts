import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi, createApp } from './create-app';

/** Deep-sorts object keys so the committed contract diffs cleanly. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Writes (or with --check, compares) openapi.json — no server, no database. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const target = resolve(args.find((a) => !a.startsWith('--')) ?? '../../openapi/openapi.json');
  const app = await createApp({ preview: true, logger: false });
  const json = `${JSON.stringify(sorted(buildOpenApi(app)), null, 2)}\n`;
  await app.close();
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      /* missing file is drift too */
    }
    if (current !== json) {
      console.error(`openapi drift: ${target} is not what the code generates. Run \`pnpm openapi\` and commit.`);
      process.exit(1);
    }
    console.log('openapi: contract matches the code');
    return;
  }
  writeFileSync(target, json);
  console.log(`openapi: wrote ${target}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
