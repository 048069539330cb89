// `npm test`: every test and check — format, lint, typecheck, module boundaries, contract and
// migration drift, unit + integration (real PostgreSQL and Redis), SPA unit tests, and the
// browser e2e suite in Chromium. Sets up what it needs first (PostgreSQL, Redis, Chromium and the
// PDF/QR readers), runs every step, then prints a summary and the test counts.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackages, ensureServices, missingTestPackages, pnpmCommand, ROOT, run } from './lib.mjs';

const pnpm = pnpmCommand();
const results = [];
const counts = { passed: 0, failed: 0 };
const only = process.argv.slice(2);
const reports = join(ROOT, '.var/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const E2E = 'e2e: API and browser (Chromium)';
const selected = (name) => !only.length || only.some((o) => name.includes(o));

function step(name, cmd, args, opts = {}) {
  if (!selected(name)) return true;
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  const status = run(cmd, args, opts);
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  return status === 0;
}

function countJest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
}

function countTap(file) {
  if (!existsSync(file)) return;
  const tap = readFileSync(file, 'utf8');
  counts.passed += Number(/^# pass (\d+)$/m.exec(tap)?.[1] ?? 0);
  counts.failed += Number(/^# fail (\d+)$/m.exec(tap)?.[1] ?? 0);
}

if (!step('install', pnpm, ['install', '--frozen-lockfile'])) process.exit(1);
await ensureServices();
// Now rather than after the long steps: a machine without Chromium, pdftoppm or zbarimg gets them
// installed (as root, with apt-get) or is told in one line what to install, before any test runs.
if (selected(E2E)) ensureDebianPackages('npm test', missingTestPackages);

const built = step('build: api', pnpm, ['--filter', '@guichet/api', 'build']);
step('build: spas', pnpm, ['--filter', '@guichet/backoffice', '--filter', '@guichet/shop', 'build']);
step('format (prettier --check)', pnpm, ['exec', 'prettier', '--check', '.']);
step('lint (eslint, zero warnings)', pnpm, ['exec', 'eslint', '--max-warnings=0', '.']);
step('typecheck', pnpm, ['-r', 'typecheck']);
step('module boundaries', pnpm, ['--filter', '@guichet/api', 'boundaries:check']);
if (built) {
  step('openapi drift', pnpm, ['--filter', '@guichet/api', 'openapi:check']);
  step('migration drift', pnpm, ['--filter', '@guichet/api', 'migration:check']);
}
step('api-client drift', pnpm, ['--filter', '@guichet/api-client', 'check']);

step('scripts (node --test)', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${reports}/scripts.tap`,
  'scripts/lib.test.mjs',
]);
countTap(`${reports}/scripts.tap`);
step('unit + integration (jest, PostgreSQL, Redis)', pnpm, ['exec', 'jest', '--json', `--outputFile=${reports}/api.json`]);
countJest(`${reports}/api.json`);
for (const app of ['backoffice', 'shop']) {
  step(`spa unit tests: ${app} (vitest)`, pnpm, [
    '--filter',
    `@guichet/${app}`,
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${reports}/${app}.json`,
  ]);
  countVitest(`${reports}/${app}.json`);
}
step(E2E, pnpm, ['exec', 'jest', '-c', 'e2e/jest.config.ts', '--runInBand', '--json', `--outputFile=${reports}/e2e.json`]);
countJest(`${reports}/e2e.json`);

console.log('\n━━ summary');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(48)} ${r.seconds.toFixed(1)} s`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`\nsteps: ${results.length - failedSteps} passed, ${failedSteps} failed`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedSteps > 0 ? 1 : 0);
