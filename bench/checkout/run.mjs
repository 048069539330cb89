// bench/checkout (P1): N concurrent buyers over HTTP on one zone of capacity C, each buying one
// ticket (hold a cart, then check out) until the zone is sold out. In the same run, the bare-SQL
// ceiling: the same two transactions issued straight to PostgreSQL with the same pool size.
//
//   node bench/checkout/run.mjs [--buyers 64] [--capacity 10000] [--pool 8]
//
// Starts its own API process on a fresh database; prints orders/s, latency percentiles,
// sold vs capacity (oversell check) and the HTTP / bare-SQL ratio.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Pool as HttpPool } from 'undici';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const BUYERS = arg('buyers', 64);
const CAPACITY = arg('capacity', 10000);
const POOL = arg('pool', 8);
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => `${n.toFixed(1)} ms`;

async function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function withDatabase() {
  const name = `guichet_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Runs `buyers` loops until `work` reports sold out; returns per-order latencies and wall time. */
async function drive(buyers, work) {
  const latencies = [];
  let soldOut = false;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: buyers }, async () => {
      while (!soldOut) {
        const t0 = performance.now();
        const outcome = await work();
        if (outcome === 'sold') latencies.push(performance.now() - t0);
        else if (outcome === 'sold_out') soldOut = true;
        else errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { orders: latencies.length, seconds, perSecond: latencies.length / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99), errors };
}

async function httpPhase(db) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    API_PORT: String(port),
    DATABASE_POOL_SIZE: String(POOL),
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `bench-${db.name}`,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  const apiDir = join(ROOT, 'apps/api');
  execFileSync(process.execPath, ['dist/cli.js', 'migrate'], { cwd: apiDir, env, stdio: 'ignore' });
  execFileSync(process.execPath, ['dist/cli.js', 'seed'], { cwd: apiDir, env, stdio: 'ignore' });
  const api = spawn(process.execPath, [...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/main.js'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/ready`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const http = new HttpPool(base, { connections: BUYERS, pipelining: 1 });
  const json = async (method, path, body, token) => {
    const res = await http.request({
      method,
      path,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body && JSON.stringify(body),
    });
    return { status: res.statusCode, body: await res.body.json() };
  };
  try {
    const login = await json('POST', '/api/v1/auth/login', { email: 'admin@remparts.demo', password: 'remparts-demo' });
    const ticketingId = login.body.user.ticketings[0].id;
    const ev = await json(
      'POST',
      `/api/v1/ticketings/${ticketingId}/events`,
      {
        name: 'Bench night',
        date: { startsAt: '2027-06-01T20:00:00+02:00' },
        zone: { name: 'Fosse', capacity: CAPACITY },
        price: { name: 'Plein tarif', kind: 'fixed', amount: { amount: 3000, currency: 'CHF' } },
      },
      login.body.accessToken,
    );
    const item = { dateId: ev.body.dates[0].id, zoneId: ev.body.zones[0].id, priceId: ev.body.prices[0].id, quantity: 1 };
    const customer = { firstName: 'Bench', lastName: 'Buyer', email: 'bench@example.ch' };
    // Warm up the JIT and the pools on a separate event-less path.
    for (let i = 0; i < 50; i++) await json('GET', '/api/v1/shop/remparts');

    const result = await drive(BUYERS, async () => {
      const cart = await json('POST', '/api/v1/shop/remparts/carts', { items: [item] });
      if (cart.status === 409) return 'sold_out';
      if (cart.status !== 201) return 'error';
      const order = await json('POST', `/api/v1/shop/remparts/carts/${cart.body.id}/checkout`, { customer, paymentMethod: 'on_site' });
      return order.status === 201 ? 'sold' : 'error';
    });
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const { rows } = await sql.query(
      `SELECT a.capacity, a.sold, a.held, (SELECT count(*)::int FROM tickets t WHERE t.date_id = a.date_id) AS tickets FROM availabilities a WHERE a.date_id = $1`,
      [item.dateId],
    );
    await sql.end();
    return { ...result, ...rows[0] };
  } finally {
    await http.close();
    const exited = new Promise((r) => api.once('exit', r));
    api.kill('SIGTERM');
    await exited;
  }
}

/**
 * The same statements as createCart + checkoutCart, straight to PostgreSQL with the same pool:
 * one batch (cart + hold), read the cart, one batch (close cart, order with tickets and history,
 * outbox, sell). Batches are multi-statement simple queries, as in the API; the API resolves sale
 * lines from a one-second cache, so neither side reads them per order.
 */
async function sqlPhase(db) {
  const pool = new pg.Pool({ connectionString: db.url, max: POOL });
  const [{ ticketing_id: tid }] = (await pool.query(`SELECT id AS ticketing_id FROM ticketings LIMIT 1`)).rows;
  const [ev] = (
    await pool.query(
      `SELECT d.id AS date_id, z.id AS zone_id, p.id AS price_id, e.id AS event_id FROM events e
         JOIN event_dates d ON d.event_id = e.id JOIN zones z ON z.event_id = e.id JOIN prices p ON p.event_id = e.id
        WHERE e.name = 'Bench night'`,
    )
  ).rows;
  // A fresh capacity row of the same size for the SQL phase.
  const dateId = randomUUID();
  await pool.query(`INSERT INTO event_dates (ticketing_id, id, event_id, starts_at) VALUES ($1, $2, $3, now())`, [tid, dateId, ev.event_id]);
  await pool.query(`INSERT INTO availabilities (ticketing_id, date_id, zone_id, capacity) VALUES ($1, $2, $3, $4)`, [tid, dateId, ev.zone_id, CAPACITY]);
  const L = (v) => (v === null ? 'NULL' : pg.escapeLiteral(String(v)));
  const zoneId = ev.zone_id;

  const result = await drive(BUYERS, async () => {
    const cartId = randomUUID();
    const lines = JSON.stringify([{ dateId, zoneId, priceId: ev.price_id, eventId: ev.event_id, quantity: 1, unitAmount: 3000 }]);
    try {
      await pool.query(
        `INSERT INTO carts (ticketing_id, id, status, currency, lines, total_amount, expires_at, created_at)
           VALUES (${L(tid)}, ${L(cartId)}, 'open', 'CHF', ${L(lines)}, 3000, now() + interval '15 minutes', now());
         WITH held AS (UPDATE availabilities SET held = held + 1
                        WHERE ticketing_id = ${L(tid)} AND date_id = ${L(dateId)} AND zone_id = ${L(zoneId)} AND capacity - sold - held >= 1 RETURNING 1)
         SELECT guichet_require(count(*) = 1, 'CAPACITY_EXCEEDED') FROM held`,
      );
    } catch (e) {
      if (e.code === 'GU001') return 'sold_out';
      throw e;
    }
    await pool.query(`SELECT * FROM carts WHERE ticketing_id = $1 AND id = $2`, [tid, cartId]);
    const orderId = randomUUID();
    await pool.query(
      `WITH closed AS (UPDATE carts SET status = 'checked_out', order_id = ${L(orderId)}
                        WHERE ticketing_id = ${L(tid)} AND id = ${L(cartId)} AND status = 'open' AND expires_at > now() RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'CART_NOT_OPEN') FROM closed;
       WITH o AS (
         INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount,
                             customer_first_name, customer_last_name, customer_email, access_token_hash, created_at)
         VALUES (${L(tid)}, ${L(orderId)}, ${L(randomBytes(6).toString('base64url'))}, 'reserved', 'shop', 'on_site', 'CHF', 3000, 'Bench', 'Buyer', 'bench@example.ch', 'x', now())
         ON CONFLICT (ticketing_id, number) DO NOTHING RETURNING id),
       t AS (
         INSERT INTO tickets (ticketing_id, id, order_id, code, event_id, date_id, zone_id, price_id, event_name, venue,
                              starts_at, zone_name, price_name, amount, currency)
         SELECT ${L(tid)}, x.id, o.id, x.code, x.event_id, x.date_id, x.zone_id, x.price_id, x.event_name, x.venue, x.starts_at, x.zone_name, x.price_name, x.amount, 'CHF'
           FROM o, unnest(${L(`{${randomUUID()}}`)}::uuid[], ${L(`{${randomBytes(64).toString('base64url')}}`)}::text[], ${L(`{${ev.event_id}}`)}::uuid[],
                          ${L(`{${dateId}}`)}::uuid[], ${L(`{${zoneId}}`)}::uuid[], ${L(`{${ev.price_id}}`)}::uuid[], '{"Bench night"}'::text[], '{NULL}'::text[],
                          ${L(`{"${new Date().toISOString()}"}`)}::timestamptz[], '{Fosse}'::text[], '{"Plein tarif"}'::text[], '{3000}'::int[])
                 AS x(id, code, event_id, date_id, zone_id, price_id, event_name, venue, starts_at, zone_name, price_name, amount)),
       h AS (
         INSERT INTO order_history (ticketing_id, order_id, action, actor_kind, actor_id, actor_label, data, at)
         SELECT ${L(tid)}, o.id, 'orders.order.placed', 'customer', NULL, 'Bench Buyer', '{}', now() FROM o)
       SELECT guichet_require(count(*) = 1, 'ORDER_NUMBER_TAKEN') FROM o;
       INSERT INTO outbox (ticketing_id, queue, name, job_id, payload, delay_ms)
         VALUES (${L(tid)}, 'mail', 'order-confirmation', ${L(`order-confirmation.${orderId}`)}, '{}', 0) ON CONFLICT (job_id) DO NOTHING;
       UPDATE availabilities SET held = held - 1, sold = sold + 1 WHERE ticketing_id = ${L(tid)} AND date_id = ${L(dateId)} AND zone_id = ${L(zoneId)}`,
    );
    return 'sold';
  });
  const { rows } = await pool.query(`SELECT capacity, sold, held FROM availabilities WHERE date_id = $1`, [dateId]);
  await pool.end();
  return { ...result, ...rows[0] };
}

const db = await withDatabase();
try {
  console.log(
    `bench/checkout: ${BUYERS} concurrent buyers, one zone of capacity ${CAPACITY}, DB pool ${POOL}, ${(await import('node:os')).cpus().length} cores`,
  );
  const http = await httpPhase(db);
  const bare = await sqlPhase(db);
  const line = (label, r) =>
    console.log(
      `${label.padEnd(10)} ${r.perSecond.toFixed(0).padStart(6)} orders/s   p50 ${ms(r.p50).padStart(9)}   p99 ${ms(r.p99).padStart(9)}   sold ${r.sold}/${r.capacity}   held ${r.held}   errors ${r.errors}${r.tickets !== undefined ? `   tickets ${r.tickets}` : ''}`,
    );
  line('HTTP', http);
  line('bare SQL', bare);
  console.log(`ratio HTTP / bare SQL: ${(http.perSecond / bare.perSecond).toFixed(2)}`);
  const oversold = http.sold > http.capacity || http.tickets !== http.sold || bare.sold > bare.capacity;
  console.log(`oversell: ${oversold ? 'YES — BUG' : 'none'} (HTTP sold ${http.sold} of ${http.capacity}, ${http.tickets} tickets)`);
  if (oversold) process.exitCode = 1;
} finally {
  await db.drop();
}
