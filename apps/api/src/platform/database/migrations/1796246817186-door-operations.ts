import { MigrationInterface, QueryRunner } from 'typeorm';

export class DoorOperations1796246817186 implements MigrationInterface {
  name = 'DoorOperations1796246817186';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "control_devices" ADD "door_role" text NOT NULL DEFAULT 'steward'`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "annulled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "annulled_by" uuid`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "annul_reason" text`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "override_of" bigint`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "override_reason" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scans_one_override" ON "scans"  ("ticketing_id", "override_of") WHERE override_of IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "control_devices" ADD CONSTRAINT "control_devices_door_role_check" CHECK (door_role IN ('steward','supervisor'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "control_devices" DROP CONSTRAINT "control_devices_door_role_check"`);
    await queryRunner.query(`DROP INDEX "public"."scans_one_override"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "override_reason"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "override_of"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "annul_reason"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "annulled_by"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "annulled_at"`);
    await queryRunner.query(`ALTER TABLE "control_devices" DROP COLUMN "door_role"`);
  }
}
