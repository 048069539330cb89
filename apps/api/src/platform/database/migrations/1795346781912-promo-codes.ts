import { MigrationInterface, QueryRunner } from 'typeorm';

export class PromoCodes1795346781912 implements MigrationInterface {
  name = 'PromoCodes1795346781912';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "promo_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "code" text NOT NULL, "kind" text NOT NULL, "percent" integer, "amount" integer, "currency" character(3), "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "usage_limit" integer, "used_count" integer NOT NULL DEFAULT '0', "event_ids" uuid array, "price_ids" uuid array, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "promo_codes_usage_check" CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit)), CONSTRAINT "promo_codes_value_check" CHECK ((kind = 'percentage' AND percent BETWEEN 1 AND 100 AND amount IS NULL) OR (kind = 'fixed_amount' AND amount > 0 AND currency IS NOT NULL AND percent IS NULL)), CONSTRAINT "promo_codes_kind_check" CHECK (kind IN ('percentage','fixed_amount')), CONSTRAINT "PK_c7b4f01710fda5afa056a2b4a35" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_92ba945bb59f37102b4c051467" ON "promo_codes"  ("ticketing_id", "code") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "promo_code" text`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "discount_amount" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "carts" ADD "promo_code" text`);
    await queryRunner.query(`ALTER TABLE "carts" ADD "discount_amount" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "carts" DROP COLUMN "discount_amount"`);
    await queryRunner.query(`ALTER TABLE "carts" DROP COLUMN "promo_code"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "discount_amount"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "promo_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92ba945bb59f37102b4c051467"`);
    await queryRunner.query(`DROP TABLE "promo_codes"`);
  }
}
