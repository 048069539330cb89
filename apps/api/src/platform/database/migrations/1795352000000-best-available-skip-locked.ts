import { MigrationInterface, QueryRunner } from 'typeorm';
import { HoldBestFunction1795351000000 } from './1795351000000-hold-best-function';

/**
 * Best available without a zone-wide lock (ADR 0006, revised): each buyer takes the best free
 * standard seat nobody else is choosing right now (`FOR UPDATE SKIP LOCKED`) as an anchor, then the
 * best run of `want` side-by-side free seats through it, and locks that run the same way. Nobody
 * waits on anybody, so buyers of one zone choose in parallel and never deadlock. When the best
 * `p_depth` anchors give no run (a fragmented hall), the caller asks again with a deeper
 * `p_depth`, and the function looks for runs among that many best free seats at once. Returns the
 * seats it held (none when it found no run).
 *
 * The statements must walk the indexes below whatever the statistics say (a new date's seats are
 * not analysed yet when its sale opens), hence `enable_sort = off` for the function — and `jit = off`,
 * because that setting's cost penalty would otherwise trigger JIT compilation on every call.
 */
export class BestAvailableSkipLocked1795352000000 implements MigrationInterface {
  name = 'BestAvailableSkipLocked1795352000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Nothing filters on (ticketing, date, zone, status) any more; it only cost every hold an index write.
    await queryRunner.query(`DROP INDEX "public"."IDX_b581174a6ff90eb5c95121d41f"`);
    await queryRunner.query(`DROP INDEX "public"."date_seats_best_free_idx"`);
    await queryRunner.query(
      `CREATE INDEX "date_seats_best_free_idx" ON "date_seats"  ("date_id", "zone_id", "rank", "seat_id") WHERE status = 'free' AND kind = 'standard'`,
    );
    await queryRunner.query(`CREATE INDEX "date_seats_row_idx" ON "date_seats"  ("date_id", "row_key", "position") `);
    await queryRunner.query(`DROP FUNCTION guichet_hold_best(uuid, uuid, uuid, int, uuid, timestamptz, int)`);
    // Holds every seat of a run for the cart, or none: only seats that are free and that nobody else
    // has locked are taken (SKIP LOCKED), and the update happens only if that is all of them.
    await queryRunner.query(`
      CREATE FUNCTION guichet_take_seats(p_ticketing uuid, p_date uuid, p_seats uuid[], p_cart uuid, p_until timestamptz)
      RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        held int;
      BEGIN
        WITH taken AS (
               SELECT array_agg(seat_id) AS ids FROM (
                 SELECT seat_id FROM date_seats
                  WHERE date_id = p_date AND seat_id = ANY (p_seats) AND ticketing_id = p_ticketing AND status = 'free'
                  FOR UPDATE SKIP LOCKED) l),
             updated AS (
               UPDATE date_seats ds SET status = 'held', cart_id = p_cart, held_until = p_until
                 FROM taken t
                WHERE cardinality(t.ids) = cardinality(p_seats) AND ds.date_id = p_date AND ds.seat_id = ANY (t.ids) AND ds.ticketing_id = p_ticketing
                RETURNING 1)
        SELECT count(*) INTO held FROM updated;
        RETURN held = cardinality(p_seats);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION guichet_hold_best(p_ticketing uuid, p_date uuid, p_zone uuid, p_want int, p_cart uuid, p_until timestamptz, p_depth int)
      RETURNS uuid[] LANGUAGE plpgsql SET enable_sort = off SET jit = off AS $$
      DECLARE
        anchor record;
        run record;
        tries int := 0;
        last_rank int := -1;
        last_seat uuid := '00000000-0000-0000-0000-000000000000';
      BEGIN
        IF p_depth <= 200 THEN
          LOOP
            -- The best free seat no other buyer is choosing right now.
            SELECT seat_id, row_key, position, rank INTO anchor FROM date_seats
             WHERE ticketing_id = p_ticketing AND date_id = p_date AND zone_id = p_zone AND kind = 'standard' AND status = 'free'
               AND (rank, seat_id) > (last_rank, last_seat)
             ORDER BY rank, seat_id LIMIT 1 FOR UPDATE SKIP LOCKED;
            EXIT WHEN NOT FOUND OR tries >= p_depth;
            tries := tries + 1;
            last_rank := anchor.rank;
            last_seat := anchor.seat_id;
            -- The runs of p_want side-by-side free seats through it, best first.
            FOR run IN
              SELECT r.ids FROM (
                SELECT s.position AS first, count(*) OVER w AS n, sum(s.rank) OVER w AS score, array_agg(s.seat_id) OVER w AS ids
                  FROM date_seats s
                 WHERE s.date_id = p_date AND s.row_key = anchor.row_key
                   AND s.position BETWEEN anchor.position - p_want + 1 AND anchor.position + p_want - 1
                   AND s.ticketing_id = p_ticketing AND s.zone_id = p_zone AND s.kind = 'standard' AND s.status = 'free'
                WINDOW w AS (ORDER BY s.position RANGE BETWEEN CURRENT ROW AND p_want - 1 FOLLOWING)) r
               WHERE r.n = p_want AND r.first <= anchor.position
               ORDER BY r.score, r.first
            LOOP
              IF guichet_take_seats(p_ticketing, p_date, run.ids, p_cart, p_until) THEN
                RETURN run.ids;
              END IF;
            END LOOP;
          END LOOP;
          RETURN '{}';
        END IF;
        -- Deeper: every run of p_want side-by-side seats among the best p_depth free ones, best first
        -- (gaps and islands on the row position); a rare path, so planned for its actual values.
        FOR run IN EXECUTE
          'WITH candidates AS (
             SELECT seat_id, row_key, position, rank FROM date_seats
              WHERE ticketing_id = $1 AND date_id = $2 AND zone_id = $3 AND kind = ''standard'' AND status = ''free''
              ORDER BY rank, seat_id LIMIT $5),
           islands AS (SELECT c.*, c.position - row_number() OVER (PARTITION BY c.row_key ORDER BY c.position) AS island FROM candidates c),
           runs AS (SELECT count(*) OVER w AS n, sum(i.rank) OVER w AS score, array_agg(i.seat_id) OVER w AS ids, i.row_key, i.position
                      FROM islands i WINDOW w AS (PARTITION BY i.row_key, i.island ORDER BY i.position ROWS BETWEEN CURRENT ROW AND $4 - 1 FOLLOWING))
           SELECT ids FROM runs WHERE n = $4 ORDER BY score, row_key, position LIMIT 500'
          USING p_ticketing, p_date, p_zone, p_want, p_depth
        LOOP
          IF guichet_take_seats(p_ticketing, p_date, run.ids, p_cart, p_until) THEN
            RETURN run.ids;
          END IF;
        END LOOP;
        RETURN '{}';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION guichet_hold_best(uuid, uuid, uuid, int, uuid, timestamptz, int)`);
    await queryRunner.query(`DROP FUNCTION guichet_take_seats(uuid, uuid, uuid[], uuid, timestamptz)`);
    await queryRunner.query(`DROP INDEX "public"."date_seats_row_idx"`);
    await queryRunner.query(`DROP INDEX "public"."date_seats_best_free_idx"`);
    await queryRunner.query(`CREATE INDEX "date_seats_best_free_idx" ON "date_seats"  ("date_id", "zone_id", "rank") WHERE status = 'free' AND kind = 'standard'`);
    await queryRunner.query(`CREATE INDEX "IDX_b581174a6ff90eb5c95121d41f" ON "date_seats"  ("ticketing_id", "date_id", "zone_id", "status") `);
    // The previous function (one zone-wide lock) is the one migration 1795351000000 creates.
    await new HoldBestFunction1795351000000().up(queryRunner);
  }
}
