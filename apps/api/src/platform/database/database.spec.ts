import { inlineParams, isTenantSafe, isWrite } from './database';

describe('the tenant guard on raw SQL', () => {
  it.each([
    'SELECT * FROM orders WHERE ticketing_id = $1 AND id = $2',
    'UPDATE tickets SET scan_state = $3 WHERE ticketing_id = $1 AND id = $2',
    'INSERT INTO scans (ticketing_id, code) VALUES ($1, $2)',
    'WITH o AS (INSERT INTO orders (ticketing_id, id) VALUES ($1, $2) RETURNING id), t AS (INSERT INTO tickets (ticketing_id, order_id) SELECT $1, o.id FROM o) SELECT id FROM o',
    'INSERT INTO shop_settings (ticketing_id, show_remaining) VALUES ($1, $2) ON CONFLICT (ticketing_id) DO UPDATE SET show_remaining = $2',
  ])('accepts %s', (sql) => expect(isTenantSafe(sql)).toBe(true));

  it.each([
    'SELECT * FROM orders WHERE id = $1',
    'UPDATE tickets SET scan_state = $2 WHERE id = $1',
    'INSERT INTO scans (code, ticketing_id) VALUES ($2, $1)',
    'INSERT INTO scans (ticketing_id, code) VALUES ($2, $1)',
    'WITH o AS (INSERT INTO orders (ticketing_id, id) VALUES ($1, $2) RETURNING id) INSERT INTO tickets (order_id) SELECT id FROM o',
    'SELECT * FROM orders WHERE ticketing_id = $10',
    'INSERT INTO scans (ticketing_id, code) VALUES ($1, $2); UPDATE tickets SET status = $3',
  ])('refuses %s', (sql) => expect(isTenantSafe(sql)).toBe(false));
});

describe('parameters inlined into a write batch', () => {
  it('replaces $10 as a whole, not as $1 followed by 0', () => {
    const params = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
    expect(inlineParams('$1,$10', params)).toBe(`'v1','v10'`);
  });
});

describe('what counts as a write inside a batch', () => {
  it.each([
    'INSERT INTO scans (ticketing_id) VALUES ($1)',
    'WITH x AS (UPDATE carts SET status = $2 WHERE ticketing_id = $1 RETURNING 1) SELECT count(*) FROM x',
    'update "orders" set status = $2 where ticketing_id = $1',
    'DELETE FROM price_amounts WHERE ticketing_id = $1',
    'SELECT id FROM date_seats WHERE ticketing_id = $1 FOR UPDATE SKIP LOCKED',
    'SELECT guichet_hold_best($1, $2, $3, 2, $4, $5, 200) FROM zones WHERE ticketing_id = $1',
  ])('writes: %s', (sql) => expect(isWrite(sql)).toBe(true));

  it.each([
    'SELECT id, updated_at, settled FROM orders WHERE ticketing_id = $1',
    "SELECT status FROM carts WHERE ticketing_id = $1 AND status = 'open'",
    `SELECT guichet_require(count(*) = 1, 'X') FROM carts WHERE ticketing_id = $1`,
    'SELECT s.section, s.row FROM plan_seats s WHERE s.ticketing_id = $1 ORDER BY s.section',
  ])('reads: %s', (sql) => expect(isWrite(sql)).toBe(false));
});
