// bench/checkout (P1): N concurrent buyers over HTTP on one zone of capacity C, each buying one
// ticket (hold a cart, then check out) until the zone is sold out. Card mode: the same, paid by card
// through the built-in test provider — the payment opened by the checkout, the card form and the 3-D Secure code
// posted to the provider, its signed callback settling the order — until every order is paid. In the
// same run, the bare-SQL ceiling: the two transactions of a sale straight to PostgreSQL, same pool.
//
//   node bench/checkout/run.mjs [--buyers 64] [--capacity 10000] [--pool 8] [--api-processes <cores>]
//
// Starts its own API process on a fresh database; prints orders/s, latency percentiles,
// sold vs capacity (oversell check) and the HTTP / bare-SQL ratio.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import pg from 'pg';
import { Pool as HttpPool } from 'undici';
import { arg, percentile as pct, startBenchApi } from '../lib.mjs';

const BUYERS = arg('buyers', 64);
const CAPACITY = arg('capacity', 10000);
const POOL = arg('pool', 8);
// The API as it is deployed (ADR 0055): one process per core, the pool shared among them, so the API
// holds as many connections as the bare ceiling's pool.
const API_PROCESSES = arg('api-processes', cpus().length);
const ms = (n) => `${n.toFixed(1)} ms`;

/**
 * Every phase starts from the same state of the database: the previous phase's rows vacuumed and
 * analyzed, its dirty pages written — else autovacuum or a checkpoint falls at random in the next
 * phase (most often the bare ones, which follow 20,000 orders) and moves its figure by a third.
 */
async function steady(databaseUrl) {
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  await sql.query('VACUUM ANALYZE');
  await sql.query('CHECKPOINT');
  await sql.end();
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

async function httpPhase(bench) {
  const base = bench.base;
  const http = new HttpPool(base, { connections: BUYERS, pipelining: 1 });
  const json = async (method, path, body, token) => {
    const res = await http.request({
      method,
      path,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
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
        status: 'published',
        name: 'Bench night',
        dates: [{ startsAt: '2027-06-01T20:00:00+02:00' }],
        zones: [{ name: 'Fosse', capacity: CAPACITY }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] }],
      },
      login.body.accessToken,
    );
    if (ev.status !== 201) throw new Error(`createEvent: ${ev.status} ${JSON.stringify(ev.body).slice(0, 300)}`);
    const item = { dateId: ev.body.dates[0].id, zoneId: ev.body.zones[0].id, priceId: ev.body.prices[0].id, quantity: 1 };
    // Every order a buyer of its own, as in a real on-sale (one email for all would queue every checkout on one customer row).
    let buyerNumber = 0;
    const customer = () => ({ firstName: 'Bench', lastName: 'Buyer', email: `bench-${++buyerNumber}@example.ch` });
    // Warm up the JIT and the pools on a separate event-less path.
    for (let i = 0; i < 50; i++) await json('GET', '/api/v1/shop/remparts');

    const sold = async (dateId) => {
      const sql = new pg.Client({ connectionString: bench.databaseUrl });
      await sql.connect();
      const { rows } = await sql.query(
        `SELECT a.capacity, a.sold, a.held, (SELECT count(*)::int FROM tickets t WHERE t.date_id = a.date_id) AS tickets,
                (SELECT count(DISTINCT o.id)::int FROM orders o JOIN tickets t ON t.order_id = o.id WHERE t.date_id = a.date_id AND o.status = 'paid') AS paid,
                (SELECT count(*)::int FROM payments p JOIN orders o ON o.id = p.order_id JOIN tickets t ON t.order_id = o.id WHERE t.date_id = a.date_id AND p.method = 'card') AS "cardPayments"
           FROM availabilities a WHERE a.date_id = $1`,
        [dateId],
      );
      await sql.end();
      return rows[0];
    };

    await steady(bench.databaseUrl);
    const onSite = await drive(BUYERS, async () => {
      const cart = await json('POST', '/api/v1/shop/remparts/carts', { items: [item] });
      if (cart.status === 409) return 'sold_out';
      if (cart.status !== 201) return 'error';
      const order = await json('POST', `/api/v1/shop/remparts/carts/${cart.body.id}/checkout`, { customer: customer(), paymentMethod: 'on_site' });
      return order.status === 201 ? 'sold' : 'error';
    });
    const onSiteSold = await sold(item.dateId);

    // Card: a second event of the same size, each order paid through the provider before it counts.
    const cardEvent = await json(
      'POST',
      `/api/v1/ticketings/${ticketingId}/events`,
      {
        status: 'published',
        name: 'Bench night (card)',
        dates: [{ startsAt: '2027-06-02T20:00:00+02:00' }],
        zones: [{ name: 'Fosse', capacity: CAPACITY }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] }],
      },
      login.body.accessToken,
    );
    const cardItem = { dateId: cardEvent.body.dates[0].id, zoneId: cardEvent.body.zones[0].id, priceId: cardEvent.body.prices[0].id, quantity: 1 };
    const provider = new HttpPool(bench.providerUrl, { connections: BUYERS, pipelining: 1 });
    const form = async (path, fields) => {
      const res = await provider.request({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      await res.body.text();
      return res.statusCode;
    };
    await steady(bench.databaseUrl);
    const card = await drive(BUYERS, async () => {
      const cart = await json('POST', '/api/v1/shop/remparts/carts', { items: [cardItem] });
      if (cart.status === 409) return 'sold_out';
      if (cart.status !== 201) return 'error';
      const order = await json('POST', `/api/v1/shop/remparts/carts/${cart.body.id}/checkout`, { customer: customer(), paymentMethod: 'card' });
      if (order.status !== 201) return 'error';
      // The checkout opened the first attempt (the shop does the same); without it, the shop opens one.
      if (!order.body.payment) return 'error';
      const page = new URL(order.body.payment.redirectUrl).pathname;
      if ((await form(page, { number: '4000000000001000', expiry: '12/30', cvc: '123' })) !== 200) return 'error';
      // The provider posts its signed outcome to the API before it sends the browser back (303).
      return (await form(`${page}/3ds`, { code: '1234' })) === 303 ? 'sold' : 'error';
    });
    await provider.close();
    return { onSite: { ...onSite, ...onSiteSold }, card: { ...card, ...(await sold(cardItem.dateId)) } };
  } finally {
    await http.close();
    // The bare-SQL phase must not share the cores with an idle API.
    await bench.stopApi();
  }
}

/**
 * The same statements as createCart + checkoutCart (with `card`: its first payment attempt and the
 * provider's callback), straight to PostgreSQL with the same pool:
 * one batch (cart + hold, not flushed to disk: a hold is ephemeral), read the cart, one batch (close cart, the buyer's
 * customer record, order with tickets and history, commission charges, outbox, sell). Batches are multi-statement simple queries, as in the API; the API resolves sale
 * lines from a one-second cache, so neither side reads them per order.
 */
async function sqlPhase(bench, { card = false } = {}) {
  const pool = new pg.Pool({ connectionString: bench.databaseUrl, max: POOL });
  // Dropping the database at the end ends idle connections: expected, not a failure.
  pool.on('error', () => undefined);
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
  let buyerNumber = 0;
  const zoneId = ev.zone_id;

  await steady(bench.databaseUrl);
  const result = await drive(BUYERS, async () => {
    const cartId = randomUUID();
    const lines = JSON.stringify([{ dateId, zoneId, priceId: ev.price_id, eventId: ev.event_id, quantity: 1, unitAmount: 3000 }]);
    try {
      await pool.query(
        `SET LOCAL synchronous_commit = off;
         INSERT INTO carts (ticketing_id, id, status, currency, lines, total_amount, expires_at, created_at)
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
    const email = `bare-${++buyerNumber}@example.ch`;
    const ticketId = randomUUID();
    await pool.query(
      `WITH closed AS (UPDATE carts SET status = 'checked_out', order_id = ${L(orderId)}
                        WHERE ticketing_id = ${L(tid)} AND id = ${L(cartId)} AND status = 'open' AND expires_at > now() RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'CART_NOT_OPEN') FROM closed;
       WITH c AS (
         INSERT INTO customers (ticketing_id, email, first_name, last_name, phone, created_at, updated_at, registration)
         VALUES (${L(tid)}, ${L(email)}, 'Bench', 'Buyer', NULL, now(), now(), NULL)
         ON CONFLICT (ticketing_id, email) DO UPDATE SET registration = COALESCE(EXCLUDED.registration, customers.registration) RETURNING id),
       o AS (
         INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount,
                             customer_first_name, customer_last_name, customer_email, access_token_hash, created_at, payment_due_at, customer_id)
         VALUES (${L(tid)}, ${L(orderId)}, ${L(randomBytes(6).toString('base64url'))}, 'reserved', 'shop', ${L(card ? 'card' : 'on_site')}, 'CHF', 3000, 'Bench', 'Buyer', ${L(email)}, 'x', now(), ${card ? "now() + interval '20 minutes'" : 'NULL'}, (SELECT id FROM c))
         ON CONFLICT (ticketing_id, number) DO NOTHING RETURNING id),
       t AS (
         INSERT INTO tickets (ticketing_id, id, order_id, code, event_id, date_id, zone_id, price_id, event_name, venue,
                              starts_at, zone_name, price_name, amount, currency, list_amount, barcode)
         SELECT ${L(tid)}, x.id, o.id, x.code, x.event_id, x.date_id, x.zone_id, x.price_id, x.event_name, x.venue, x.starts_at, x.zone_name, x.price_name, x.amount, 'CHF', x.amount, x.barcode
           FROM o, unnest(${L(`{${ticketId}}`)}::uuid[], ${L(`{${randomBytes(64).toString('base64url')}}`)}::text[], ${L(`{${ev.event_id}}`)}::uuid[],
                          ${L(`{${dateId}}`)}::uuid[], ${L(`{${zoneId}}`)}::uuid[], ${L(`{${ev.price_id}}`)}::uuid[], '{"Bench night"}'::text[], '{NULL}'::text[],
                          ${L(`{"${new Date().toISOString()}"}`)}::timestamptz[], '{Fosse}'::text[], '{"Plein tarif"}'::text[], '{3000}'::int[],
                          ${L(`{${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e9)).padStart(9, '0')}}`)}::text[])
                 AS x(id, code, event_id, date_id, zone_id, price_id, event_name, venue, starts_at, zone_name, price_name, amount, barcode)),
       h AS (
         INSERT INTO order_history (ticketing_id, order_id, action, actor_kind, actor_id, actor_label, data, at)
         SELECT ${L(tid)}, o.id, 'orders.order.placed', 'customer', NULL, 'Bench Buyer', '{}', now() FROM o)
       SELECT guichet_require(count(*) = 1, 'ORDER_NUMBER_TAKEN') FROM o;
       INSERT INTO commission_charges (ticketing_id, id, order_id, ticket_id, event_id, amount, currency, at)
       SELECT ${L(tid)}, x.id, ${L(orderId)}, x.ticket_id, x.event_id,
              CASE WHEN x.price = 0 AND NOT t.free_tickets THEN 0 ELSE t.fixed_amount + (x.price::bigint * t.rate_bp + 5000) / 10000 END, 'CHF', now()
         FROM commission_terms t, unnest(${L(`{${randomUUID()}}`)}::uuid[], ${L(`{${ticketId}}`)}::uuid[], ${L(`{${ev.event_id}}`)}::uuid[], '{3000}'::int[]) AS x(id, ticket_id, event_id, price)
        WHERE t.ticketing_id = ${L(tid)} AND (t.fixed_amount > 0 OR t.rate_bp > 0);
       ${
         card
           ? ''
           : `INSERT INTO outbox (ticketing_id, queue, name, job_id, payload, delay_ms)
                VALUES (${L(tid)}, 'mail', 'order-confirmation', ${L(`order-confirmation.${orderId}`)}, '{}', 0) ON CONFLICT (job_id) DO NOTHING;`
       }
       UPDATE availabilities SET held = held - 1, sold = sold + 1 WHERE ticketing_id = ${L(tid)} AND date_id = ${L(dateId)} AND zone_id = ${L(zoneId)}`,
    );
    if (!card) return 'sold';
    // The checkout opens the first attempt once its write is done: the started attempt (the provider's session is opened between).
    const transactionId = randomUUID();
    const session = `ts_${randomBytes(12).toString('hex')}`;
    await pool.query(
      `INSERT INTO payment_transactions (ticketing_id, id, order_id, provider, provider_session, method, amount, currency, status, created_at)
       VALUES ($1, $2, $3, 'test', $4, 'card', 3000, 'CHF', 'started', now())`,
      [tid, transactionId, orderId, session],
    );
    // The callback: the attempt its session names, then one write settling it.
    await pool.query(`SELECT * FROM payment_transactions WHERE provider = 'test' AND provider_session = $1`, [session]);
    await pool.query(
      `WITH f AS (UPDATE payment_transactions SET status = 'succeeded', note = 'Authorised', brand = 'visa', last4 = '1000', finished_at = now()
                   WHERE ticketing_id = ${L(tid)} AND id = ${L(transactionId)} AND status = 'started' RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'TRANSACTION_FINISHED') FROM f;
       WITH paid AS (UPDATE orders SET status = 'paid', paid_at = now(), payment_due_at = NULL
                      WHERE ticketing_id = ${L(tid)} AND id = ${L(orderId)} AND status = 'reserved' RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'ORDER_NOT_RESERVED') FROM paid;
       INSERT INTO outbox (ticketing_id, queue, name, job_id, payload, delay_ms)
         VALUES (${L(tid)}, 'mail', 'order-confirmation', ${L(`order-confirmation.${orderId}`)}, '{}', 0) ON CONFLICT (job_id) DO NOTHING;
       INSERT INTO order_history (ticketing_id, order_id, action, actor_kind, actor_id, actor_label, data, at)
         VALUES (${L(tid)}, ${L(orderId)}, 'orders.order.paid', 'system', NULL, 'Paiement en ligne (test)', '{}', now());
       INSERT INTO payments (ticketing_id, id, order_id, method, amount, currency, status, provider_reference, note, actor_kind, actor_id, actor_label, at)
         VALUES (${L(tid)}, ${L(randomUUID())}, ${L(orderId)}, 'card', 3000, 'CHF', 'succeeded', ${L(session)}, 'Authorised', 'system', NULL, 'Paiement en ligne (test)', now());
       UPDATE gift_vouchers SET status = 'active' WHERE ticketing_id = ${L(tid)} AND order_id = ${L(orderId)} AND status = 'awaiting_payment'`,
    );
    return 'sold';
  });
  const { rows } = await pool.query(`SELECT capacity, sold, held FROM availabilities WHERE date_id = $1`, [dateId]);
  await pool.end();
  return { ...result, ...rows[0] };
}

const bench = await startBenchApi('checkout', { pool: POOL, apiProcesses: API_PROCESSES });
try {
  console.log(
    `bench/checkout: ${BUYERS} concurrent buyers, one zone of capacity ${CAPACITY}, DB pool ${POOL} (${API_PROCESSES} API process${API_PROCESSES > 1 ? 'es' : ''}), ${cpus().length} cores`,
  );
  const { onSite: http, card } = await httpPhase(bench);
  const bare = await sqlPhase(bench);
  const bareCard = await sqlPhase(bench, { card: true });
  const line = (label, r) =>
    console.log(
      `${label.padEnd(10)} ${r.perSecond.toFixed(0).padStart(6)} orders/s   p50 ${ms(r.p50).padStart(9)}   p99 ${ms(r.p99).padStart(9)}   sold ${r.sold}/${r.capacity}   held ${r.held}   errors ${r.errors}${r.tickets !== undefined ? `   tickets ${r.tickets}` : ''}${r.cardPayments !== undefined && r === card ? `   paid ${r.paid} (card payments ${r.cardPayments})` : ''}`,
    );
  line('HTTP', http);
  line('HTTP card', card);
  line('bare SQL', bare);
  line('bare card', bareCard);
  console.log(
    `ratio HTTP / bare SQL: ${(http.perSecond / bare.perSecond).toFixed(2)}   card / bare card SQL: ${(card.perSecond / bareCard.perSecond).toFixed(2)}   (card / bare SQL: ${(card.perSecond / bare.perSecond).toFixed(2)})`,
  );
  const oversold = [http, card].some((r) => r.sold > r.capacity || r.tickets !== r.sold) || bare.sold > bare.capacity || bareCard.sold > bareCard.capacity;
  const unpaid = card.paid !== card.orders || card.cardPayments !== card.orders;
  console.log(`oversell: ${oversold ? 'YES — BUG' : 'none'} (HTTP sold ${http.sold} of ${http.capacity}, card ${card.sold} of ${card.capacity})`);
  console.log(`card orders paid exactly once: ${unpaid ? 'NO — BUG' : 'yes'} (${card.orders} orders, ${card.paid} paid, ${card.cardPayments} card payments)`);
  if (oversold || unpaid) process.exitCode = 1;
} finally {
  await bench.drop();
}
