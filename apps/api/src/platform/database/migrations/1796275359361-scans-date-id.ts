import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScansDateId1796275359361 implements MigrationInterface {
  name = 'ScansDateId1796275359361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" ADD "date_id" uuid`);
    // Scans made before: the date of the ticket they named (tickets are never moved between dates).
    await queryRunner.query(
      `UPDATE scans s SET date_id = t.date_id FROM tickets t WHERE t.ticketing_id = s.ticketing_id AND t.id = s.ticket_id`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9699e07d5d0b0570622c34a67b" ON "scans"  ("ticketing_id", "date_id", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_9699e07d5d0b0570622c34a67b"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "date_id"`);
  }
}
