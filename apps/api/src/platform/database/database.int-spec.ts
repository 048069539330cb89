import { Client } from 'pg';
import { cloneTemplate, databaseUrl } from '../../test/databases';
import { inlineParams } from './database';

/** Literals inlined into write batches must mean exactly the value, whatever it contains. */
describe('inlined parameters, read back by PostgreSQL', () => {
  let sql: Client;

  beforeAll(async () => {
    sql = new Client({ connectionString: databaseUrl(await cloneTemplate('inline')) });
    await sql.connect();
  });
  afterAll(() => sql.end());

  it.each(["O'Brien", "x'; DROP TABLE orders; --", "back\\slash \\' and \\\\ doubled", '$1 $$ dollar $tag$', 'naïve — ünïcödé 🎭', 'line\nbreak\ttab'])(
    'round-trips the string %p',
    async (value) => {
      const { rows } = await sql.query(`SELECT ${inlineParams('$1::text', [value])} AS v`);
      expect(rows[0].v).toBe(value);
    },
  );

  it('round-trips arrays, dates, numbers, json and null', async () => {
    const at = new Date('2027-03-01T19:00:00.123Z');
    const { rows } = await sql.query(
      `SELECT ${inlineParams('$1::text[] AS a, $2::timestamptz AS t, $3::int AS n, $4::jsonb AS j, $5::text AS z', [['a', 'b"c', "d'e"], at, 42, JSON.stringify({ k: "v'" }), null])}`,
    );
    expect(rows[0]).toEqual({ a: ['a', 'b"c', "d'e"], t: at, n: 42, j: { k: "v'" }, z: null });
  });
});
