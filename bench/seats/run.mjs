// bench/seats (P2): B concurrent buyers over HTTP, each holding an adjacent pair by best available,
// until the best N seats of a large plan are held. Prints hold attempts/s, latency, double-booked
// seats (must be 0) and deadlocks (must be 0).
//
//   node bench/seats/run.mjs [--buyers 128] [--seats 20000] [--best 2000]
import pg from 'pg';
import { Pool as HttpPool } from 'undici';
import { arg, percentile as pct, startBenchApi } from '../lib.mjs';

const BUYERS = arg('buyers', 128);
const SEATS = arg('seats', 20000);
const BEST = arg('best', 2000);

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

const bench = await startBenchApi('seats');
try {
  const base = bench.base;
  const url = new URL(bench.databaseUrl);
  const http = new HttpPool(base, { connections: BUYERS });
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
      name: 'Bench concert',
      dates: [{ startsAt: '2027-06-01T20:00:00+02:00' }],
      zones: [{ name: 'Salle', planId: plan.body.id, category: 'Unique' }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 5000, currency: 'CHF' }] }],
    },
    token,
  );
  const item = { dateId: ev.body.dates[0].id, zoneId: ev.body.zones[0].id, priceId: ev.body.prices[0].id, quantity: 2 };
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  const deadlocksBefore = (await sql.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`)).rows[0].deadlocks;
  const pairs = BEST / 2;
  let held = 0;
  let attempts = 0;
  let refused = 0;
  const latencies = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: BUYERS }, async () => {
      while (held < pairs) {
        const t0 = performance.now();
        const res = await json('POST', '/api/v1/shop/remparts/carts', { items: [item] });
        latencies.push(performance.now() - t0);
        attempts++;
        if (res.status === 201) held++;
        else refused++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);

  const { rows } = await sql.query(
    `SELECT (SELECT count(*) FROM date_seats WHERE date_id = $1 AND status = 'held')::int AS held_seats,
            (SELECT count(*) FROM (SELECT s FROM carts c, jsonb_array_elements(c.lines) l, jsonb_array_elements_text(l->'seatIds') s
                                    WHERE c.status = 'open' GROUP BY s HAVING count(*) > 1) d)::int AS double_booked,
            (SELECT count(*) FROM carts WHERE status = 'open')::int AS carts,
            (SELECT max(rank) FROM date_seats WHERE date_id = $1 AND status = 'held') AS worst_held_rank,
            (SELECT rank FROM date_seats WHERE date_id = $1 ORDER BY rank OFFSET $2 - 1 LIMIT 1) AS best_n_rank,
            (SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()) AS deadlocks`,
    [item.dateId, BEST],
  );
  const r = rows[0];
  await sql.end();
  await http.close();
  console.log(`bench/seats: ${BUYERS} concurrent buyers, adjacent pairs by best available, plan of ${SEATS} seats, until the best ${BEST} are held`);
  console.log(
    `hold attempts   ${attempts} in ${seconds.toFixed(1)} s = ${(attempts / seconds).toFixed(0)} attempts/s (${held} pairs held, ${refused} refused)`,
  );
  console.log(`latency         p50 ${pct(latencies, 50).toFixed(1)} ms   p99 ${pct(latencies, 99).toFixed(1)} ms`);
  console.log(`seats held      ${r.held_seats} in ${r.carts} carts; worst held seat rank ${r.worst_held_rank} vs rank of the ${BEST}th best ${r.best_n_rank}`);
  console.log(`double-booked   ${r.double_booked}`);
  console.log(`deadlocks       ${Number(r.deadlocks) - Number(deadlocksBefore)}`);
  if (r.double_booked > 0 || Number(r.deadlocks) > Number(deadlocksBefore) || r.held_seats !== r.carts * 2) process.exitCode = 1;
} finally {
  await bench.drop();
}
