import { MigrationInterface, QueryRunner } from 'typeorm';

/** The door answers "replaced" for the code of a reissued or rescheduled ticket (ORD-11, ORD-12). */
export class ScanResultReplaced1796173000000 implements MigrationInterface {
  name = 'ScanResultReplaced1796173000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_result_check"`);
    await queryRunner.query(
      `ALTER TABLE "scans" ADD CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','unknown','forged','cancelled','blacklisted','replaced'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_result_check"`);
    await queryRunner.query(`ALTER TABLE "scans" ADD CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','unknown','forged','cancelled','blacklisted'))`);
  }
}
