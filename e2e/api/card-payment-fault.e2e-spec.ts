import { Client } from 'pg';
import { Stack, STACK_START_MS, startStack } from '../support/stack';

/** The secret `npm start` and the e2e stack share with the test provider (the API's default). */
const PROVIDER_SECRET = 'development-only-provider-secret-0123456789';
const CHALLENGE_CARD = '4000000000001000';

/**
 * The fault test of PAY-1: the API process is killed (SIGKILL) between the provider's success and
 * the order's confirmation — while it is inside the write that would settle the order, held there
 * by a row lock this test takes. The provider's notification is lost with it, and so is the answer
 * to the customer's check. Then the API comes back: the customer's retried check (same
 * Idempotency-Key) and the provider's late notification give exactly one paid order, one payment,
 * one confirmation, and the places are not sold twice.
 */
describe('a card payment survives the API being killed before the order is confirmed', () => {
  let stack: Stack;
  let sql: Client;

  beforeAll(async () => {
    stack = await startStack({
      spas: false,
      env: {
        // A request that died holds its key this long (60 s by default): the retry comes sooner.
        IDEMPOTENCY_IN_FLIGHT_SECONDS: '2',
        // The provider tries its notification again after 0.5 s, 1 s, 2 s… (a real acquirer waits longer).
        TEST_PROVIDER_RETRY_MS: '500,1000,2000,4000,8000,16000,32000,64000',
      },
    });
    sql = new Client({ connectionString: stack.databaseUrl });
    await sql.connect();
  }, STACK_START_MS);
  afterAll(async () => {
    await sql?.end();
    await stack?.stop();
  });

  /** Whoever holds the order's row lock in a test that failed half-way lets go, so the stack can stop. */
  let blocker: Client | null = null;
  afterEach(async () => {
    await blocker?.end().catch(() => undefined);
  });

  /** Waits until `probe` holds (a condition, not a duration: the cap only turns a hang into a failure). */
  async function until<T>(what: string, probe: () => Promise<T | null | false>, capMs = 240_000): Promise<T> {
    const end = Date.now() + capMs;
    for (;;) {
      const got = await probe();
      if (got) return got;
      if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const providerSession = async (id: string) =>
    (await (await fetch(`${stack.providerUrl}/sessions/${id}`, { headers: { authorization: `Bearer ${PROVIDER_SECRET}` } })).json()) as {
      status: string;
      notification: { attempts: number; delivered: boolean };
    };

  /**
   * A SIGKILLed process's connections close, but a PostgreSQL backend waiting on a lock does not look
   * at its socket: the write, sent whole in one round trip (ADR 0005), goes on and commits once the
   * lock is free — the answer alone is lost. `rolledBack` terminates those backends too: the write is
   * lost with the process, as when it had not been sent in full.
   */
  it.each([
    { what: 'the write in flight is lost with the process', rolledBack: true },
    { what: 'the write in flight completes without the process (only the answers are lost)', rolledBack: false },
  ])('gives one paid order from the retried check and the late notification when $what', async ({ rolledBack }) => {
    const anonymous = stack.client();
    const login = await anonymous.POST('/api/v1/auth/login', { body: { email: 'admin@remparts.demo', password: 'remparts-demo' } });
    const admin = stack.client(login.data!.accessToken);
    const ticketingId = login.data!.user.ticketings[0].id;
    const created = await admin.POST('/api/v1/ticketings/{ticketingId}/events', {
      params: { path: { ticketingId } },
      body: {
        status: 'published',
        name: `Dernière de la saison (${rolledBack ? 'rolled back' : 'completed'})`,
        dates: [{ startsAt: '2027-03-03T19:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 2 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 2500, currency: 'CHF' }] }],
      },
    });
    const event = created.data!;
    const line = { dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id };

    // The last two places, ordered by card.
    const cart = await anonymous.POST('/api/v1/shop/{slug}/carts', { params: { path: { slug: 'remparts' } }, body: { items: [{ ...line, quantity: 2 }] } });
    const placed = await anonymous.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: 'remparts', cartId: cart.data!.id } },
      body: { customer: { firstName: 'Louise', lastName: 'Michel', email: 'louise.michel@example.ch' }, paymentMethod: 'card' },
    });
    expect(placed.response.status).toBe(201);
    const { orderId, accessToken: token } = placed.data!;
    // The checkout opened the attempt: the customer goes straight to the provider's page.
    const { redirectUrl, transactionId } = placed.data!.payment!;
    const sessionId = new URL(redirectUrl).pathname.split('/').pop()!;

    // Hold the order's row: whatever settles it waits inside its write.
    blocker = new Client({ connectionString: stack.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM orders WHERE id = $1 FOR UPDATE', [orderId]);

    // The customer pays: card form, then the 3-D Secure code. The provider's success is final at once;
    // its notification to the API blocks on the row.
    const form = await fetch(redirectUrl, { method: 'POST', body: new URLSearchParams({ number: CHALLENGE_CARD, expiry: '12/30', cvc: '123' }) });
    expect(await form.text()).toContain('3-D Secure');
    const challenge = fetch(`${redirectUrl}/3ds`, { method: 'POST', body: new URLSearchParams({ code: '1234' }), redirect: 'manual' });
    await until('the provider’s success', async () => (await providerSession(sessionId)).status === 'succeeded');
    // The customer's page asks the API to check the attempt, with its Idempotency-Key: it blocks too.
    const key = `check-${transactionId}`;
    const check = () =>
      anonymous.POST('/api/v1/shop/{slug}/orders/{orderId}/card-payments/{transactionId}/check', {
        params: { path: { slug: 'remparts', orderId, transactionId }, query: { token }, header: { 'Idempotency-Key': key } },
      });
    const firstCheck = check().then(
      () => 'answered',
      () => 'lost',
    );
    await until('the notification and the check waiting inside their writes', async () => {
      const waiting = await sql.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
        [(blocker as unknown as { processID: number }).processID],
      );
      return waiting.rows[0].n >= 2;
    });

    // Killed mid-write: both answers are lost.
    await stack.killApi();
    expect(await firstCheck).toBe('lost');
    if (rolledBack)
      await sql.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`, [
        (blocker as unknown as { processID: number }).processID,
      ]);
    await blocker.query('ROLLBACK');
    await blocker.end();
    blocker = null;
    // Rolled back: already so (terminated before the lock was let go). Completed: once the lock is free.
    const between = await until('the killed writes ended', async () => {
      const r = await sql.query(
        `SELECT o.status, (SELECT status FROM payment_transactions WHERE id = $2) AS attempt,
                (SELECT count(*)::int FROM payments WHERE order_id = $1) AS entries
           FROM orders o WHERE o.id = $1`,
        [orderId, transactionId],
      );
      return rolledBack || r.rows[0].attempt !== 'started' ? r : null;
    });
    expect(between.rows[0]).toEqual(rolledBack ? { status: 'reserved', attempt: 'started', entries: 0 } : { status: 'paid', attempt: 'succeeded', entries: 1 });
    expect((await providerSession(sessionId)).notification.delivered).toBe(false);

    await stack.restartApi();
    // The customer's page retries with the same key: 409 while the dead request's key is deemed in
    // flight, then the check runs (or finds the notification already settled it).
    const retried = await until('the retried check answered', async () => {
      const r = await check();
      return r.response.status === 409 ? null : r.response;
    });
    expect(retried.status).toBe(204);
    const replay = await check();
    expect(replay.response.status).toBe(204);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    // The provider's late notification gets through too.
    await until('the provider’s notification delivered', async () => (await providerSession(sessionId)).notification.delivered);
    expect((await challenge).status).toBe(303);

    const order = await admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', { params: { path: { ticketingId, orderId } } });
    expect(order.data).toMatchObject({ status: 'paid', amountDue: { amount: 0 }, paid: { amount: 5000, currency: 'CHF' } });
    expect(order.data!.payments).toHaveLength(1);
    expect(order.data!.transactions.map((t) => [t.id, t.status])).toEqual([[transactionId, 'succeeded']]);
    expect(order.data!.history.filter((h) => h.action === 'orders.order.paid')).toHaveLength(1);
    expect(order.data!.tickets.map((t) => t.status)).toEqual(['valid', 'valid']);
    const confirmations = await sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'order-confirmation' AND payload->>'orderId' = $1`, [orderId]);
    expect(confirmations.rows[0].n).toBe(1);
    await stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes('louise.michel@example.ch'));

    // The places are the order's, not on sale again.
    const sold = await sql.query(`SELECT sold, held FROM availabilities WHERE date_id = $1`, [line.dateId]);
    expect(sold.rows[0]).toEqual({ sold: 2, held: 0 });
    const another = await anonymous.POST('/api/v1/shop/{slug}/carts', { params: { path: { slug: 'remparts' } }, body: { items: [{ ...line, quantity: 1 }] } });
    expect(another.error?.code).toBe('CAPACITY_EXCEEDED');
  });
});
