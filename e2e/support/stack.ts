import { ChildProcess, execFile, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createGuichetClient, GuichetClient } from '@guichet/api-client';
import { Client } from 'pg';
import { Browser, chromium } from 'playwright-core';
// The same real SMTP catcher the API's integration tests use.
import { freePorts, Mailbox, startSmtpCatcher } from '../../apps/api/src/test/smtp-catcher';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Stack {
  apiUrl: string;
  /** The test payment provider (its hosted pages and server API). */
  providerUrl: string;
  backofficeUrl: string;
  shopUrl: string;
  databaseUrl: string;
  mailbox: Mailbox;
  client(token?: string): GuichetClient;
  /** The API's process id (with API_PROCESSES > 1: its supervisor's, the parent of the processes that serve). */
  apiPid(): number;
  /** Kills the API process outright (SIGKILL: no shutdown, connections dropped mid-request). */
  killApi(): Promise<void>;
  /** Starts the API again on the same port and database, and waits until it is ready. */
  restartApi(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Budget for a `beforeAll` that starts the stack (and a browser): database, migrations, seed, API,
 * worker, SPAs. About 10 s on a quiet machine, over 2 min seen on a busy one; the API alone may
 * take up to waitForUrl's cap.
 */
export const STACK_START_MS = 360_000;

/** What each started process printed lately, to say why it did not come up. */
const recentOutput = new WeakMap<ChildProcess, string[]>();

/**
 * Waits until `url` answers 2xx. The cap is far above what a busy machine takes to boot the API
 * (over a minute was seen with two suites and more running on two cores); it only turns a
 * process that never comes up into a failure that says what it answered and printed.
 */
async function waitForUrl(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  const output = () => (recentOutput.get(child) ?? []).join('');
  let last: string;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (res.ok) return;
      last = `${res.status} ${(await res.text()).slice(0, 500)}`;
    } catch (err) {
      last = String((err as { cause?: unknown }).cause ?? err); // fetch's own message is just "fetch failed"
    }
    if (Date.now() >= until) throw new Error(`${url} did not answer 2xx within ${timeoutMs} ms; last: ${last}\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  recentOutput.set(child, log);
  const keep = (b: Buffer) => {
    log.push(b.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code, signal) => {
    // 143 = ended by our own SIGTERM in stop().
    if (code && code !== 143 && signal === null) process.stderr.write(`[${name}] exited with ${code}\n${log.join('')}\n`);
  });
  return child;
}

/**
 * The whole product on this machine: a fresh database (migrated, demo season seeded), the API,
 * the worker, a real SMTP server catching mail, and both built SPAs served by `vite preview`.
 */
export async function startStack(options: { spas?: boolean; env?: Record<string, string> } = {}): Promise<Stack> {
  const withSpas = options.spas ?? true;
  const dbName = `guichet_e2e_${process.pid}_${Date.now() % 1e6}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();

  const smtp = await startSmtpCatcher();
  const base = { NODE_ENV: 'test', DATABASE_URL: databaseUrl, SMTP_URL: smtp.url, QUEUE_PREFIX: `guichet-e2e-${dbName}`, LOG_LEVEL: 'warn' };
  const apiDir = join(ROOT, 'apps/api');
  await run(process.execPath, ['dist/cli.js', 'migrate'], { cwd: apiDir, env: { ...process.env, ...base } });
  await run(process.execPath, ['dist/cli.js', 'seed'], { cwd: apiDir, env: { ...process.env, ...base } });

  // Ports picked after the seconds of migrating and seeding, right before the processes bind
  // them: a test run in another checkout on this machine may pick free ports meanwhile.
  const [apiPort, backofficePort, shopPort, providerPort] = await freePorts(4);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const shopUrl = `http://127.0.0.1:${shopPort}`;
  const backofficeUrl = `http://127.0.0.1:${backofficePort}`;
  const providerUrl = `http://127.0.0.1:${providerPort}`;
  const env = {
    ...base,
    API_PORT: String(apiPort),
    API_PUBLIC_URL: apiUrl,
    SHOP_PUBLIC_URL: shopUrl,
    BACKOFFICE_PUBLIC_URL: backofficeUrl,
    PAYMENT_PROVIDER_URL: providerUrl,
    TEST_PROVIDER_PORT: String(providerPort),
    ...options.env,
  };

  const children: ChildProcess[] = [];
  const startApi = () => start('api', process.execPath, ['dist/main.js'], apiDir, env);
  children.push(startApi());
  children.push(start('worker', process.execPath, ['--max-semi-space-size=4', 'dist/worker.js'], apiDir, env)); // docs/adr/0054
  // The built-in test payment provider: an acquirer of its own, on its own port.
  children.push(start('payment provider', process.execPath, ['dist/test-provider/main.js'], apiDir, env));
  const vite = (app: string, port: number) =>
    start(
      app,
      process.execPath,
      [join(ROOT, `apps/${app}/node_modules/vite/bin/vite.js`), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      join(ROOT, `apps/${app}`),
      {
        API_URL: apiUrl,
      },
    );
  if (withSpas) children.push(vite('backoffice', backofficePort), vite('shop', shopPort));

  const stop = async () => {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
    await smtp.close();
    const a = new Client({ connectionString: ADMIN_URL });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  };
  try {
    await waitForUrl(`${apiUrl}/api/v1/ready`, children[0]);
    await waitForUrl(`${providerUrl}/health`, children[2]);
    if (withSpas) {
      await waitForUrl(`${backofficeUrl}/`, children[3]);
      await waitForUrl(`${shopUrl}/`, children[4]);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    apiUrl,
    providerUrl,
    backofficeUrl,
    shopUrl,
    databaseUrl,
    mailbox: smtp.mailbox,
    client: (token?: string) => createGuichetClient({ baseUrl: apiUrl, token: () => token }),
    apiPid: () => children[0].pid!,
    async killApi() {
      const api = children[0];
      if (api.exitCode !== null || api.signalCode !== null) return;
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGKILL');
      await exited;
    },
    async restartApi() {
      children[0] = startApi();
      await waitForUrl(`${apiUrl}/api/v1/ready`, children[0]);
    },
    stop,
  };
}

/**
 * Debian's Chromium, headless, with the flags this closed network needs. The shop speaks the
 * browser's language and headless Chromium says en-US: every context browses as a French-speaking
 * customer (fr-CH) unless it asks for another `locale`. `extraArgs`: more flags (a fake camera, say).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  // browser.newPage() makes its context through newContext() too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'fr-CH', ...options });
  return browser;
}
