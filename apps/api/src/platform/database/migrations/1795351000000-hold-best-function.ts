import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `guichet_hold_best(…)`: best available for one cart, under the zone × date's advisory lock.
 * A function so that PostgreSQL keeps its plans between calls (the choice is planned once per
 * connection, not inside the serialized section every time); each statement in it reads a fresh
 * snapshot, taken after the lock is ours. Returns how many seats it held (0 or `want`).
 */
export class HoldBestFunction1795351000000 implements MigrationInterface {
  name = 'HoldBestFunction1795351000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION guichet_hold_best(p_ticketing uuid, p_date uuid, p_zone uuid, p_want int, p_cart uuid, p_until timestamptz, p_depth int)
      RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        held int;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_zone::text || p_date::text, 0));
        WITH candidates AS (
          SELECT seat_id, row_key, position, rank FROM date_seats
           WHERE ticketing_id = p_ticketing AND date_id = p_date AND zone_id = p_zone AND kind = 'standard' AND status = 'free'
           ORDER BY rank LIMIT p_depth),
        islands AS (
          SELECT c.*, c.position - row_number() OVER (PARTITION BY c.row_key ORDER BY c.position) AS island FROM candidates c),
        runs AS (
          SELECT i.row_key, i.island, i.position AS first, count(*) OVER w AS n, sum(i.rank) OVER w AS score
            FROM islands i WINDOW w AS (PARTITION BY i.row_key, i.island ORDER BY i.position ROWS BETWEEN CURRENT ROW AND p_want - 1 FOLLOWING)),
        best AS (SELECT r.row_key, r.island, r.first FROM runs r WHERE r.n = p_want ORDER BY r.score, r.row_key, r.first LIMIT 1),
        chosen AS (SELECT i.seat_id FROM islands i JOIN best b ON i.row_key = b.row_key AND i.island = b.island AND i.position >= b.first AND i.position < b.first + p_want),
        updated AS (UPDATE date_seats ds SET status = 'held', cart_id = p_cart, held_until = p_until
                     WHERE ds.ticketing_id = p_ticketing AND ds.date_id = p_date AND ds.seat_id = ANY (ARRAY(SELECT seat_id FROM chosen)) AND ds.status = 'free'
                     RETURNING 1)
        SELECT count(*) INTO held FROM updated;
        RETURN held;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION guichet_hold_best(uuid, uuid, uuid, int, uuid, timestamptz, int)`);
  }
}
