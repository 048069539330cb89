// bench/search (P7): a seeded generator writes N orders (default 1,000,000) with T tickets each
// (default 5: 5,000,000 tickets) over K ticketings (default 50), one of them the demo's, then U
// concurrent users (default 16) search one ticketing through the real API: exact look-ups (order
// number, ticket code, email) and substrings of names (3 to 6 characters). In the same run, the
// bare-SQL ceiling: the very statements the API's repository sends (its compiled `orderSearchSql`),
// straight to PostgreSQL with the same pool size. Prints p50/p99 per kind, rows found, and the
// time and disk the data took.
//
//   node bench/search/run.mjs [--orders 1000000] [--tickets 5] [--ticketings 50] [--users 16]
//                             [--requests 1600] [--pool 8] [--keep] [--database <kept database>]
//
// `--keep` keeps the generated database (its name is printed); `--database <name>` measures again
// on a kept one without generating anything.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Pool as HttpPool } from 'undici';
import { arg, percentile as pct, startBenchApi } from '../lib.mjs';

const ORDERS = arg('orders', 1_000_000);
const TICKETS = arg('tickets', 5);
const TICKETINGS = arg('ticketings', 50);
const USERS = arg('users', 16);
const REQUESTS = arg('requests', 1600);
const POOL = arg('pool', 8);
const KEEP = process.argv.includes('--keep');
const REUSE = process.argv.includes('--database') ? process.argv[process.argv.indexOf('--database') + 1] : null;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The repository's own SQL, so the ceiling is the same query (needs the built API).
const { orderSearchSql } = createRequire(import.meta.url)(join(ROOT, 'apps/api/dist/modules/orders/orders.repository.js'));

const FIRST = `Adèle Agathe Albert Alice Amélie Anaïs André Antoine Arthur Aurélie Baptiste Benoît Bernard Camille Carla Céline Charles Chloé Claire
  Clément Colette Damien David Denis Diane Dominique Édouard Élise Émile Emma Éric Étienne Fabienne Florence François Gabriel Gaëlle Georges Gilles
  Hélène Henri Hugo Inès Isabelle Jacques Jean Jeanne Jérôme Joël Julie Julien Laura Laurent Léa Léon Louis Louise Lucas Lucie Luc Manon Marc
  Marcel Margaux Marguerite Marie Martin Mathilde Maxime Michel Mireille Monique Nathalie Nicolas Noémie Olivier Pascal Patrick Paul Pauline
  Philippe Pierre Raphaël Rémi Renée Robert Roger Romain Sarah Simone Sophie Sylvie Théo Thomas Valérie Victor Vincent Yves Zoé`.split(/\s+/);
const LAST = `Aubert Bachmann Baumann Berger Bernasconi Blanc Bonvin Bovet Brunner Burnier Chappuis Chevalley Clerc Cornaz Cuénod Dubois Dufour
  Dupont Duruz Favre Fischer Fontaine Fournier Frei Gasser Gauthier Gerber Girard Giroud Graf Guex Guignard Henchoz Huber Jaquet Jaquier Keller
  Kohler Lambert Lavanchy Leclerc Lehmann Lüthi Maillard Marchand Martin Matthey Maurer Mercier Meyer Michaud Monnier Morand Moser Muller Nicolet
  Pasche Perret Perrin Pittet Python Rey Richard Robert Rochat Roduit Rossier Roulin Roux Schmid Schneider Siegenthaler Steiner Thévenaz Tissot
  Vaucher Vez Vuilleumier Weber Widmer Zbinden Zimmermann Zufferey`.split(/\s+/);
const DOMAINS = ['example.ch', 'exemple.fr', 'bluewin.example', 'gmail.example', 'hispeed.example'];
const sqlArray = (words) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;
const ms = (n) => `${n.toFixed(1).padStart(6)} ms`;

/** Writes the orders, tickets, ledger payments and customers of `ticketings` ticketings; returns seconds and bytes. */
async function generate(client, demoTicketingId) {
  const started = performance.now();
  const step = async (label, sql, params = []) => {
    const t0 = performance.now();
    const res = await client.query(sql, params);
    console.log(`  ${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s${res.rowCount != null ? `  (${res.rowCount} rows)` : ''}`);
  };
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`SET max_parallel_maintenance_workers = 2`);
  // Loading first and indexing after is much faster than maintaining every index row by row; the
  // indexes come back exactly as the migrations made them (pg_get_indexdef).
  const { rows: indexes } = await client.query(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN ('orders', 'tickets', 'payments')
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
  // The demo ticketing is the first; the others exist only by their id (no foreign keys to them).
  await client.query(
    `CREATE TEMP TABLE bench_ticketings AS
    SELECT k, CASE WHEN k = 0 THEN $1::uuid ELSE md5('bench-ticketing-' || k)::uuid END AS id FROM generate_series(0, $2 - 1) k`,
    [demoTicketingId, TICKETINGS],
  );
  // 8 characters of Crockford's alphabet from a bijection of i (an odd multiplier mod 2^40): unique, random-looking.
  await client.query(`CREATE FUNCTION pg_temp.order_number(x bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((x >> (5 * k)) & 31)::int + 1, 1), '' ORDER BY k) FROM generate_series(0, 7) k $$`);
  const unaccent = (col) => `translate(lower(${col}), 'àâäéèêëïîôöùûüçÿ', 'aaaeeeeiioouuucy')`;
  // Per ticketing, customers come back: c = (i / K) mod (0.6 × orders per ticketing).
  await step(
    `orders (${ORDERS})`,
    `INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount, discount_amount,
                         customer_first_name, customer_last_name, customer_email, customer_phone, access_token_hash, created_at, paid_at)
     SELECT t.id, md5('bench-order-' || i)::uuid, pg_temp.order_number((i * 2654435761) % 1099511627776),
            s.status, CASE WHEN i % 5 = 0 THEN 'ticket_office' ELSE 'shop' END, CASE WHEN i % 20 = 0 THEN 'free' ELSE 'on_site' END,
            'CHF', CASE WHEN i % 20 = 0 THEN 0 ELSE ${TICKETS * 2500} END, 0,
            n.first, n.last, ${unaccent('n.first')} || '.' || ${unaccent('n.last')} || n.c || '@' || (${sqlArray(DOMAINS)})[1 + n.c % ${DOMAINS.length}],
            CASE WHEN i % 3 = 0 THEN '+41 79 ' || lpad((n.c % 10000000)::text, 7, '0') END,
            md5('token-' || i), timestamptz '2026-12-01 12:00+01' - i * interval '31 seconds',
            CASE WHEN s.status = 'paid' THEN timestamptz '2026-12-01 12:00+01' - i * interval '31 seconds' END
       FROM generate_series(0, $1 - 1) i
       JOIN bench_ticketings t ON t.k = i % $2
       CROSS JOIN LATERAL (SELECT CASE WHEN i % 20 = 0 OR i % 10 < 6 THEN 'paid' WHEN i % 10 < 9 THEN 'reserved' ELSE 'cancelled' END AS status) s
       CROSS JOIN LATERAL (SELECT (i / $2) % greatest(1, ($1 / $2) * 6 / 10) AS c) cc
       CROSS JOIN LATERAL (SELECT cc.c, (${sqlArray(FIRST)})[1 + (cc.c * 31 + t.k) % ${FIRST.length}] AS first,
                                  (${sqlArray(LAST)})[1 + (cc.c * 17 + t.k * 3) % ${LAST.length}] AS last) n`,
    [ORDERS, TICKETINGS],
  );
  // Codes in the real format (G1.<kid>.<ticket id>.<64-byte signature>, base64url): the API parses them.
  const b64url = (bytes) => `translate(replace(encode(${bytes}, 'base64'), E'\\n', ''), '+/=', '-_')`;
  await step(
    `tickets (${ORDERS * TICKETS})`,
    `INSERT INTO tickets (ticketing_id, id, order_id, position, code, event_id, date_id, zone_id, price_id, event_name, venue,
                          starts_at, zone_name, price_name, amount, list_amount, currency, status, scan_state, barcode)
     SELECT o.ticketing_id, x.id, o.id, j, 'G1.be0c4a11ee.' || ${b64url('uuid_send(x.id)')} || '.' || ${b64url('sha512(uuid_send(x.id))')},
            md5(o.ticketing_id || 'event' || e.n)::uuid, md5(o.ticketing_id || 'date' || e.n || '-' || e.d)::uuid,
            md5(o.ticketing_id || 'zone')::uuid, md5(o.ticketing_id || 'price')::uuid, 'Spectacle ' || e.n, 'Grande salle',
            timestamptz '2027-01-15 20:00+01' + e.n * interval '7 days' + e.d * interval '1 day', 'Parterre', 'Plein tarif',
            o.total_amount / ${TICKETS}, o.total_amount / ${TICKETS}, 'CHF', CASE WHEN o.status = 'cancelled' THEN 'cancelled' ELSE 'valid' END, 'unscanned',
            lpad(((('x' || substr(md5(x.id::text), 1, 15))::bit(60)::bigint) % 1000000000000000000)::text, 18, '0')
       FROM orders o
       CROSS JOIN generate_series(0, $1 - 1) j
       CROSS JOIN LATERAL (SELECT md5(o.id || '-' || j)::uuid AS id) x
       CROSS JOIN LATERAL (SELECT get_byte(uuid_send(o.id), 0) % 10 AS n, get_byte(uuid_send(o.id), 1) % 3 AS d) e`,
    [TICKETS],
  );
  await step(
    'ledger payments (paid orders)',
    `INSERT INTO payments (id, ticketing_id, order_id, method, amount, currency, status, actor_kind, actor_label, at)
     SELECT md5('payment-' || id)::uuid, ticketing_id, id, 'cash', total_amount, currency, 'succeeded', 'user', 'Caisse', paid_at
       FROM orders WHERE status = 'paid' AND total_amount > 0`,
  );
  // The customers as the migration backfills them: one per ticketing and email.
  await step(
    'customers (the migration’s backfill)',
    `INSERT INTO customers (ticketing_id, email, first_name, last_name, created_at, updated_at)
     SELECT DISTINCT ON (ticketing_id, lower(customer_email))
            ticketing_id, lower(customer_email), customer_first_name, customer_last_name,
            min(created_at) OVER (PARTITION BY ticketing_id, lower(customer_email)), created_at
       FROM orders ORDER BY ticketing_id, lower(customer_email), created_at DESC
     ON CONFLICT (ticketing_id, email) DO NOTHING`,
  );
  await step(
    'orders → customers',
    `UPDATE orders o SET customer_id = c.id FROM customers c WHERE c.ticketing_id = o.ticketing_id AND c.email = lower(o.customer_email)`,
  );
  for (const { indexname, indexdef } of indexes) await step(`index ${indexname}`.slice(0, 44), indexdef);
  await step('VACUUM ANALYZE', `VACUUM ANALYZE`);
  const seconds = (performance.now() - started) / 1000;
  const [{ bytes }] = (await client.query(`SELECT pg_database_size(current_database())::bigint AS bytes`)).rows;
  return { seconds, bytes: Number(bytes) };
}

/** `users` loops share `requests` calls of `work(term)` over the terms; latencies sorted, and how many rows each found. */
async function drive(terms, work) {
  const latencies = [];
  let next = 0;
  let found = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (next < REQUESTS) {
        const term = terms[next++ % terms.length];
        const t0 = performance.now();
        const rows = await work(term);
        if (rows < 0) errors++;
        else {
          latencies.push(performance.now() - t0);
          found += rows;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p99: pct(latencies, 99), perSecond: latencies.length / seconds, rows: found / Math.max(1, latencies.length), errors };
}

async function main() {
  const bench = await startBenchApi('search', { pool: POOL, database: REUSE, keep: KEEP });
  const client = new pg.Client({ connectionString: bench.databaseUrl });
  await client.connect();
  const http = new HttpPool(bench.base, { connections: USERS, pipelining: 1 });
  const sqlPool = new pg.Pool({ connectionString: bench.databaseUrl, max: POOL });
  try {
    const login = await (
      await fetch(`${bench.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@remparts.demo', password: 'remparts-demo' }),
      })
    ).json();
    const ticketingId = login.user.ticketings[0].id;
    const token = login.accessToken;

    if (!REUSE) {
      console.log(`generating ${ORDERS} orders × ${TICKETS} tickets over ${TICKETINGS} ticketings into ${bench.name}`);
      const { seconds, bytes } = await generate(client, ticketingId);
      console.log(`data: ${(seconds / 60).toFixed(1)} min, database ${(bytes / 2 ** 30).toFixed(2)} GiB (pg_database_size)`);
    }
    const counts = (
      await client.query(
        `SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM tickets) AS tickets, (SELECT count(*) FROM customers) AS customers,
                (SELECT count(*) FROM orders WHERE ticketing_id = $1) AS here, (SELECT count(DISTINCT ticketing_id) FROM orders) AS ticketings`,
        [ticketingId],
      )
    ).rows[0];
    console.log(
      `rows: ${counts.orders} orders, ${counts.tickets} tickets, ${counts.customers} customers over ${counts.ticketings} ticketings; ${counts.here} orders in the searched one`,
    );

    // What people type: real numbers, codes and emails of the searched ticketing, and 3–6 characters of a name.
    const sample = (
      await client.query(
        `SELECT o.number, o.customer_email AS email, (SELECT code FROM tickets t WHERE t.ticketing_id = o.ticketing_id AND t.order_id = o.id LIMIT 1) AS code
           FROM orders o WHERE o.ticketing_id = $1 ORDER BY md5(o.id::text) LIMIT 500`,
        [ticketingId],
      )
    ).rows;
    let seed = 42;
    const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const substrings = Array.from({ length: 500 }, () => {
      const name = random(2) ? LAST[random(LAST.length)] : FIRST[random(FIRST.length)];
      const length = Math.min(name.length, 3 + random(4));
      const from = random(name.length - length + 1);
      return name.slice(from, from + length).toLowerCase();
    });
    const kinds = [
      ['order number', sample.map((s) => s.number)],
      ['ticket code', sample.map((s) => s.code)],
      ['email', sample.map((s) => s.email)],
      ['name substring', substrings],
    ];

    const viaHttp = async (q) => {
      const res = await http.request({
        method: 'GET',
        path: `/api/v1/ticketings/${ticketingId}/orders?limit=50&q=${encodeURIComponent(q)}`,
        headers: { authorization: `Bearer ${token}` },
      });
      const body = await res.body.json();
      return res.statusCode === 200 ? body.items.length : -1;
    };
    // The statements listOrders sends (the page, then the count when the page is full), bare.
    const viaSql = async (q) => {
      const search = orderSearchSql({ q });
      const n = search.params.length + 2;
      const page = await sqlPool.query(
        `SELECT o.id, o.number, o.status, o.channel, o.payment_method, o.currency, o.total_amount, o.promo_code, o.discount_amount,
                o.customer_first_name, o.customer_last_name, o.customer_email, o.customer_phone, o.customer_id, o.created_at, o.paid_at,
                (SELECT count(*)::int FROM tickets t WHERE t.ticketing_id = o.ticketing_id AND t.order_id = o.id) AS ticket_count
           FROM ${search.from} WHERE ${search.where} ORDER BY o.created_at DESC, o.id DESC LIMIT $${n}`,
        [ticketingId, ...search.params, 51],
      );
      if (page.rows.length > 50)
        await sqlPool.query(`SELECT count(*)::int AS total FROM ${search.from} WHERE ${search.where}`, [ticketingId, ...search.params]);
      return Math.min(page.rows.length, 50);
    };

    // Warm both paths (JIT, pools, the indexes' pages) before measuring.
    for (const [, terms] of kinds) {
      await Promise.all(terms.slice(0, 100).map((q) => viaHttp(q)));
      await Promise.all(terms.slice(0, 100).map((q) => viaSql(q)));
    }
    // The machine is shared: say how busy it was.
    console.log(
      `\n${USERS} concurrent users, ${REQUESTS} searches per kind, one ticketing, limit 50 (with the total count); load average ${loadavg()[0].toFixed(1)}`,
    );
    for (const [label, terms] of kinds) {
      const h = await drive(terms, viaHttp);
      const s = await drive(terms, viaSql);
      const line = (via, r) =>
        `${label.padEnd(15)} ${via.padEnd(9)} p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   ${r.perSecond.toFixed(0).padStart(5)} searches/s   ${r.rows.toFixed(1).padStart(5)} rows each   errors ${r.errors}`;
      console.log(line('HTTP', h));
      console.log(line('bare SQL', s));
    }
    console.log(`load average after: ${loadavg()[0].toFixed(1)}`);
    if (KEEP && !REUSE) console.log(`\nkept database ${bench.name}: measure again with --database ${bench.name}`);
  } finally {
    await http.close();
    await sqlPool.end();
    await client.end();
    await bench.drop();
  }
}

await main();
