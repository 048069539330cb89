// bench/scan (P3): D simulated scanning devices (default 20) at the door, over HTTP against a real API.
//
//   1. open loop at a fixed rate (default 200 scans/s) on a fixed schedule, latency measured from each
//      scan's scheduled send time (so queueing is not hidden by a slow sender), 5 % duplicates (a ticket
//      already admitted) and 2 % invalid codes (forged signatures, unknown barcodes, garbage); one in five
//      valid tickets is scanned by its 18-digit barcode (ADR 0041) instead of its signed code;
//   2. the same mix at rising rates (+step scans/s) until the p99 passes 50 ms or the rate is not held:
//      the highest rate that holds; then a closed loop (each device scans again as soon as it has its
//      answer) for the maximum throughput;
//   3. the bare-SQL ceiling: the statements the API sends per scan, straight to PostgreSQL with the same
//      pool size, closed loop with the same number of devices and the same mix.
//
// Every valid ticket must be accepted exactly once (answers and database), every duplicate answered
// already_used, every invalid code forged or unknown: exit code 1 otherwise.
//
//   node bench/scan/run.mjs [--quick] [--devices 20] [--rate 200] [--seconds 30] [--step 200]
//                           [--step-seconds 10] [--max-rate 3000] [--closed 20000] [--pool 8] [--warmup 2000]
import { createPrivateKey, randomInt, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { Pool as HttpPool } from 'undici';
import { arg, percentile as pct, startBenchApi } from '../lib.mjs';

const QUICK = process.argv.includes('--quick');
const DEVICES = arg('devices', 20);
const RATE = arg('rate', 200);
const SECONDS = arg('seconds', QUICK ? 5 : 30);
const STEP = arg('step', QUICK ? 400 : 200);
const STEP_SECONDS = arg('step-seconds', QUICK ? 3 : 10);
const MAX_RATE = arg('max-rate', QUICK ? 1400 : 3000);
const CLOSED = arg('closed', QUICK ? 2000 : 20000);
const POOL = arg('pool', 8);
const WARMUP = arg('warmup', QUICK ? 500 : 2000);
const AIM_P99 = 50;
const DUPLICATES = 0.05;
const INVALID = 0.02;
const BY_BARCODE = 0.2;

/** CPU seconds (user + system) of this process's child running the API (`dist/main.js`), from /proc; null elsewhere. */
function apiCpuSeconds() {
  try {
    const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/);
    const api = children.find((c) => readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('dist/main.js'));
    const fields = readFileSync(`/proc/${api}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
const ms = (n) => `${n.toFixed(1).padStart(6)} ms`;
const load = () => loadavg()[0].toFixed(1);
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const b64url = (buf) => buf.toString('base64url');
const uuidBytes = (uuid) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const barcode = () => String(randomInt(0, 1e9)).padStart(9, '0') + String(randomInt(0, 1e9)).padStart(9, '0');

/**
 * Paid orders of 4 tickets each, straight in SQL (like bench/search). Codes are signed with the
 * ticketing's own key, in the format of apps/api/src/platform/signing/ticket-code.ts, so the API
 * verifies them for real; every ticket also has its barcode.
 */
async function seedTickets(client, ticketingId, count) {
  const started = performance.now();
  const [key] = (await client.query(`SELECT id, private_key_pem FROM signing_keys WHERE ticketing_id = $1 AND active`, [ticketingId])).rows;
  const privateKey = createPrivateKey(key.private_key_pem);
  const tickets = [];
  const barcodes = new Set();
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const signed = `G1.${key.id}.${b64url(uuidBytes(id))}`;
    let bc = barcode();
    while (barcodes.has(bc)) bc = barcode();
    barcodes.add(bc);
    tickets.push({ id, code: `${signed}.${b64url(sign(null, Buffer.from(signed), privateKey))}`, barcode: bc });
  }
  const signing = (performance.now() - started) / 1000;
  await client.query(`SET synchronous_commit = off`);
  const orders = Math.ceil(count / 4);
  // Order numbers: 8 characters of Crockford's alphabet from a bijection of i, clear of the seed's.
  await client.query(`CREATE FUNCTION pg_temp.order_number(x bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((x >> (5 * k)) & 31)::int + 1, 1), '' ORDER BY k) FROM generate_series(0, 7) k $$`);
  await client.query(
    `INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount, discount_amount,
                         customer_first_name, customer_last_name, customer_email, access_token_hash, created_at, paid_at)
     SELECT $1, md5('scan-order-' || i)::uuid, pg_temp.order_number(((i + 1000000007) * 2654435761) % 1099511627776), 'paid', 'shop', 'on_site',
            'CHF', 10000, 0, 'Porte', 'Bench', 'porte' || i || '@example.ch', md5('token-' || i), now(), now()
       FROM generate_series(0, $2 - 1) i`,
    [ticketingId, orders],
  );
  for (let from = 0; from < count; from += 20000) {
    const chunk = tickets.slice(from, from + 20000);
    await client.query(
      `INSERT INTO tickets (ticketing_id, id, order_id, position, code, event_id, date_id, zone_id, price_id, event_name, venue,
                            starts_at, zone_name, price_name, amount, list_amount, currency, status, scan_state, barcode)
       SELECT $1, t.id, md5('scan-order-' || ((t.n - 1 + $5) / 4))::uuid, (t.n - 1 + $5) % 4, t.code,
              md5('scan-event')::uuid, md5('scan-date')::uuid, md5('scan-zone')::uuid, md5('scan-price')::uuid, 'Bench à la porte', 'Grande salle',
              timestamptz '2027-01-15 20:00+01', 'Parterre', 'Plein tarif', 2500, 2500, 'CHF', 'valid', 'unscanned', t.barcode
         FROM unnest($2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS t(id, code, barcode, n)`,
      [ticketingId, chunk.map((t) => t.id), chunk.map((t) => t.code), chunk.map((t) => t.barcode), from],
    );
  }
  await client.query(`ANALYZE orders; ANALYZE tickets`);
  return { tickets, signing, seconds: (performance.now() - started) / 1000 };
}

/**
 * What the next scan reads: a new valid ticket (by code, or one in five by barcode), a duplicate of a
 * ticket already admitted, or an invalid code — with the answer it must get.
 */
function scanMix(tickets) {
  let next = 0;
  const admitted = [];
  const sent = new Set();
  const forge = (code) => {
    // The signature of another ticket: well formed, wrong for this one.
    const parts = code.split('.');
    const other = tickets[randomInt(tickets.length)].code.split('.')[3];
    return [...parts.slice(0, 3), other === parts[3] ? tickets[0].code.split('.')[3] : other].join('.');
  };
  return {
    sent,
    admitted,
    pick() {
      const r = Math.random();
      if (r < INVALID) {
        const kind = randomInt(3);
        if (kind === 0) return { kind: 'forged', code: forge(tickets[randomInt(tickets.length)].code), expect: ['forged'] };
        if (kind === 1) return { kind: 'invalid', code: barcode(), expect: ['unknown'] };
        return { kind: 'invalid', code: `GARBAGE-${randomUUID()}`, expect: ['unknown'] };
      }
      if (r < INVALID + DUPLICATES && admitted.length > 0) {
        const t = admitted[randomInt(admitted.length)];
        return { kind: 'duplicate', code: Math.random() < BY_BARCODE ? t.barcode : t.code, expect: ['already_used'] };
      }
      if (next >= tickets.length) throw new Error('out of tickets: raise the seeded count');
      const t = tickets[next++];
      sent.add(t.id);
      return { kind: 'valid', ticket: t, code: Math.random() < BY_BARCODE ? t.barcode : t.code, expect: ['accepted'] };
    },
  };
}

/** Tallies answers: latencies, results by kind, and any answer that is not the expected one. */
function tally() {
  const latencies = [];
  const byResult = {};
  const wrong = [];
  let errors = 0;
  let mismatches = 0;
  return {
    latencies,
    byResult,
    wrong,
    get errors() {
      return errors;
    },
    record(scan, status, result, latency, mix) {
      if (status !== 200) {
        errors++;
        if (wrong.length < 5) wrong.push(`${scan.kind} → HTTP ${status}`);
        return;
      }
      latencies.push(latency);
      byResult[result] = (byResult[result] ?? 0) + 1;
      if (!scan.expect.includes(result)) {
        if (wrong.length < 5) wrong.push(`${scan.kind} ${scan.code.slice(0, 30)}… → ${result}`);
        mismatches++;
      }
      if (scan.kind === 'valid' && result === 'accepted') mix.admitted.push(scan.ticket);
    },
    summary(seconds) {
      latencies.sort((a, b) => a - b);
      return {
        scans: latencies.length + errors,
        perSecond: (latencies.length + errors) / seconds,
        p50: pct(latencies, 50),
        p99: pct(latencies, 99),
        max: latencies[latencies.length - 1],
        byResult,
        errors,
        wrongCount: mismatches + errors,
        wrong,
      };
    },
  };
}

/** One scan over HTTP with device `d`'s token; the answer's status and result. */
async function scanOverHttp(http, devices, d, code) {
  const res = await http.request({
    method: 'POST',
    path: '/api/v1/control/scans',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${devices[d].token}` },
    body: JSON.stringify({ code }),
  });
  const body = await res.body.json();
  return { status: res.statusCode, result: body.result };
}

/**
 * Open loop: scan i is due at start + i / rate, whatever happened to the earlier ones; its latency
 * runs from that due time to the answer, so a backlog (in the client or the server) shows.
 */
async function openLoop(http, devices, mix, rate, seconds) {
  const total = Math.round(rate * seconds);
  const t = tally();
  const inflight = [];
  const start = performance.now() + 20;
  let i = 0;
  let lastSent = start;
  while (i < total) {
    const now = performance.now();
    while (i < total && start + (i * 1000) / rate <= now) {
      const due = start + (i * 1000) / rate;
      const scan = mix.pick();
      const d = i % devices.length;
      inflight.push(
        scanOverHttp(http, devices, d, scan.code).then(
          ({ status, result }) => t.record(scan, status, result, performance.now() - due, mix),
          () => t.record(scan, 0, null, 0, mix),
        ),
      );
      i++;
      lastSent = now;
    }
    await sleep(1);
  }
  await Promise.all(inflight);
  // The rate the sender kept: all scans were sent by lastSent (a loaded sender falls behind its schedule).
  const sentRate = total / Math.max((lastSent - start) / 1000, seconds - 1 / rate);
  const s = t.summary((performance.now() - start) / 1000);
  return { ...s, target: rate, sentRate };
}

/** Closed loop: `workers` devices each scan again as soon as they have their answer, `count` scans in all. */
async function closedLoop(workers, count, mix, work) {
  const t = tally();
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, d) => {
      while (next < count) {
        next++;
        const scan = mix.pick();
        const t0 = performance.now();
        try {
          const { status, result } = await work(d, scan);
          t.record(scan, status, result, performance.now() - t0, mix);
        } catch (error) {
          if (t.wrong.length < 5) t.wrong.push(String(error).slice(0, 200));
          t.record(scan, 0, null, 0, mix);
        }
      }
    }),
  );
  return t.summary((performance.now() - start) / 1000);
}

// The statements the API sends for one scan in normal mode (read from log_statement = all on a bench
// database): the device with its profile and, once a minute, its last activity (outside the
// transaction), a barcode's look-up, then one transaction: the conditional UPDATE with the ticket and
// its order's status read in the same statement, the scan's row, the first admitting device's name
// for an already_used answer. The ticketing's public key is cached by the API after its
// first use, as it is here.
const DEVICE_SQL = `SELECT d.id, d.ticketing_id AS "ticketingId", d.name, d.profile_id AS "profileId", d.gate, d.revoked_at AS "revokedAt",
	              d.last_seen_at AS "lastSeenAt", d.created_at AS "createdAt",
	              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'ticketingId', p.ticketing_id, 'name', p.name, 'dateIds', p.date_ids,
	                'zoneIds', p.zone_ids, 'mode', p.mode, 'createdAt', p.created_at) END AS profile
	         FROM control_devices d LEFT JOIN control_profiles p ON p.ticketing_id = $1 AND p.id = d.profile_id
	        WHERE d.ticketing_id = $1 AND d.id = $2`;
const SEEN_SQL = `UPDATE control_devices SET last_seen_at = $3 WHERE ticketing_id = $1 AND id = $2`;
const BARCODE_SQL = `SELECT id FROM tickets WHERE ticketing_id = $1 AND barcode = $2`;
const ADMIT_SQL = `WITH moved AS (
	         UPDATE tickets SET scan_state = $4, first_scanned_at = COALESCE(first_scanned_at, $3)
	          WHERE ticketing_id = $1 AND id = $2 AND status = 'valid' AND scan_state = ANY($5::text[])
	            AND ($6::uuid[] IS NULL OR date_id = ANY($6::uuid[])) AND ($7::uuid[] IS NULL OR zone_id = ANY($7::uuid[]))
	            -- A reservation (pay on site, a card payment not through yet) enters once it is paid.
	            AND EXISTS (SELECT 1 FROM orders o WHERE o.ticketing_id = $1 AND o.id = tickets.order_id AND o.status = 'paid')
	          RETURNING scan_state, first_scanned_at)
	       SELECT t.id, t.status, t.date_id AS "dateId", t.zone_id AS "zoneId", t.scan_state AS "scanState",
	              t.first_scanned_at AS "firstScannedAt", t.event_name AS "eventName", t.starts_at AS "startsAt",
	              t.zone_name AS "zoneName", t.price_name AS "priceName", o.status = 'paid' AS "orderPaid",
	              m.scan_state IS NOT NULL AS moved, m.scan_state AS "movedState", m.first_scanned_at AS "movedFirst"
	         FROM tickets t JOIN orders o ON o.ticketing_id = t.ticketing_id AND o.id = t.order_id
	         LEFT JOIN moved m ON true
	        WHERE t.ticketing_id = $1 AND t.id = $2`;
const SCAN_SQL = `INSERT INTO scans (ticketing_id, device_id, ticket_id, date_id, code, result, direction, at, override_of, override_reason)
	       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`;
const FIRST_BY_SQL = `SELECT d.name FROM scans s JOIN control_devices d ON d.ticketing_id = $1 AND d.id = s.device_id
	        WHERE s.ticketing_id = $1 AND s.ticket_id = $2 AND s.result = 'accepted' AND s.direction = 'in' ORDER BY s.id LIMIT 1`;

/** One scan as bare SQL: the API's statements for it, with the API's decisions (no HTTP, no signature check). */
async function scanOverSql(pool, ticketingId, devices, byBarcode, d, scan) {
  const deviceId = devices[d].id;
  const at = new Date();
  await pool.query(DEVICE_SQL, [ticketingId, deviceId]);
  if (!(devices[d].seenAt > at.getTime() - 60_000)) {
    devices[d].seenAt = at.getTime();
    await pool.query(SEEN_SQL, [ticketingId, deviceId, at]);
  }
  let ticketId = null;
  if (/^\d{18}$/.test(scan.code)) ticketId = (await pool.query(BARCODE_SQL, [ticketingId, scan.code])).rows[0]?.id ?? null;
  else if (scan.kind !== 'forged' && scan.code.startsWith('G1.')) ticketId = byBarcode.idOfCode(scan.code);
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    let result = scan.kind === 'forged' ? 'forged' : 'unknown';
    let ticket = null;
    if (ticketId) {
      ticket = (await client.query(ADMIT_SQL, [ticketingId, ticketId, at, 'in', ['unscanned', 'out'], null, null])).rows[0];
      result = ticket.moved ? 'accepted' : 'already_used';
    }
    await client.query(SCAN_SQL, [ticketingId, deviceId, ticket?.id ?? null, ticket?.dateId ?? null, scan.code.slice(0, 512), result, 'in', at, null, null]);
    if (result === 'already_used') await client.query(FIRST_BY_SQL, [ticketingId, ticket.id]);
    await client.query('COMMIT');
    return { status: 200, result };
  } finally {
    client.release();
  }
}

const line = (label, r) =>
  `${label.padEnd(30)} ${r.perSecond.toFixed(0).padStart(5)} scans/s   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   max ${ms(r.max)}   ${String(r.scans).padStart(6)} scans   errors ${r.errors}   wrong ${r.wrongCount}`;
const results = (r) =>
  `  answers: ${Object.entries(r.byResult)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`;

async function main() {
  // Tickets: a new one per valid scan of the warm-up, the fixed rate, every step up to the cap and the
  // HTTP closed loop (with headroom); the bare-SQL phase has its own, one per scan at most.
  let stepped = 0;
  for (let r = RATE + STEP; r <= MAX_RATE; r += STEP) stepped += r * STEP_SECONDS;
  const sqlWarmup = Math.min(500, Math.floor(CLOSED / 10));
  const forSql = CLOSED + sqlWarmup;
  const needed = Math.ceil((WARMUP + RATE * SECONDS + stepped + CLOSED) * (1 - DUPLICATES - INVALID) * 1.05) + 1000 + forSql;

  console.log(
    `bench/scan: ${DEVICES} devices, ${(DUPLICATES * 100).toFixed(0)} % duplicates, ${(INVALID * 100).toFixed(0)} % invalid, ${BY_BARCODE * 100} % of valid scans by barcode; DB pool ${POOL}; ${cpus().length} cores; load average ${load()}`,
  );
  const bench = await startBenchApi('scan', { pool: POOL });
  const client = new pg.Client({ connectionString: bench.databaseUrl });
  await client.connect();
  const http = new HttpPool(bench.base, { connections: 64, pipelining: 1 });
  let failed = false;
  try {
    const login = await (
      await fetch(`${bench.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@remparts.demo', password: 'remparts-demo' }),
      })
    ).json();
    const ticketingId = login.user.ticketings[0].id;
    const devices = [];
    for (let d = 0; d < DEVICES; d++) {
      const res = await fetch(`${bench.base}/api/v1/ticketings/${ticketingId}/control-devices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
        body: JSON.stringify({ name: `Porte ${d + 1}` }),
      });
      if (res.status !== 201) throw new Error(`registerControlDevice: ${res.status} ${await res.text()}`);
      devices.push(await res.json());
    }
    const seeded = await seedTickets(client, ticketingId, needed);
    console.log(`seeded ${needed} tickets (paid orders of 4) in ${seeded.seconds.toFixed(1)} s (signing ${seeded.signing.toFixed(1)} s)`);
    const httpTickets = seeded.tickets.slice(0, needed - forSql);
    const sqlTickets = seeded.tickets.slice(httpTickets.length);
    const mix = scanMix(httpTickets);

    // Warm-up (JIT, pools, the key cache), not measured: a closed loop, so no backlog is left behind.
    await closedLoop(DEVICES, WARMUP, mix, (d, scan) => scanOverHttp(http, devices, d, scan.code));

    console.log(`\n(1) open loop, ${RATE} scans/s for ${SECONDS} s, latency from the scheduled send time; load average ${load()}`);
    const base = await openLoop(http, devices, mix, RATE, SECONDS);
    console.log(line(`HTTP ${RATE}/s (sent ${base.sentRate.toFixed(0)}/s)`, base));
    console.log(results(base));
    for (const w of base.wrong) console.log(`  wrong: ${w}`);

    console.log(`\n(2) rising rate, +${STEP} scans/s every ${STEP_SECONDS} s until p99 > ${AIM_P99} ms or the rate is not held`);
    let held = base.p99 <= AIM_P99 && base.errors === 0 ? base : null;
    const steps = [base];
    for (let rate = RATE + STEP; rate <= MAX_RATE; rate += STEP) {
      await sleep(1000);
      const r = await openLoop(http, devices, mix, rate, STEP_SECONDS);
      steps.push(r);
      console.log(line(`HTTP ${rate}/s (sent ${r.sentRate.toFixed(0)}/s)`, r));
      const holds = r.p99 <= AIM_P99 && r.errors === 0 && r.perSecond >= rate * 0.95;
      if (!holds) break;
      held = r;
    }
    console.log(`highest rate held (p99 ≤ ${AIM_P99} ms): ${held ? `${held.target} scans/s (p99 ${held.p99.toFixed(1)} ms)` : 'none'}`);

    await sleep(1000);
    const cpuBefore = apiCpuSeconds();
    const closed = await closedLoop(DEVICES, CLOSED, mix, (d, scan) => scanOverHttp(http, devices, d, scan.code));
    const cpuAfter = apiCpuSeconds();
    console.log(line(`HTTP closed loop (${DEVICES} devices)`, closed));
    console.log(results(closed));
    if (cpuBefore !== null && cpuAfter !== null)
      console.log(`  the API process's CPU: ${(((cpuAfter - cpuBefore) * 1000) / closed.scans).toFixed(2)} ms per scan (user + system, /proc)`);

    // Correctness over every HTTP phase: answers and rows.
    const all = [...steps, closed];
    const wrong = all.reduce((n, r) => n + r.wrongCount, 0);
    const acceptedAnswers = all.reduce((n, r) => n + (r.byResult.accepted ?? 0), 0);
    // The warm-up's tickets count too: they are in `mix.sent`.
    const [db] = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM scans WHERE result = 'accepted') AS "acceptedRows",
                (SELECT count(DISTINCT ticket_id)::int FROM scans WHERE result = 'accepted') AS "acceptedTickets",
                (SELECT count(*)::int FROM tickets WHERE scan_state = 'in' AND id = ANY($1::uuid[])) AS "inside",
                (SELECT count(*)::int FROM tickets WHERE scan_state = 'in') AS "insideAll"`,
        [[...mix.sent]],
      )
    ).rows;
    const sent = mix.sent.size;
    const exact = db.acceptedRows === sent && db.acceptedTickets === sent && db.inside === sent && db.insideAll === sent;
    console.log(
      `\nexactly once: ${exact && wrong === 0 ? 'yes' : 'NO — BUG'} (${sent} valid tickets scanned, ${db.acceptedRows} accepted scan rows for ${db.acceptedTickets} tickets, ${db.inside} inside; measured phases answered accepted ${acceptedAnswers}; wrong or failed answers ${wrong})`,
    );
    if (!exact || wrong > 0) failed = true;

    await http.close();
    // The bare-SQL phase must not share the cores with an idle API.
    await bench.stopApi();
    const pool = new pg.Pool({ connectionString: bench.databaseUrl, max: POOL });
    const ids = new Map(sqlTickets.map((t) => [t.code, t.id]));
    const sqlMix = scanMix(sqlTickets);
    await closedLoop(DEVICES, sqlWarmup, sqlMix, (d, scan) => scanOverSql(pool, ticketingId, devices, { idOfCode: (c) => ids.get(c) ?? null }, d, scan));
    const bare = await closedLoop(DEVICES, CLOSED, sqlMix, (d, scan) =>
      scanOverSql(pool, ticketingId, devices, { idOfCode: (c) => ids.get(c) ?? null }, d, scan),
    );
    await pool.end();
    console.log(`\n(3) bare-SQL ceiling: the API's statements per scan, closed loop, ${DEVICES} workers on a pool of ${POOL}`);
    console.log(line(`bare SQL (${DEVICES} workers)`, bare));
    console.log(results(bare));
    console.log(
      `ratio HTTP closed loop / bare SQL: ${(closed.perSecond / bare.perSecond).toFixed(2)}   highest open-loop rate held / bare SQL: ${held ? (held.target / bare.perSecond).toFixed(2) : '–'}`,
    );
    const best = Math.max(closed.perSecond, held?.target ?? 0);
    console.log(
      `aims: p99 ≤ ${AIM_P99} ms at ${RATE}/s — ${base.p99 <= AIM_P99 ? 'met' : 'NOT met'} (${base.p99.toFixed(1)} ms); ≥ 1,500 scans/s — ${best >= 1500 ? 'met' : 'NOT met'} (${best.toFixed(0)}/s)`,
    );
    console.log(`load average after: ${load()}`);
    if (bare.wrongCount > 0) failed = true;
  } finally {
    await http.close().catch(() => undefined);
    await client.end();
    await bench.drop();
  }
  if (failed) process.exitCode = 1;
}

await main();
