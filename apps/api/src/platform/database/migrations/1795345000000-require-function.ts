import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `guichet_require(ok, code, detail)`: raises SQLSTATE GU001 with `code` as the message when `ok`
 * is not true. Lets a batch of writes (Database.atomically) fail as a whole on a business condition
 * — a hold that found no places, a cart that is no longer open — without a round trip.
 */
export class RequireFunction1795345000000 implements MigrationInterface {
  name = 'RequireFunction1795345000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION guichet_require(ok boolean, code text, detail text DEFAULT NULL) RETURNS boolean
      LANGUAGE plpgsql AS $$
      BEGIN
        IF ok IS NOT TRUE THEN
          RAISE EXCEPTION USING ERRCODE = 'GU001', MESSAGE = code, DETAIL = COALESCE(detail, '');
        END IF;
        RETURN true;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION guichet_require(boolean, text, text)`);
  }
}
