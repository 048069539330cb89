// Fails when src/schema.d.ts is not what openapi-typescript makes of openapi/openapi.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'api-client-')), 'schema.d.ts');
execFileSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', '../../openapi/openapi.json', '--default-non-nullable', 'false', '-o', out], {
  stdio: 'ignore',
});
if (readFileSync(out, 'utf8') !== readFileSync('src/schema.d.ts', 'utf8')) {
  console.error('api-client drift: src/schema.d.ts is stale. Run `pnpm openapi` and commit.');
  process.exit(1);
}
console.log('api-client: generated types match the contract');
