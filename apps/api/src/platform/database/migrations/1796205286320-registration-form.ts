import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationForm1796205286320 implements MigrationInterface {
  name = 'RegistrationForm1796205286320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "registration_forms" ("ticketing_id" uuid NOT NULL, "standard" jsonb NOT NULL, "custom_fields" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "PK_cd11754b9d6ddede3d3d761c9d2" PRIMARY KEY ("ticketing_id"))`);
    await queryRunner.query(`CREATE TABLE "registration_uploads" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "cart_id" uuid NOT NULL, "field_key" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "order_id" uuid, CONSTRAINT "registration_uploads_size_check" CHECK (size_bytes > 0), CONSTRAINT "PK_b69f62789219389e676edff87b3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "registration_uploads_orphans_idx" ON "registration_uploads"  ("created_at") WHERE order_id IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_be745ce5806bfc146c19ceaf2f" ON "registration_uploads"  ("ticketing_id", "order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_01b9c5d81e904602f3794b8e0c" ON "registration_uploads"  ("ticketing_id", "cart_id") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "registration" jsonb`);
    await queryRunner.query(`ALTER TABLE "customers" ADD "registration" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "registration"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "registration"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01b9c5d81e904602f3794b8e0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be745ce5806bfc146c19ceaf2f"`);
    await queryRunner.query(`DROP INDEX "public"."registration_uploads_orphans_idx"`);
    await queryRunner.query(`DROP TABLE "registration_uploads"`);
    await queryRunner.query(`DROP TABLE "registration_forms"`);
  }
}
