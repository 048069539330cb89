// What every benchmark needs: a fresh database with the demo season, a real API process on it,
// and a clean teardown (the API exits before its database is dropped).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `count` distinct free ports: all are held open until each is known. */
async function freePorts(count) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((ok) => {
          const s = createServer().listen(0, '127.0.0.1', () => ok(s));
        }),
    ),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  return ports;
}

/**
 * Creates `guichet_bench_<label>_<ts>`, migrates and seeds it, starts the API on it (extra node
 * flags from BENCH_API_NODE_ARGS, e.g. `--cpu-prof`) and waits until it is ready. `pool` is the API's
 * connections in all: with `apiProcesses` > 1 (API_PROCESSES, ADR 0055) each process has its share.
 */
export async function startBenchApi(label, { pool = 8, apiProcesses = 1, database = null, keep = false, worker = false } = {}) {
  if (pool % apiProcesses !== 0) throw new Error(`pool ${pool} is not shared evenly by ${apiProcesses} API processes`);
  // `database`: an existing database kept by an earlier run (`keep`): neither created, migrated, seeded nor dropped.
  const name = database ?? `guichet_bench_${label}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  admin.on('error', () => undefined);
  await admin.connect();
  if (!database) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const [port, providerPort] = await freePorts(2);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    API_PORT: String(port),
    // The built-in test payment provider, as its own process: a card sale goes through it (bench/checkout --card).
    API_PUBLIC_URL: `http://127.0.0.1:${port}`,
    PAYMENT_PROVIDER_URL: `http://127.0.0.1:${providerPort}`,
    TEST_PROVIDER_PORT: String(providerPort),
    PAYMENT_PROVIDER_SECRET: randomBytes(32).toString('hex'),
    DATABASE_POOL_SIZE: String(pool / apiProcesses),
    API_PROCESSES: String(apiProcesses),
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `bench-${name}`,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  const apiDir = join(ROOT, 'apps/api');
  if (!database) {
    execFileSync(process.execPath, ['dist/cli.js', 'migrate'], { cwd: apiDir, env, stdio: 'ignore' });
    execFileSync(process.execPath, ['dist/cli.js', 'seed'], { cwd: apiDir, env, stdio: 'ignore' });
  }
  const api = spawn(process.execPath, [...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/main.js'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const provider = spawn(process.execPath, ['dist/test-provider/main.js'], { cwd: apiDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  // The worker (outbox relay and jobs), for benches whose work is a job (bench/camt), started as the
  // product starts it (docs/adr/0054); BENCH_WORKER_NODE_ARGS come after, so they can override it.
  const workerProcess = worker
    ? spawn(process.execPath, ['--max-semi-space-size=4', ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/worker.js'], {
        cwd: apiDir,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      })
    : null;
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/ready`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  let stopped = false;
  const stopApi = async () => {
    if (stopped) return;
    stopped = true;
    const processes = [api, provider, workerProcess].filter(Boolean);
    const exited = Promise.all(processes.map((p) => (p.exitCode !== null ? undefined : new Promise((r) => p.once('exit', r)))));
    for (const p of processes) p.kill('SIGTERM');
    await exited;
  };
  return {
    name,
    base,
    providerUrl: env.PAYMENT_PROVIDER_URL,
    databaseUrl,
    /** The processes' ids, to read their memory from /proc. */
    pids: { api: api.pid, worker: workerProcess?.pid ?? null },
    stopApi,
    async drop() {
      await stopApi();
      if (!database && !keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
