import { MigrationInterface, QueryRunner } from 'typeorm';

export class ControlProfilesAndScanModes1796244992659 implements MigrationInterface {
  name = 'ControlProfilesAndScanModes1796244992659';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "control_login_codes" ("code_hash" text NOT NULL, "ticketing_id" uuid NOT NULL, "kind" text NOT NULL, "profile_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "control_login_codes_profile_check" CHECK ((kind = 'profile') = (profile_id IS NOT NULL)), CONSTRAINT "control_login_codes_kind_check" CHECK (kind IN ('profile','organizer')), CONSTRAINT "PK_cd18c2b929b0a61c32585b35a97" PRIMARY KEY ("code_hash"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "control_login_codes_one_organizer" ON "control_login_codes"  ("ticketing_id") WHERE kind = 'organizer'`);
    await queryRunner.query(`CREATE INDEX "IDX_e39c93402facd095f4ba2994c9" ON "control_login_codes"  ("ticketing_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "control_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "name" text NOT NULL, "date_ids" uuid array NOT NULL DEFAULT '{}', "zone_ids" uuid array NOT NULL DEFAULT '{}', "mode" text NOT NULL DEFAULT 'normal', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "control_profiles_mode_check" CHECK (mode IN ('normal','entry_exit','multiple')), CONSTRAINT "PK_27f974a9f175e7ec34c5f880e57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_501466cd834f13daea2cdee49b" ON "control_profiles"  ("ticketing_id", "name") `);
    await queryRunner.query(`ALTER TABLE "control_devices" ADD "profile_id" uuid`);
    await queryRunner.query(`ALTER TABLE "control_devices" ADD "gate" text`);
    await queryRunner.query(`ALTER TABLE "control_devices" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "scans" ADD "direction" text NOT NULL DEFAULT 'in'`);
    await queryRunner.query(`ALTER TABLE "scans" ADD CONSTRAINT "scans_direction_check" CHECK (direction IN ('in','out'))`);
    // The schema diff does not compare a CHECK's expression: the new answers are added by hand.
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_result_check"`);
    await queryRunner.query(`ALTER TABLE "scans" ADD CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','already_inside','not_inside','wrong_date','wrong_zone','unknown','forged','cancelled','blacklisted','replaced','not_paid'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Scans with the new answers have no place in the old check (nor do exits).
    await queryRunner.query(`DELETE FROM "scans" WHERE result IN ('already_inside','not_inside','wrong_date','wrong_zone') OR direction = 'out'`);
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_result_check"`);
    await queryRunner.query(`ALTER TABLE "scans" ADD CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','unknown','forged','cancelled','blacklisted','replaced','not_paid'))`);
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_direction_check"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "direction"`);
    await queryRunner.query(`ALTER TABLE "control_devices" DROP COLUMN "last_seen_at"`);
    await queryRunner.query(`ALTER TABLE "control_devices" DROP COLUMN "gate"`);
    await queryRunner.query(`ALTER TABLE "control_devices" DROP COLUMN "profile_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_501466cd834f13daea2cdee49b"`);
    await queryRunner.query(`DROP TABLE "control_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e39c93402facd095f4ba2994c9"`);
    await queryRunner.query(`DROP INDEX "public"."control_login_codes_one_organizer"`);
    await queryRunner.query(`DROP TABLE "control_login_codes"`);
  }
}
