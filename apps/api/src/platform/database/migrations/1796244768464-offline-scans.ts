import { MigrationInterface, QueryRunner } from 'typeorm';

export class OfflineScans1796244768464 implements MigrationInterface {
  name = 'OfflineScans1796244768464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" ADD "nonce" uuid`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "offline" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "conflict" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scans_one_per_nonce" ON "scans"  ("ticketing_id", "device_id", "nonce") WHERE nonce IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."scans_one_per_nonce"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "conflict"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "offline"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "nonce"`);
  }
}
