// Shared by `npm start` and `npm test`: find pnpm, check services and machine tools, run steps.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.21.0';

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** pnpm from PATH when it is 12.x, else a private copy in .tools/ (installed once, ~3 s). */
export function pnpmCommand() {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim().startsWith('12.')) return 'pnpm';
  const local = join(ROOT, '.tools/node_modules/.bin/pnpm');
  if (!existsSync(local)) {
    console.log(`› installing pnpm ${PNPM_VERSION} into .tools/`);
    execFileSync('npm', ['install', '--prefix', join(ROOT, '.tools'), '--no-save', '--no-package-lock', '--loglevel=error', `pnpm@${PNPM_VERSION}`], {
      stdio: 'inherit',
    });
  }
  return local;
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts, env: { ...process.env, ...opts.env } });
  return r.status ?? 1;
}

export function reachable(host, port, timeoutMs = 1500) {
  return new Promise((ok) => {
    const socket = connect({ host, port });
    const done = (v) => {
      socket.destroy();
      ok(v);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitReachable(host, port, seconds = 20) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * PostgreSQL and Redis: the configured ones, else the local defaults; started with the
 * machine's own commands when installed but stopped, else `docker compose up -d`, else a
 * message saying what to start.
 */
export async function ensureServices() {
  const pg = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/guichet');
  const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const services = [
    {
      name: 'PostgreSQL',
      host: pg.hostname,
      port: Number(pg.port || 5432),
      start: () =>
        existsSync('/etc/postgresql') &&
        has('pg_ctlcluster', ['--help']) &&
        run('sh', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | head -1) main start']) === 0,
    },
    {
      name: 'Redis',
      host: redis.hostname,
      port: Number(redis.port || 6379),
      start: () =>
        has('redis-server') &&
        run('redis-server', [
          '--daemonize',
          'yes',
          '--bind',
          '127.0.0.1',
          '-::1',
          '--port',
          String(Number(redis.port || 6379)),
          '--save',
          '',
          '--appendonly',
          'no',
        ]) === 0,
    },
  ];
  for (const s of services) {
    if (await reachable(s.host, s.port)) continue;
    console.log(`› ${s.name} is not answering on ${s.host}:${s.port}; trying to start it`);
    const local = ['127.0.0.1', 'localhost', '::1'].includes(s.host);
    if (local && s.start() && (await waitReachable(s.host, s.port))) continue;
    if (has('docker', ['info']) && run('docker', ['compose', 'up', '-d', 'postgres', 'redis']) === 0 && (await waitReachable(s.host, s.port, 60))) continue;
    console.error(
      `✗ ${s.name} is needed on ${s.host}:${s.port}. Start it (or set ${s.name === 'Redis' ? 'REDIS_URL' : 'DATABASE_URL'}), or run \`docker compose up -d postgres redis\`.`,
    );
    process.exit(1);
  }
}

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Whether `command` is an executable file in one of PATH's folders (what `command -v` answers). */
export const onPath = (command, path = process.env.PATH ?? '') => path.split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Debian packages the browser e2e suite needs that this machine lacks, judged by the files the
 * tests run: Chromium (at CHROMIUM_PATH, else Debian's path), pdftoppm and pdftotext to render and
 * read PDFs, zbarimg to scan their QR codes.
 */
export function missingTestPackages(env = process.env) {
  const needs = [
    ['chromium', () => isExecutable(env.CHROMIUM_PATH || DEBIAN_CHROMIUM)],
    ['poppler-utils', () => onPath('pdftoppm', env.PATH) && onPath('pdftotext', env.PATH)],
    ['zbar-tools', () => onPath('zbarimg', env.PATH)],
  ];
  return needs.filter(([, present]) => !present()).map(([pkg]) => pkg);
}

/**
 * What to do about missing packages — nothing, install them, or stop with one line saying what to
 * install. Pure (the caller looks at the machine), so scripts/lib.test.mjs can try every case.
 * `installed`: apt-get already ran and these are still missing.
 */
export function packagePlan({ who, missing, root, aptGet, chromiumPath, installed = false }) {
  if (missing.length === 0) return { action: 'none' };
  // Installing Debian's chromium cannot fix a CHROMIUM_PATH that points elsewhere.
  if (missing.includes('chromium') && chromiumPath && chromiumPath !== DEBIAN_CHROMIUM) {
    return {
      action: 'stop',
      message: `✗ ${who} needs Chromium at CHROMIUM_PATH=${chromiumPath}: point it at a Chromium, or unset it to use ${DEBIAN_CHROMIUM}`,
    };
  }
  if (root && aptGet && !installed) return { action: 'install', packages: missing };
  const after = installed ? ' (still missing after apt-get)' : '';
  return { action: 'stop', message: `✗ ${who} needs ${missing.join(', ')}${after}: ${root ? '' : 'sudo '}apt-get install ${missing.join(' ')}` };
}

/**
 * Makes sure the machine has the Debian packages `who` needs, as ensureServices does for the
 * services: installs them as root with apt-get, else exits with what to install — before any
 * test runs rather than as many failed tests later.
 */
export function ensureDebianPackages(who, findMissing) {
  const plan = (installed) =>
    packagePlan({ who, missing: findMissing(), root: process.getuid?.() === 0, aptGet: onPath('apt-get'), chromiumPath: process.env.CHROMIUM_PATH, installed });
  let next = plan(false);
  if (next.action === 'install') {
    console.log(`› installing ${next.packages.join(', ')} with apt-get`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0) run('apt-get', ['install', '-y', '-qq', ...next.packages], { env });
    next = plan(true);
  }
  if (next.action === 'stop') {
    console.error(next.message);
    process.exit(1);
  }
}

/** Long-running child with its output prefixed, for `npm start`. */
export function serve(name, cmd, args, opts = {}) {
  const colors = { api: 36, worker: 35, backoffice: 33, shop: 32, mail: 34 };
  const child = spawn(cmd, args, { cwd: ROOT, ...opts, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[${colors[name] ?? 37}m${name.padEnd(10)}\x1b[0m│ `;
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) if (line.trim()) process.stdout.write(prefix + line + '\n');
    });
  }
  return child;
}
