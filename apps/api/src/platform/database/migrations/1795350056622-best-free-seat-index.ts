import { MigrationInterface, QueryRunner } from 'typeorm';

export class BestFreeSeatIndex1795350056622 implements MigrationInterface {
  name = 'BestFreeSeatIndex1795350056622';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."date_seats_best_idx"`);
    await queryRunner.query(`CREATE INDEX "date_seats_best_free_idx" ON "date_seats"  ("date_id", "zone_id", "rank") WHERE status = 'free' AND kind = 'standard'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."date_seats_best_free_idx"`);
    await queryRunner.query(`CREATE INDEX "date_seats_best_idx" ON "date_seats" USING btree ("date_id", "zone_id", "rank") `);
  }
}
