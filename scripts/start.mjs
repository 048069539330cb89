// `npm start`: install, make sure PostgreSQL and Redis answer, migrate, seed the demo season,
// then run the API, the worker, both SPAs and a local mail catcher, and say where to look.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureServices, pnpmCommand, reachable, ROOT, run, serve } from './lib.mjs';

// Settings from ./.env (see .env.example); the processes below inherit them.
if (existsSync(join(ROOT, '.env'))) process.loadEnvFile(join(ROOT, '.env'));

const pnpm = pnpmCommand();
const step = (label, status) => {
  if (status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(status);
  }
};

step('install', run(pnpm, ['install', '--frozen-lockfile']));
await ensureServices();
step('build the API', run(pnpm, ['--filter', '@guichet/api', 'build']));

const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/guichet',
  SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
  SHOP_PUBLIC_URL: process.env.SHOP_PUBLIC_URL ?? 'http://127.0.0.1:5174',
  BACKOFFICE_PUBLIC_URL: process.env.BACKOFFICE_PUBLIC_URL ?? 'http://127.0.0.1:5173',
};
const api = { cwd: `${ROOT}/apps/api`, env };
step('create the database', run(process.execPath, ['dist/cli.js', 'create-database'], api));
step('migrate', run(process.execPath, ['dist/cli.js', 'migrate'], api));
step('seed the demo season', run(process.execPath, ['dist/cli.js', 'seed'], api));

const children = [];
if (!process.env.SMTP_URL || env.SMTP_URL === 'smtp://127.0.0.1:1025') children.push(serve('mail', process.execPath, ['scripts/dev-mail.mjs'], { cwd: ROOT }));
children.push(serve('api', process.execPath, ['dist/main.js'], api));
// A small young generation for the worker's batch jobs (docs/adr/0054).
children.push(serve('worker', process.execPath, ['--max-semi-space-size=4', 'dist/worker.js'], api));
// The built-in test payment provider (card payments with 3-D Secure, test cards in docs/payments.md).
children.push(serve('payment provider', process.execPath, ['dist/test-provider/main.js'], api));
children.push(serve('backoffice', pnpm, ['--filter', '@guichet/backoffice', 'dev'], { env: { VITE_SHOP_URL: env.SHOP_PUBLIC_URL } }));
children.push(serve('shop', pnpm, ['--filter', '@guichet/shop', 'dev'], { env: { VITE_DEFAULT_SHOP: 'remparts' } }));

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 500);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && code !== 0 && console.error(`a process exited with ${code}`));

for (let i = 0; i < 120 && !((await reachable('127.0.0.1', 3000)) && (await reachable('127.0.0.1', 5173)) && (await reachable('127.0.0.1', 5174))); i++) {
  await new Promise((r) => setTimeout(r, 500));
}
console.log(`
  ┌──────────────────────────────────────────────────────────────────────┐
    Guichet is running
    Shop        http://127.0.0.1:5174/shop/remparts
    Backoffice  http://127.0.0.1:5173            admin@remparts.demo / remparts-demo
                                                 controle@remparts.demo / remparts-demo
    API         http://127.0.0.1:3000/api/v1     docs: http://127.0.0.1:3000/api/docs
    Payments    http://127.0.0.1:3100            the test card provider (cards in docs/payments.md)
    Emails      caught locally in .var/mail/ (one .eml per message)
    Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────────────┘
`);
