import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeatRanking1795347392124 implements MigrationInterface {
  name = 'SeatRanking1795347392124';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Copied from plan_seats for existing inventory, then required.
    await queryRunner.query(`ALTER TABLE "date_seats" ADD "row_key" text, ADD "position" integer, ADD "rank" integer, ADD "kind" text`);
    await queryRunner.query(
      `UPDATE "date_seats" ds SET "row_key" = s."section" || '/' || s."row", "position" = s."position", "rank" = s."rank", "kind" = s."kind" FROM "plan_seats" s WHERE s."id" = ds."seat_id"`,
    );
    for (const column of ['row_key', 'position', 'rank', 'kind']) await queryRunner.query(`ALTER TABLE "date_seats" ALTER COLUMN "${column}" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "date_seats_best_idx" ON "date_seats"  ("date_id", "zone_id", "rank") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."date_seats_best_idx"`);
    await queryRunner.query(`ALTER TABLE "date_seats" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "date_seats" DROP COLUMN "rank"`);
    await queryRunner.query(`ALTER TABLE "date_seats" DROP COLUMN "position"`);
    await queryRunner.query(`ALTER TABLE "date_seats" DROP COLUMN "row_key"`);
  }
}
