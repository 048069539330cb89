// bench/seats (P2): B concurrent buyers over HTTP, each holding an adjacent pair by best available,
// until the best N seats of a large plan are held. Prints hold attempts/s, latency, double-booked
// seats (must be 0) and deadlocks (must be 0); then the bare-SQL ceiling: the same statements sent
// straight to PostgreSQL with the API's pool size, on another date of the same event.
//
//   node bench/seats/run.mjs [--buyers 128] [--seats 20000] [--best 2000] [--pool 8] [--warmup 500]
//
// Before the measured phase, `warmup` pairs are held on a third date (not measured): the API's
// JIT and each connection's cached plans are then warm, as in a shop that has been open a while.
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import pg from 'pg';
import { Pool as HttpPool } from 'undici';
import { arg, percentile as pct, startBenchApi } from '../lib.mjs';

const BUYERS = arg('buyers', 128);
const SEATS = arg('seats', 20000);
const BEST = arg('best', 2000);
const POOL = arg('pool', 8);
const WARMUP = arg('warmup', 500);

/** A concert hall: rows of 200 seats with an aisle every 20 seats; the stage is at the top centre. */
function hall(total) {
  const perRow = 200;
  const seats = [];
  for (let i = 0; i < total; i++) {
    const row = Math.floor(i / perRow);
    const n = i % perRow;
    seats.push({ section: 'Salle', row: `R${row + 1}`, number: String(n + 1), x: 10 + n * 10 + Math.floor(n / 20) * 20, y: 20 + row * 12, category: 'Unique' });
  }
  return { name: 'Grande salle (bench)', width: 10 + perRow * 10 + 10 * 20 + 20, height: 40 + Math.ceil(total / perRow) * 12, seats };
}

/** Runs `buyers` loops, each holding pairs with `hold` until `pairs` are held; returns throughput and latency. */
async function drive(buyers, pairs, hold) {
  let held = 0;
  let attempts = 0;
  let refused = 0;
  const latencies = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: buyers }, async () => {
      while (held < pairs) {
        const t0 = performance.now();
        const ok = await hold();
        latencies.push(performance.now() - t0);
        attempts++;
        if (ok) held++;
        else refused++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { attempts, held, refused, seconds, perSecond: attempts / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99) };
}

/**
 * What the buyers were told against what the database holds: a seat given to two buyers, or given
 * to a buyer whose cart does not hold it, is double-booked. Also the quality of the choice.
 */
async function check(sql, dateId, given) {
  const seen = new Map();
  for (const g of given) for (const seat of g.seatIds) seen.set(seat, (seen.get(seat) ?? 0) + 1);
  const twice = [...seen.values()].filter((n) => n > 1).length;
  const { rows: mismatched } = await sql.query(
    `SELECT count(*)::int AS n FROM unnest($2::uuid[], $3::uuid[]) AS g(seat_id, cart_id)
       LEFT JOIN date_seats ds ON ds.date_id = $1 AND ds.seat_id = g.seat_id
      WHERE ds.cart_id IS DISTINCT FROM g.cart_id OR ds.status <> 'held'`,
    [dateId, given.flatMap((g) => g.seatIds), given.flatMap((g) => g.seatIds.map(() => g.cartId))],
  );
  const { rows } = await sql.query(
    `SELECT (SELECT count(*) FROM date_seats WHERE date_id = $1 AND status = 'held')::int AS held_seats,
            (SELECT count(DISTINCT cart_id) FROM date_seats WHERE date_id = $1 AND status = 'held')::int AS carts,
            (SELECT count(*) FROM (SELECT cart_id FROM date_seats WHERE date_id = $1 AND status = 'held' GROUP BY cart_id HAVING count(*) <> 2) w)::int AS not_pairs,
            (SELECT max(rank) FROM date_seats WHERE date_id = $1 AND status = 'held') AS worst_held_rank,
            (SELECT rank FROM date_seats WHERE date_id = $1 ORDER BY rank OFFSET $2 - 1 LIMIT 1) AS best_n_rank`,
    [dateId, BEST],
  );
  return { ...rows[0], double_booked: twice + mismatched[0].n, given: given.length };
}

const bench = await startBenchApi('seats', { pool: POOL });
try {
  const url = new URL(bench.databaseUrl);
  const http = new HttpPool(bench.base, { connections: BUYERS });
  const json = async (method, path, body, token) => {
    const res = await http.request({
      method,
      path,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body && JSON.stringify(body),
    });
    return { status: res.statusCode, body: await res.body.json() };
  };
  const login = await json('POST', '/api/v1/auth/login', { email: 'admin@remparts.demo', password: 'remparts-demo' });
  const token = login.body.accessToken;
  const tid = login.body.user.ticketings[0].id;
  const plan = await json('POST', `/api/v1/ticketings/${tid}/seating-plans`, hall(SEATS), token);
  if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body).slice(0, 300)}`);
  const ev = await json(
    'POST',
    `/api/v1/ticketings/${tid}/events`,
    {
      status: 'published',
      name: 'Bench concert',
      dates: ['2027-06-01', '2027-06-02', '2027-06-03'].map((d) => ({ startsAt: `${d}T20:00:00+02:00` })),
      zones: [{ name: 'Salle', planId: plan.body.id, category: 'Unique' }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 5000, currency: 'CHF' }] }],
    },
    token,
  );
  const [measured, bare, warm] = ev.body.dates.map((d) => d.id);
  const zoneId = ev.body.zones[0].id;
  const priceId = ev.body.prices[0].id;
  const given = { http: [], sql: [] };
  const pairOn = (dateId, record) => async () => {
    const res = await json('POST', '/api/v1/shop/remparts/carts', { items: [{ dateId, zoneId, priceId, quantity: 2 }] });
    if (res.status === 201 && record) record.push({ cartId: res.body.id, seatIds: res.body.items[0].seatIds });
    return res.status === 201;
  };

  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  await drive(BUYERS, WARMUP, pairOn(warm));
  const deadlocksBefore = Number((await sql.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`)).rows[0].deadlocks);
  const viaHttp = await drive(BUYERS, BEST / 2, pairOn(measured, given.http));
  await http.close();
  // The bare-SQL phase must not share the cores with an idle API.
  await bench.stopApi();

  // The API's write for one cart, as one multi-statement query (see SalesService.createCart).
  const pool = new pg.Pool({ connectionString: url.toString(), max: POOL });
  pool.on('error', () => undefined);
  const L = (v) => pg.escapeLiteral(String(v));
  const lines = L(JSON.stringify([{ dateId: bare, zoneId, priceId, eventId: ev.body.id, quantity: 2, unitAmount: 5000, seated: true }]));
  const depthFailure = L(JSON.stringify({ dateId: bare, zoneId, depth: 200 }));
  const viaSql = await drive(BUYERS, BEST / 2, async () => {
    const cartId = randomUUID();
    try {
      const results = await pool.query(
        `SET LOCAL synchronous_commit = off;
         INSERT INTO carts (ticketing_id, id, status, currency, lines, gift_voucher_lines, total_amount, expires_at, created_at)
           VALUES (${L(tid)}, ${L(cartId)}, 'open', 'CHF', ${lines}, '[]', 10000, now() + interval '15 minutes', now());
         WITH h AS (SELECT guichet_hold_best(${L(tid)}, ${L(bare)}, z.id, 2, ${L(cartId)}, now() + interval '15 minutes', 200) AS seats
                      FROM zones z WHERE z.ticketing_id = ${L(tid)} AND z.id = ${L(zoneId)})
         SELECT guichet_require((SELECT count(*) = 1 AND bool_and(cardinality(seats) = 2) FROM h), 'NO_ADJACENT_SEATS', ${depthFailure}),
                (SELECT json_agg(json_build_object('seatId', s.id, 'label', s.section || ', rang ' || s.row || ', place ' || s.number) ORDER BY s.section, s.row, s.position)
                   FROM h, plan_seats s WHERE s.ticketing_id = ${L(tid)} AND s.id = ANY (h.seats)) AS seats`,
      );
      given.sql.push({ cartId, seatIds: results[2].rows[0].seats.map((seat) => seat.seatId) });
      return true;
    } catch (e) {
      if (e.code === 'GU001') return false;
      throw e;
    }
  });
  await pool.end();

  const h = await check(sql, measured, given.http);
  const b = await check(sql, bare, given.sql);
  const deadlocks = Number((await sql.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`)).rows[0].deadlocks) - deadlocksBefore;
  await sql.end();

  console.log(
    `bench/seats: ${BUYERS} concurrent buyers, adjacent pairs by best available, plan of ${SEATS} seats, until the best ${BEST} are held; DB pool ${POOL}, ${cpus().length} cores; warm-up ${WARMUP} pairs on another date`,
  );
  const line = (label, r, c) =>
    console.log(
      `${label.padEnd(9)} ${r.perSecond.toFixed(0).padStart(5)} attempts/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(7)} ms   ${r.attempts} attempts in ${r.seconds.toFixed(1)} s (${r.held} pairs, ${r.refused} refused)   worst held rank ${c.worst_held_rank} vs ${BEST}th best ${c.best_n_rank}`,
    );
  line('HTTP', viaHttp, h);
  line('bare SQL', viaSql, b);
  console.log(`ratio HTTP / bare SQL: ${(viaHttp.perSecond / viaSql.perSecond).toFixed(2)}`);
  console.log(
    `double-booked   ${h.double_booked + b.double_booked}   (seats given to ${h.given} + ${b.given} buyers, held ${h.held_seats} + ${b.held_seats}; carts not holding exactly a pair: ${h.not_pairs + b.not_pairs})`,
  );
  console.log(`deadlocks       ${deadlocks}`);
  if (h.double_booked + b.double_booked > 0 || deadlocks > 0 || h.not_pairs + b.not_pairs > 0) process.exitCode = 1;
} finally {
  await bench.drop();
}
