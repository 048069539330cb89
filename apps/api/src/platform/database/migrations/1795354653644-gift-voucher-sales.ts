import { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftVoucherSales1795354653644 implements MigrationInterface {
  name = 'GiftVoucherSales1795354653644';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_gift_vouchers" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "name" text NOT NULL, "code" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_a5aff35a371e2b9d6a701636a98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_edf6afa49c2a6cf51fb75b9eb9" ON "order_gift_vouchers"  ("ticketing_id", "order_id") `);
    await queryRunner.query(`CREATE TABLE "gift_voucher_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "name" text NOT NULL, "currency" character(3) NOT NULL, "amount" integer, "min_amount" integer, "max_amount" integer, "validity_months" integer NOT NULL, "on_sale" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "gift_voucher_offers_validity_check" CHECK (validity_months BETWEEN 1 AND 60), CONSTRAINT "gift_voucher_offers_range_check" CHECK (min_amount IS NULL OR (min_amount > 0 AND min_amount <= max_amount)), CONSTRAINT "gift_voucher_offers_amount_check" CHECK (amount IS NULL OR amount > 0), CONSTRAINT "gift_voucher_offers_value_check" CHECK ((amount IS NULL) = (min_amount IS NOT NULL AND max_amount IS NOT NULL)), CONSTRAINT "PK_6ca0fe74333aa2b41b6088b075d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a7d33d4042430c7edad6fac6ae" ON "gift_voucher_offers"  ("ticketing_id", "position") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "paid_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "carts" ADD "gift_voucher_lines" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "gift_vouchers" ADD "order_id" uuid`);
    await queryRunner.query(`CREATE INDEX "gift_vouchers_order_idx" ON "gift_vouchers"  ("ticketing_id", "order_id") WHERE order_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."gift_vouchers_order_idx"`);
    await queryRunner.query(`ALTER TABLE "gift_vouchers" DROP COLUMN "order_id"`);
    await queryRunner.query(`ALTER TABLE "carts" DROP COLUMN "gift_voucher_lines"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "paid_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7d33d4042430c7edad6fac6ae"`);
    await queryRunner.query(`DROP TABLE "gift_voucher_offers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edf6afa49c2a6cf51fb75b9eb9"`);
    await queryRunner.query(`DROP TABLE "order_gift_vouchers"`);
  }
}
