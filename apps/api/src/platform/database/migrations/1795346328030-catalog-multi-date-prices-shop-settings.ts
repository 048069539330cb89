import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogMultiDatePricesShopSettings1795346328030 implements MigrationInterface {
  name = 'CatalogMultiDatePricesShopSettings1795346328030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prices" DROP CONSTRAINT "prices_amount_check"`);
    await queryRunner.query(`CREATE TABLE "price_amounts" ("price_id" uuid NOT NULL, "currency" character(3) NOT NULL, "ticketing_id" uuid NOT NULL, "amount" integer NOT NULL, CONSTRAINT "price_amounts_currency_check" CHECK (currency IN ('CHF','EUR')), CONSTRAINT "price_amounts_amount_check" CHECK (amount >= 0), CONSTRAINT "PK_605fd28c9654b37b0b4d421b0a4" PRIMARY KEY ("price_id", "currency"))`);
    await queryRunner.query(`CREATE TABLE "shop_settings" ("ticketing_id" uuid NOT NULL, "display_modes" text array NOT NULL, "default_display_mode" text NOT NULL, "show_remaining" boolean NOT NULL, CONSTRAINT "shop_settings_default_offered" CHECK (default_display_mode = ANY (display_modes)), CONSTRAINT "PK_29a5cfb7d4b1eceed956f65190e" PRIMARY KEY ("ticketing_id"))`);
    // Keep existing prices' amounts: they become the price's amount in its currency.
    await queryRunner.query(
      `INSERT INTO "price_amounts" ("price_id", "currency", "ticketing_id", "amount") SELECT "id", "currency", "ticketing_id", "amount" FROM "prices" WHERE "kind" <> 'free'`,
    );
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "amount"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "currency"`);
    await queryRunner.query(`ALTER TABLE "events" ADD "kind" text NOT NULL DEFAULT 'single'`);
    await queryRunner.query(`ALTER TABLE "events" ADD "subject_to_entertainment_tax" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "prices" ADD "visibility" text NOT NULL DEFAULT 'public'`);
    await queryRunner.query(`ALTER TABLE "prices" ADD "date_ids" uuid array`);
    await queryRunner.query(`ALTER TABLE "prices" ADD "zone_ids" uuid array`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "events_kind_check" CHECK (kind IN ('single','multi'))`);
    await queryRunner.query(`ALTER TABLE "prices" ADD CONSTRAINT "prices_visibility_check" CHECK (visibility IN ('public','pass_only'))`);
    await queryRunner.query(`ALTER TABLE "prices" ADD CONSTRAINT "prices_kind_check" CHECK (kind IN ('fixed','free','pay_what_you_want'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prices" DROP CONSTRAINT "prices_kind_check"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP CONSTRAINT "prices_visibility_check"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "events_kind_check"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "zone_ids"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "date_ids"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "visibility"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "subject_to_entertainment_tax"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "kind"`);
    // Back to one amount per price: the CHF amount when there is one; pay-what-you-want becomes fixed at its minimum.
    await queryRunner.query(`ALTER TABLE "prices" ADD "currency" character(3)`);
    await queryRunner.query(`ALTER TABLE "prices" ADD "amount" integer`);
    await queryRunner.query(
      `UPDATE "prices" p SET "currency" = a."currency", "amount" = a."amount"
         FROM (SELECT DISTINCT ON ("price_id") * FROM "price_amounts" ORDER BY "price_id", "currency" = 'CHF' DESC) a WHERE a."price_id" = p."id"`,
    );
    await queryRunner.query(`UPDATE "prices" SET "currency" = 'CHF', "amount" = 0, "kind" = 'free' WHERE "amount" IS NULL`);
    await queryRunner.query(`UPDATE "prices" SET "kind" = 'fixed' WHERE "kind" = 'pay_what_you_want'`);
    await queryRunner.query(`ALTER TABLE "prices" ALTER COLUMN "currency" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "prices" ALTER COLUMN "amount" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "shop_settings"`);
    await queryRunner.query(`DROP TABLE "price_amounts"`);
    await queryRunner.query(`ALTER TABLE "prices" ADD CONSTRAINT "prices_amount_check" CHECK ((((kind = 'free'::text) AND (amount = 0)) OR ((kind = 'fixed'::text) AND (amount > 0))))`);
  }
}
