import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Stack, STACK_START_MS, startStack } from '../support/stack';

const run = promisify(execFile);

/** The processes `pid` started (Linux: /proc/<pid>/task/<pid>/children). */
const childrenOf = (pid: number): number[] => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);

/** CPU time a process has used so far, in clock ticks (utime + stime of /proc/<pid>/stat). */
const cpuTicks = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until `probe` holds (a condition, not a duration: the cap only turns a hang into a failure). */
async function until<T>(what: string, probe: () => T | null | false | Promise<T | null | false>, capMs = 180_000): Promise<T> {
  const end = Date.now() + capMs;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * API_PROCESSES (ADR 0055): the API as several processes on one port, under a supervisor that
 * replaces one that dies and stops them all on SIGTERM. The product's own build (dist/main.js).
 */
describe('the API as several processes', () => {
  let stack: Stack;
  let stopped = false;

  beforeAll(async () => {
    stack = await startStack({ spas: false, env: { API_PROCESSES: '2' } });
  }, STACK_START_MS);
  afterAll(async () => {
    if (!stopped) await stack?.stop();
  });

  /** One request on a connection of its own (closed after it), so the supervisor hands each to the next process. */
  const fresh = <T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: T }>((ok, fail) => {
      const req = request(
        `${stack.apiUrl}${path}`,
        { method, agent: false, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => ok({ status: res.statusCode!, body: text ? JSON.parse(text) : null }));
        },
      );
      req.on('error', fail);
      req.end(body ? JSON.stringify(body) : undefined);
    });

  /** A shop sale of one place, its checkout sent twice with one Idempotency-Key: the two answers, and the orders it made. */
  const sellTwiceWithOneKey = async () => {
    const login = await fresh<{ accessToken: string; user: { ticketings: { id: string }[] } }>('POST', '/api/v1/auth/login', {
      email: 'admin@remparts.demo',
      password: 'remparts-demo',
    });
    const ticketingId = login.body.user.ticketings[0].id;
    const event = await fresh<Record<'dates' | 'zones' | 'prices', { id: string }[]>>(
      'POST',
      `/api/v1/ticketings/${ticketingId}/events`,
      {
        status: 'published',
        name: `Concert à deux voix ${Date.now()}`,
        dates: [{ startsAt: '2027-04-04T19:00:00+02:00' }],
        zones: [{ name: 'Salle', capacity: 10 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 2500, currency: 'CHF' }] }],
      },
      { authorization: `Bearer ${login.body.accessToken}` },
    );
    expect(event.status).toBe(201);
    const cart = await fresh<{ id: string }>('POST', '/api/v1/shop/remparts/carts', {
      items: [{ dateId: event.body.dates[0].id, zoneId: event.body.zones[0].id, priceId: event.body.prices[0].id, quantity: 1 }],
    });
    expect(cart.status).toBe(201);
    const checkout = { customer: { firstName: 'Léa', lastName: 'Processus', email: 'lea.processus@example.ch' }, paymentMethod: 'on_site' };
    const key = { 'idempotency-key': `two-processes-${Date.now()}` };
    const answers = [
      await fresh('POST', `/api/v1/shop/remparts/carts/${cart.body.id}/checkout`, checkout, key),
      await fresh('POST', `/api/v1/shop/remparts/carts/${cart.body.id}/checkout`, checkout, key),
    ];
    const sql = new Client({ connectionString: stack.databaseUrl });
    await sql.connect();
    const { rows } = await sql.query(`SELECT count(*)::int AS orders FROM tickets WHERE date_id = $1`, [event.body.dates[0].id]);
    await sql.end();
    return { answers, tickets: rows[0].orders as number };
  };

  it('serves from every process, replaces one that dies, and stops them all on SIGTERM', async () => {
    const supervisor = stack.apiPid();
    const first = await until('two API processes', () => childrenOf(supervisor).length === 2 && childrenOf(supervisor));

    // Connections are handed out in turn: 200 requests on new connections keep both processes busy.
    const before = first.map(cpuTicks);
    for (let i = 0; i < 200; i++) expect((await fresh('GET', '/api/v1/shop/remparts')).status).toBe(200);
    const used = first.map((pid, i) => cpuTicks(pid) - before[i]);
    // Each answered about 100 of them: 40–75 ticks seen, where an idle process spends 0 or 1.
    for (const ticks of used) expect(ticks).toBeGreaterThanOrEqual(10);

    // One dies mid-season: the supervisor starts another; the port never stops answering.
    process.kill(first[0], 'SIGKILL');
    const second = await until('a replacement process', () => {
      const now = childrenOf(supervisor);
      return now.length === 2 && !now.includes(first[0]) && now;
    });
    expect(second).toContain(first[1]);
    // A sale whose checkout is sent twice with one key, on two connections (so to both processes):
    // the second answer is the first one replayed, and one place is sold (the key lives in PostgreSQL).
    const { answers, tickets } = await sellTwiceWithOneKey();
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers[1].body).toEqual(answers[0].body);
    expect(tickets).toBe(1);

    // SIGTERM to the supervisor: every process closes its server and pool, then it exits.
    await stack.stop();
    stopped = true;
    expect(alive(supervisor)).toBe(false);
    for (const pid of second) expect(alive(pid)).toBe(false);
  });

  it('stops at once, with an error, when its processes cannot start', async () => {
    const apiDir = resolve(__dirname, '../../apps/api');
    const missing = new URL(process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    missing.pathname = '/guichet_no_such_database';
    const failed = await run(process.execPath, [join(apiDir, 'dist/main.js')], {
      cwd: apiDir,
      env: { ...process.env, NODE_ENV: 'test', API_PROCESSES: '2', API_PORT: '0', DATABASE_URL: missing.toString(), LOG_LEVEL: 'error' },
    }).then(
      () => null,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed).not.toBeNull();
    expect(failed!.code).not.toBe(0);
    expect(failed!.stdout + failed!.stderr).toContain('an API process failed before it listened');
  });
});
